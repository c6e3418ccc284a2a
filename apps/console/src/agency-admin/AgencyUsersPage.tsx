import './register';
import { useQuery } from '@apollo/client/react';
import { Fieldset, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink, ButtonLink } from '../app/links';
import { When } from '../app/When';
import type { AgencyUsersQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { MailFailures } from './MailFailures';
import { ACCOUNT_STATUSES, validateAgencyUsersSearch } from './search';
import { StatusBadge } from './StatusBadge';
import { AgencyUsersDocument } from '../gql/graphql';

const route = getRouteApi('/agency/users');
const PAGE_SIZE = 50;

type Row = AgencyUsersQuery['agencyUsers']['edges'][number]['node'];

function StatusFilter() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/agency/users' });
  return (
    <Fieldset legend={t('agencyAdmin.filter.legend')}>
      <NativeSelect
        label={t('agencyAdmin.filter.status')}
        w="fit-content"
        value={search.status ?? ''}
        data={[{ value: '', label: t('agencyAdmin.filter.any') }, ...ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`agencyAdmin.status.${s}`) }))]}
        onChange={(e) => void navigate({ search: { status: validateAgencyUsersSearch({ status: e.currentTarget.value }).status } })}
      />
    </Fieldset>
  );
}

function UserRow({ user }: { user: Row }) {
  const t = useT();
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/agency/users/$userId" params={{ userId: user.id }}>
          {user.displayName}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>{user.roles.length ? user.roles.map((role) => t(`role.${role}`)).join(', ') : t('agencyAdmin.list.noRoles')}</Table.Td>
      <Table.Td>
        <StatusBadge status={user.status} lockedUntil={user.lockedUntil} />
      </Table.Td>
      <Table.Td>{t(user.secondFactorEnrolled ? 'agencyAdmin.secondFactor.on' : 'agencyAdmin.secondFactor.off')}</Table.Td>
      <Table.Td>{user.lastSignInAt ? <When at={user.lastSignInAt} /> : t('agencyAdmin.list.never')}</Table.Td>
    </Table.Tr>
  );
}

/** The users of the administrator's own agency, newest first, with their roles and whether they can sign in. */
export function AgencyUsersPage() {
  const t = useT();
  const me = useSignedInUser();
  const search = route.useSearch();
  const { data, loading, error } = useQuery(AgencyUsersDocument, {
    variables: { first: PAGE_SIZE, after: search.after ?? null, status: search.status ?? null },
    // Back from a user's page or a new user: the list as it is now.
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.agencyUsers.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.agencyUsers.pageInfo;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agencyAdmin.list.title')}</Title>
        <ButtonLink to="/agency/users/new">{t('agencyAdmin.list.new')}</ButtonLink>
      </Group>
      <Text>{t('agencyAdmin.list.intro', { agency: me.agency.name })}</Text>
      <StatusFilter />
      <FailureNotice error={error} />
      {loading && !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text data-testid="agency-users-empty">{t('agencyAdmin.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder data-testid="agency-users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agencyAdmin.list.name')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.list.email')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.list.roles')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.list.status')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.list.secondFactor')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.list.lastSignIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((user) => (
                <UserRow key={user.id} user={user} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        {search.after && (
          <ButtonLink variant="default" to="/agency/users" search={{ ...search, after: undefined }}>
            {t('agencyAdmin.list.firstPage')}
          </ButtonLink>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <ButtonLink variant="default" to="/agency/users" search={{ ...search, after: pageInfo.endCursor }}>
            {t('agencyAdmin.list.nextPage')}
          </ButtonLink>
        )}
      </Group>
      {/* Only for whom the users were shown: a refusal is said once, above. */}
      {data && <MailFailures />}
    </Stack>
  );
}
