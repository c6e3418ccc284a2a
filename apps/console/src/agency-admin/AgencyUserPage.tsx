import './register';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink } from '../app/links';
import { When } from '../app/When';
import type { AgencyUserFieldsFragment, ChangeRolesInput, Role } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { ConfirmButton } from './ConfirmButton';
import { GRANTABLE_ROLES } from './search';
import { StatusBadge } from './StatusBadge';
import { ShownOnce } from './ShownOnce';
import { AgencyUserDocument, DisableUserDocument, EnableUserDocument, GrantRolesDocument, ResetUserPasswordDocument, RevokeRolesDocument, UnlockUserDocument } from '../gql/graphql';

const route = getRouteApi('/agency/users/$userId');

type User = AgencyUserFieldsFragment;

function AccountFacts({ user }: { user: User }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="agency-user-facts">
      <Fact label={t('agencyAdmin.list.email')}>{user.email}</Fact>
      <Fact label={t('agencyAdmin.list.status')}>
        <StatusBadge status={user.status} lockedUntil={user.lockedUntil} />
      </Fact>
      <Fact label={t('agencyAdmin.list.secondFactor')}>{t(user.secondFactorEnrolled ? 'agencyAdmin.secondFactor.on' : 'agencyAdmin.secondFactor.off')}</Fact>
      <Fact label={t('agencyAdmin.list.lastSignIn')}>{user.lastSignInAt ? <When at={user.lastSignInAt} /> : t('agencyAdmin.list.never')}</Fact>
      <Fact label={t('agencyAdmin.user.password')}>{t(user.passwordChangeRequired ? 'agencyAdmin.user.passwordTemporary' : 'agencyAdmin.user.passwordOwn')}</Fact>
    </SimpleGrid>
  );
}

/** The roles the user holds, each revocable, and the grantable ones it does not hold yet. */
function RolesPanel({ user }: { user: User }) {
  const t = useT();
  const [grant, granting] = useMutation(GrantRolesDocument);
  const [revoke, revoking] = useMutation(RevokeRolesDocument);
  const missing = GRANTABLE_ROLES.filter((role) => !user.roles.includes(role));
  const [chosen, setChosen] = useState<Role | ''>('');
  const toGrant = chosen && missing.includes(chosen) ? chosen : missing[0];
  const change = (mutate: (options: { variables: { input: ChangeRolesInput } }) => Promise<unknown>, role: Role) =>
    void mutate({ variables: { input: { userId: user.id, roles: [role] } } }).catch(() => undefined);
  return (
    <Card withBorder component="section" aria-labelledby="roles-title">
      <Stack>
        <Title order={2} size="h3" id="roles-title">
          {t('agencyAdmin.roles.title')}
        </Title>
        <Text size="sm">{t('agencyAdmin.roles.intro')}</Text>
        <FailureNotice error={granting.error ?? revoking.error} />
        {user.roles.length === 0 && <Text>{t('agencyAdmin.list.noRoles')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="agency-user-roles">
          {user.roles.map((role) => (
            <Group key={role} component="li" justify="space-between">
              <Text>{t(`role.${role}`)}</Text>
              {GRANTABLE_ROLES.includes(role) && (
                <ConfirmButton
                  size="xs"
                  variant="default"
                  label={t('agencyAdmin.roles.revoke', { role: t(`role.${role}`) })}
                  question={t('agencyAdmin.roles.revokeConfirm', { role: t(`role.${role}`), name: user.displayName })}
                  onConfirm={() => change(revoke, role)}
                />
              )}
            </Group>
          ))}
        </Stack>
        {toGrant ? (
          <Group align="flex-end">
            <NativeSelect
              label={t('agencyAdmin.roles.choose')}
              value={toGrant}
              data={missing.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              onChange={(e) => setChosen(e.currentTarget.value as Role)}
            />
            <Button loading={granting.loading} onClick={() => change(grant, toGrant)}>
              {t('agencyAdmin.roles.grant')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('agencyAdmin.roles.allHeld')}</Text>
        )}
      </Stack>
    </Card>
  );
}

/** Unlock, disable or enable, and reset the password: what decides whether the user can sign in. */
function SignInPanel({ user }: { user: User }) {
  const t = useT();
  const me = useSignedInUser();
  const variables = { userId: user.id };
  const [unlock, unlocking] = useMutation(UnlockUserDocument, { variables });
  const [disable, disabling] = useMutation(DisableUserDocument, { variables });
  const [enable, enabling] = useMutation(EnableUserDocument, { variables });
  const [reset, resetting] = useMutation(ResetUserPasswordDocument, { variables, refetchQueries: [AgencyUserDocument] });
  const [password, setPassword] = useState<string | null>(null);
  const run = (mutate: () => Promise<unknown>) => void mutate().catch(() => undefined);
  const self = user.id === me.id;
  return (
    <Card withBorder component="section" aria-labelledby="sign-in-title">
      <Stack>
        <Title order={2} size="h3" id="sign-in-title">
          {t('agencyAdmin.actions.title')}
        </Title>
        <FailureNotice error={unlocking.error ?? disabling.error ?? enabling.error ?? resetting.error} />
        {password && (
          <ShownOnce
            title={t('agencyAdmin.password.title')}
            warning={t('agencyAdmin.password.warning', { name: user.displayName })}
            label={t('agencyAdmin.password.label')}
            value={password}
            onDone={() => setPassword(null)}
          />
        )}
        {user.status === 'LOCKED' && (
          <Alert color="yellow" data-testid="locked-hint">
            <Stack gap="xs">
              <Text>{t('agencyAdmin.actions.lockedHint')}</Text>
              <Button w="fit-content" loading={unlocking.loading} onClick={() => run(unlock)}>
                {t('agencyAdmin.actions.unlock')}
              </Button>
            </Stack>
          </Alert>
        )}
        {self ? (
          <Text>{t('agencyAdmin.actions.self')}</Text>
        ) : (
          <Group>
            {user.status === 'DISABLED' ? (
              <Button loading={enabling.loading} onClick={() => run(enable)}>
                {t('agencyAdmin.actions.enable')}
              </Button>
            ) : (
              <ConfirmButton
                color="red.9"
                label={t('agencyAdmin.actions.disable')}
                question={t('agencyAdmin.actions.disableConfirm', { name: user.displayName })}
                onConfirm={() => run(disable)}
              />
            )}
            <ConfirmButton
              variant="default"
              label={t('agencyAdmin.actions.reset')}
              question={t('agencyAdmin.actions.resetConfirm', { name: user.displayName })}
              onConfirm={() => run(async () => setPassword((await reset()).data?.resetUserPassword.password ?? null))}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** One user of the administrator's agency: the account, its roles, and whether it can sign in. */
export function AgencyUserPage() {
  const t = useT();
  const { userId } = route.useParams();
  const { data, error } = useQuery(AgencyUserDocument, { variables: { id: userId } });
  const user = data?.agencyUser;
  return (
    <Stack>
      <AnchorLink to="/agency/users">{t('agencyAdmin.back')}</AnchorLink>
      <FailureNotice error={error} />
      {user && (
        <>
          <Title order={1}>{user.displayName}</Title>
          <AccountFacts user={user} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <RolesPanel user={user} />
            <SignInPanel user={user} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
