import { ApolloProvider } from '@apollo/client/react';
import { Center, Loader, MantineProvider, VisuallyHidden } from '@mantine/core';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo } from 'react';
import { I18nProvider, useT } from '../i18n/I18nProvider';
import { reportSessionRejected } from '../session/rejections';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { SignInPage } from '../session/SignInPage';
import { createApolloClient } from './apollo';
import { router } from './router';
import { theme } from './theme';

/** Signed in: the routed console; otherwise the sign-in page (the address is kept for after). */
function Gate() {
  const t = useT();
  const { state } = useSession();
  if (state.status === 'checking') {
    return (
      <Center mih="100vh" role="status">
        <Loader />
        <VisuallyHidden>{t('signIn.checking')}</VisuallyHidden>
      </Center>
    );
  }
  if (state.status === 'signed-out') return <SignInPage ended={state.reason} />;
  return <RouterProvider router={router} />;
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
