import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { EndReason, useSession } from './SessionProvider';

const signInSchema = z.object({
  email: z.email('signIn.emailInvalid'),
  password: z.string().check(z.minLength(1, 'signIn.passwordMissing')),
  oneTimeCode: z.optional(z.string().check(z.trim())),
});
type SignInValues = z.infer<typeof signInSchema>;

/** Too many attempts: the gateway answers 429 (and TOO_MANY_REQUESTS in the body). */
function isThrottled(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 429;
  return hasCode(error, 'TOO_MANY_REQUESTS');
}

function hasCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

const ENDED: Record<EndReason, MessageKey> = {
  idle: 'session.ended.idle',
  expired: 'session.ended.expired',
  signedOut: 'session.ended.signedOut',
};

export function SignInPage({ ended }: { ended?: EndReason }) {
  const t = useT();
  const { signIn } = useSession();
  const [failed, setFailed] = useState<MessageKey | null>(null);
  // The password was right and the account has a second factor: the code is asked for next.
  const [codeNeeded, setCodeNeeded] = useState(false);
  const { register, handleSubmit, formState } = useForm<SignInValues>({ resolver: zodResolver(signInSchema) });
  const fieldError = (message?: string) => (message ? t(message as MessageKey) : undefined);

  const submit = handleSubmit(async ({ email, password, oneTimeCode }) => {
    setFailed(null);
    await signIn(email, password, codeNeeded ? oneTimeCode : undefined).catch((error: unknown) => {
      if (hasCode(error, 'SECOND_FACTOR_REQUIRED')) setCodeNeeded(true);
      else setFailed(isThrottled(error) ? 'signIn.throttled' : codeNeeded ? 'signIn.codeFailed' : 'signIn.failed');
    });
  });

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('app.name')}
            </Title>
            <Text>{t('signIn.intro')}</Text>
            {ended && (
              <Alert color="blue" role="status">
                {t(ENDED[ended])}
              </Alert>
            )}
            {failed && (
              <Alert color="red" role="alert">
                {t(failed)}
              </Alert>
            )}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              error={fieldError(formState.errors.email?.message)}
              {...register('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              error={fieldError(formState.errors.password?.message)}
              {...register('password')}
            />
            {codeNeeded && (
              <>
                <Alert color="blue" role="status">
                  {t('signIn.codeNeeded')}
                </Alert>
                <TextInput
                  label={t('signIn.oneTimeCode')}
                  description={t('signIn.oneTimeCodeHint')}
                  autoComplete="one-time-code"
                  required
                  data-autofocus
                  {...register('oneTimeCode')}
                />
              </>
            )}
            <Button type="submit" loading={formState.isSubmitting}>
              {t('signIn.submit')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
