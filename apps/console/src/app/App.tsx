import { ApolloProvider } from '@apollo/client/react';
import { Center, Loader, MantineProvider, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { needsAccountSetup } from '../account/account-setup';
import { I18nProvider, useT } from '../i18n/I18nProvider';
import { reportSessionRejected } from '../session/rejections';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { createApolloClient } from './apollo';
import { theme } from './theme';

// The sign-in form (and its form libraries) loads only when there is no session to restore.
const SignInPage = lazy(() => import('../session/SignInPage').then((module) => ({ default: module.SignInPage })));
const AccountSetupPage = lazy(() => import('../account/AccountSetupPage').then((module) => ({ default: module.AccountSetupPage })));
const SetPasswordPage = lazy(() => import('../agency-admin/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })));
const SignedInConsole = lazy(() => import('./SignedInConsole').then((module) => ({ default: module.SignedInConsole })));

function Waiting() {
  const t = useT();
  return (
    <Center mih="100vh" role="status">
      <Loader />
      <VisuallyHidden>{t('signIn.checking')}</VisuallyHidden>
    </Center>
  );
}

/**
 * Signed in: the routed console, or first the account's setup where the server restricts the
 * session to it; otherwise the sign-in page (the address is kept for after).
 */
function Gate() {
  const { state } = useSession();
  if (state.status === 'checking') return <Waiting />;
  return (
    <Suspense fallback={<Waiting />}>
      {window.location.pathname === '/set-password' ? (
        // The one page without a session: a new user choosing a password with their link.
        <SetPasswordPage />
      ) : state.status === 'signed-out' ? (
        <SignInPage ended={state.reason} />
      ) : needsAccountSetup(state.user) ? (
        <AccountSetupPage />
      ) : (
        <SignedInConsole />
      )}
    </Suspense>
  );
}

function WithSession() {
  const client = useMemo(() => createApolloClient(reportSessionRejected), []);
  return (
    <ApolloProvider client={client}>
      <SessionProvider client={client}>
        <Gate />
      </SessionProvider>
    </ApolloProvider>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <I18nProvider>
        <WithSession />
      </I18nProvider>
    </MantineProvider>
  );
}
