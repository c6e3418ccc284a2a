import './register';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useT } from '../i18n/I18nProvider';
import { useSession, useSignedInUser } from '../session/SessionProvider';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SecondFactorEnrolment } from './SecondFactorEnrolment';

/**
 * A session that may only put the account right (the server refuses it everything else):
 * a password set by an administrator is changed first, then a second factor the role
 * requires is enrolled; the renewed session then opens the console.
 */
export function AccountSetupPage() {
  const t = useT();
  const { renew, signOut } = useSession();
  const user = useSignedInUser();
  const password = user.passwordChangeRequired;
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={560} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            {t(password ? 'account.setup.passwordTitle' : 'account.setup.factorTitle')}
          </Title>
          <Text>{t(password ? 'account.setup.passwordIntro' : 'account.setup.factorIntro')}</Text>
          {password ? <ChangePasswordForm onChanged={() => void renew()} /> : <SecondFactorEnrolment onEnrolled={() => void renew()} />}
          <Button variant="default" onClick={() => void signOut('signedOut')} w="fit-content">
            {t('app.signOut')}
          </Button>
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
