import '../account/register';
import './register';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { NewPasswordInputs } from '../account/NewPasswordInputs';
import { SetPasswordWithLinkDocument } from '../gql/graphql';

// The server's rule (libs/identity sign-in.rules), said before the request is sent.
const MIN_PASSWORD_LENGTH = 12;

const setPasswordSchema = z
  .object({
    newPassword: z.string().check(z.minLength(MIN_PASSWORD_LENGTH, 'account.password.tooShort')),
    repeated: z.string(),
  })
  .check(z.refine((v) => v.repeated === v.newPassword, { message: 'account.password.mismatch', path: ['repeated'] }));
type SetPasswordValues = z.infer<typeof setPasswordSchema>;

/** The link's token, read once; the address bar and the history then lose it. */
function useLinkToken(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'));
  useEffect(() => window.history.replaceState(null, '', '/set-password'), []);
  return token;
}

function SetPasswordForm({ token, onSet }: { token: string; onSet(): void }) {
  const t = useT();
  const [setPassword, setting] = useMutation(SetPasswordWithLinkDocument);
  const { register, handleSubmit, formState } = useForm<SetPasswordValues>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { newPassword: '', repeated: '' },
  });
  const failure = setting.error ? describeFailure(setting.error) : null;
  const own = (message?: string) => (message ? t(message as MessageKey) : undefined);
  const submit = handleSubmit(async ({ newPassword }) => {
    const result = await setPassword({ variables: { token, newPassword } }).catch(() => null);
    if (result?.data?.setPasswordWithLink) onSet();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problemOf(failure, 'token') ? (
          <Alert color="red" role="alert">
            {t('setPassword.refused')}
          </Alert>
        ) : (
          failure?.kind !== 'badInput' && <FailureNotice error={setting.error} />
        )}
        <NewPasswordInputs
          newPassword={register('newPassword')}
          repeated={register('repeated')}
          newPasswordError={own(formState.errors.newPassword?.message) ?? problemOf(failure, 'newPassword')}
          repeatedError={own(formState.errors.repeated?.message)}
        />
        <Button type="submit" loading={formState.isSubmitting}>
          {t('setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The one page without a session: a new user chooses a password with the one-time link of their agency administrator. */
export function SetPasswordPage() {
  const t = useT();
  const token = useLinkToken();
  const [set, setSet] = useState(false);
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={460} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('setPassword.title')}
          </Title>
          {set ? (
            <>
              <Alert color="teal" role="status">
                {t('setPassword.done')}
              </Alert>
              <Anchor href="/">{t('setPassword.signIn')}</Anchor>
            </>
          ) : token ? (
            <>
              <Text>{t('setPassword.intro')}</Text>
              <SetPasswordForm token={token} onSet={() => setSet(true)} />
            </>
          ) : (
            <Alert color="red" role="alert">
              {t('setPassword.noToken')}
            </Alert>
          )}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
