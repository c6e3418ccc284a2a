import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { Role } from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';
import { IdleGuard } from '../session/IdleGuard';
import { useSession, useSignedInUser } from '../session/SessionProvider';
import { useServerReachable } from './connectivity';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';

// Each journey's landing page, in the order of the menu.
const CASE_ROLES: Role[] = ['PROSECUTOR', 'LIAISON_OFFICER'];
const MLA_ROLES: Role[] = ['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'];

// Each journey's landing page, in the order of the menu, for the roles that work there
// (the API refuses the others anyway).
const NAVIGATION: { to: '/' | '/cases' | '/mla' | '/shared' | '/handoffs' | '/statistics' | '/platform/states' | '/platform/agencies' | '/audit' | '/agency/users' | '/account'; label: MessageKey; roles?: Role[] }[] = [
  { to: '/', label: 'nav.desk' },
  { to: '/cases', label: 'nav.cases', roles: CASE_ROLES },
  { to: '/shared', label: 'nav.shared', roles: CASE_ROLES },
  { to: '/mla', label: 'nav.mla', roles: MLA_ROLES },
  { to: '/handoffs', label: 'nav.handoffs', roles: ['VICTIM_COORDINATOR'] },
  { to: '/agency/users', label: 'nav.agencyUsers', roles: ['AGENCY_ADMIN'] },
  { to: '/statistics', label: 'nav.statistics', roles: [...MLA_ROLES, 'VICTIM_COORDINATOR'] },
  { to: '/platform/states', label: 'nav.states', roles: ['PLATFORM_ADMIN'] },
  { to: '/platform/agencies', label: 'nav.agencies', roles: ['PLATFORM_ADMIN'] },
  { to: '/audit', label: 'nav.audit', roles: ['AUDITOR'] },
  { to: '/account', label: 'nav.account' },
];

function WhoAmI() {
  const t = useT();
  const user = useSignedInUser();
  const roles = user.roles.map((role) => t(`role.${role}`)).join(', ');
  return (
    <Stack gap={0} data-testid="who-am-i">
      <Text fw={600}>{t('app.signedInAs', { name: user.displayName })}</Text>
      <Text size="sm">{t('app.userSummary', { roles, agency: user.agency.name, state: user.agency.state.name })}</Text>
    </Stack>
  );
}

/** While the server cannot be reached: a banner, and the page's queries asked again every few seconds. */
function OfflineBanner() {
  const t = useT();
  const client = useApolloClient();
  const reachable = useServerReachable();
  useEffect(() => {
    if (reachable) return;
    const timer = window.setInterval(() => void client.refetchQueries({ include: 'active' }).catch(() => undefined), 5000);
    return () => window.clearInterval(timer);
  }, [client, reachable]);
  if (reachable) return null;
  return (
    <Alert color="orange" role="status" radius={0}>
      {t('app.offline')}
    </Alert>
  );
}

export function Shell() {
  const t = useT();
  const { state, signOut } = useSession();
  const path = useRouterState({ select: (s) => s.location.pathname });
  if (state.status !== 'signed-in') return null;
  const isCurrent = (to: string) => (to === '/' ? path === '/' : path.startsWith(to));
  return (
    // A grid of our own rather than Mantine's AppShell, whose mobile navbar code (scroll locking)
    // weighs more than the whole desk page.
    <div className="shell">
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <Box component="header" className="shell-header" px="md" py="xs">
        <Group h="100%" justify="space-between">
          <Title order={2} size="h4">
            {t('app.name')}
          </Title>
          <Group>
            <NotificationBell />
            <WhoAmI />
            <LanguageSwitch />
            <Button variant="default" onClick={() => void signOut('signedOut')}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Box component="nav" className="shell-navigation" p="xs" aria-label={t('app.navigation')}>
        {NAVIGATION.filter((item) => !item.roles || item.roles.some((role) => state.user.roles.includes(role))).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            active={isCurrent(item.to)}
            // Filled: the light variant's text fails AA contrast on its hover background.
            variant="filled"
            aria-current={isCurrent(item.to) ? 'page' : undefined}
          />
        ))}
      </Box>
      <Box component="main" className="shell-main" id="main" tabIndex={-1} p="md">
        <OfflineBanner />
        <Outlet />
      </Box>
      <IdleGuard idleLockSeconds={state.idleLockSeconds} />
    </div>
  );
}
