import './register';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { useT } from '../i18n/I18nProvider';
import { useSession } from '../session/SessionProvider';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationMailSection } from './NotificationMailSection';
import { SecondFactorSection } from './SecondFactorSection';
import { SessionsTable } from './SessionsTable';
import { MyAccountDocument } from '../gql/graphql';

/** The signed-in user's own account: password, second factor, open sessions, notifications by e-mail. */
export function AccountPage() {
  const t = useT();
  const { renew } = useSession();
  const { data, error, refetch } = useQuery(MyAccountDocument, { fetchPolicy: 'network-only' });
  const [passwordChanged, setPasswordChanged] = useState(false);
  // The session's user carries the factor's state too (the gate reads it): renew it with the page.
  const changed = () => void Promise.all([refetch(), renew()]);
  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <Text>{t('account.intro')}</Text>
      <FailureNotice error={error} />
      <Card withBorder component="section" aria-labelledby="password-title">
        <Stack>
          <Title order={2} size="h3" id="password-title">
            {t('account.password.title')}
          </Title>
          {passwordChanged && <Alert role="status">{t('account.password.changed')}</Alert>}
          <ChangePasswordForm
            onChanged={() => {
              setPasswordChanged(true);
              void refetch();
            }}
          />
        </Stack>
      </Card>
      {data && (
        <>
          <Card withBorder component="section" aria-labelledby="factor-title">
            <Stack>
              <Title order={2} size="h3" id="factor-title">
                {t('account.factor.title')}
              </Title>
              <SecondFactorSection me={data.me} onChanged={changed} />
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="sessions-title">
            <Stack>
              <Title order={2} size="h3" id="sessions-title">
                {t('account.sessions.title')}
              </Title>
              <SessionsTable sessions={data.mySessions} />
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="mail-title">
            <Stack>
              <Title order={2} size="h3" id="mail-title">
                {t('account.mail.title')}
              </Title>
              <NotificationMailSection />
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}
