import { useQuery } from '@apollo/client/react';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FailureNotice } from '../app/FailureNotice';
import type { MlaRequestsQuery } from '../gql/graphql';
import { AnchorLink, ButtonLink } from '../app/links';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { DeadlineLine, OverdueMark, StatusText } from './Marks';
import { MlaFilters } from './MlaFilters';
import { registerMessages } from '../i18n/messages';
import { mlaMessages } from './messages';
import { mlaVocabularyMessages } from './vocabulary';
import { MlaRequestsDocument } from '../gql/graphql';

// This journey's words come with its code.
registerMessages(mlaVocabularyMessages);
registerMessages(mlaMessages);

// Through the route's id, not its object: importing the route here would make its type depend on this page.
const mlaListRoute = getRouteApi('/mla');

const PAGE_SIZE = 20;

type Row = MlaRequestsQuery['mlaRequests']['edges'][number]['node'];

export function MlaListPage() {
  const t = useT();
  const search = mlaListRoute.useSearch();
  const { data, loading, error } = useQuery(MlaRequestsDocument, {
    variables: {
      first: PAGE_SIZE,
      after: search.after ?? null,
      filter: {
        direction: search.direction ?? null,
        statuses: search.statuses ?? null,
        overdue: search.overdue ?? null,
        stateCode: search.state ?? null,
      },
    },
  });
  const rows = data?.mlaRequests.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.mlaRequests.pageInfo;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('mla.list.title')}</Title>
        <ButtonLink to="/mla/new">
          {t('mla.list.new')}
        </ButtonLink>
      </Group>
      <MlaFilters />
      <FailureNotice error={error} />
      {loading && !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (
        <RequestTable rows={rows} />
      )}
      <Group>
        {search.after && (
          <ButtonLink variant="default" to="/mla" search={{ ...search, after: undefined }}>
            {t('mla.list.firstPage')}
          </ButtonLink>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <ButtonLink variant="default" to="/mla" search={{ ...search, after: pageInfo.endCursor }}>
            {t('mla.list.nextPage')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}

function RequestTable({ rows }: { rows: Row[] }) {
  const t = useT();
  const user = useSignedInUser();
  if (rows.length === 0) return <Text data-testid="mla-empty">{t('mla.list.empty')}</Text>;
  return (
    <Table striped withTableBorder data-testid="mla-list">
      <Table.Caption>{t('mla.list.caption', { count: rows.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('mla.list.reference')}</Table.Th>
          <Table.Th scope="col">{t('mla.list.direction')}</Table.Th>
          <Table.Th scope="col">{t('mla.list.otherSide')}</Table.Th>
          <Table.Th scope="col">{t('mla.list.status')}</Table.Th>
          <Table.Th scope="col">{t('mla.list.deadlines')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const outgoing = row.requesting.agencyId === user.agency.id;
          const other = outgoing ? row.requested : row.requesting;
          const running = row.deadlines.filter((d) => d.running);
          return (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">
                <AnchorLink to="/mla/$requestId" params={{ requestId: row.id }}>
                  {row.reference}
                </AnchorLink>
                {row.urgent && <Text size="sm">{t('mla.urgent')}</Text>}
              </Table.Th>
              <Table.Td>{t(outgoing ? 'mla.direction.OUTGOING' : 'mla.direction.INCOMING')}</Table.Td>
              <Table.Td>{t('mla.party', { agency: other.agencyName, state: other.stateCode })}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <StatusText status={row.status} closed={row.closed} />
                  {row.overdue && <OverdueMark />}
                </Group>
              </Table.Td>
              <Table.Td>
                {running.length === 0 ? t('mla.deadline.none') : running.map((d) => <DeadlineLine key={d.kind} deadline={d} />)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
