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
});
type SignInValues = z.infer<typeof signInSchema>;

const ENDED: Record<EndReason, MessageKey> = {
  idle: 'session.ended.idle',
  expired: 'session.ended.expired',
  signedOut: 'session.ended.signedOut',
};

export function SignInPage({ ended }: { ended?: EndReason }) {
  const t = useT();
  const { signIn } = useSession();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState } = useForm<SignInValues>({ resolver: zodResolver(signInSchema) });
  const fieldError = (message?: string) => (message ? t(message as MessageKey) : undefined);

  const submit = handleSubmit(async ({ email, password }) => {
    setFailed(false);
    await signIn(email, password).catch(() => setFailed(true));
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
                {t('signIn.failed')}
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
