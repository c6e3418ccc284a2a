import './register';
import { useQuery } from '@apollo/client/react';
import { Badge, Checkbox, Fieldset, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink, ButtonLink } from '../app/links';
import { When } from '../app/When';
import type { HandoffsQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { HANDOFF_STATUSES, HandoffsSearch, validateHandoffsSearch } from './search';
import { urgentFirst } from './handoff-rules';
import { HandoffsDocument } from '../gql/graphql';

const route = getRouteApi('/handoffs');
const PAGE_SIZE = 20;

type Row = HandoffsQuery['handoffs']['edges'][number]['node'];

function Filters() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/handoffs' });
  const change = (next: Partial<HandoffsSearch>) => void navigate({ search: { ...search, ...next, after: undefined } });
  return (
    <Fieldset legend={t('handoffs.filter.legend')}>
      <Group align="flex-end">
        <NativeSelect
          label={t('handoffs.filter.direction')}
          value={search.direction ?? ''}
          data={[
            { value: '', label: t('handoffs.filter.both') },
            { value: 'INCOMING', label: t('handoffs.direction.INCOMING') },
            { value: 'OUTGOING', label: t('handoffs.direction.OUTGOING') },
          ]}
          onChange={(e) => change({ direction: validateHandoffsSearch({ direction: e.currentTarget.value }).direction })}
        />
        <NativeSelect
          label={t('handoffs.filter.status')}
          value={search.status ?? ''}
          data={[{ value: '', label: t('handoffs.filter.anyStatus') }, ...HANDOFF_STATUSES.map((s) => ({ value: s, label: t(`handoffs.status.${s}`) }))]}
          onChange={(e) => change({ status: validateHandoffsSearch({ status: e.currentTarget.value }).status })}
        />
        <Checkbox
          mb={8}
          label={t('handoffs.filter.overdue')}
          checked={search.overdue ?? false}
          onChange={(e) => change({ overdue: e.currentTarget.checked || undefined })}
        />
      </Group>
    </Fieldset>
  );
}

function HandoffRow({ handoff }: { handoff: Row }) {
  const t = useT();
  const user = useSignedInUser();
  const incoming = handoff.receivingAgency.id === user.agency.id;
  const intl = useIntl();
  const other = incoming ? handoff.referringAgency : handoff.receivingAgency;
  const state = intl.formatDisplayName(other.state.code, { type: 'region' }) ?? other.state.name;
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: handoff.id }}>
          {handoff.victimCode}
        </AnchorLink>
        {handoff.urgent && (
          <Badge color="yellow.3" autoContrast ml="xs">
            {t('handoffs.urgent')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{t(incoming ? 'handoffs.incomingFrom' : 'handoffs.outgoingTo', { agency: other.name, state })}</Table.Td>
      <Table.Td>{t(`handoffs.status.${handoff.status}`)}</Table.Td>
      <Table.Td>{handoff.exploitationForm ? t(`form.${handoff.exploitationForm}`) : '—'}</Table.Td>
      <Table.Td>
        {handoff.overdue && (
          <Badge color="red" mr="xs">
            {t('handoffs.overdue')}
          </Badge>
        )}
        {handoff.status === 'PROPOSED' ? <When at={handoff.acceptanceDueAt} /> : '—'}
      </Table.Td>
    </Table.Tr>
  );
}

/** Incoming and outgoing handoffs of the coordinator's agency, urgent and overdue first on each page. */
export function HandoffsListPage() {
  const t = useT();
  const search = route.useSearch();
  const { data, loading, error } = useQuery(HandoffsDocument, {
    variables: {
      first: PAGE_SIZE,
      after: search.after ?? null,
      filter: { direction: search.direction ?? null, status: search.status ?? null, overdue: search.overdue ?? null },
    },
  });
  const rows = urgentFirst(data?.handoffs.edges.map((e) => e.node) ?? []);
  const pageInfo = data?.handoffs.pageInfo;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('handoffs.list.title')}</Title>
        <ButtonLink to="/handoffs/new">{t('handoffs.list.refer')}</ButtonLink>
      </Group>
      <Text>{t('handoffs.list.intro')}</Text>
      <Filters />
      <FailureNotice error={error} />
      {loading && !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text data-testid="handoffs-empty">{t('handoffs.list.empty')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="handoffs-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('handoffs.list.victim')}</Table.Th>
              <Table.Th scope="col">{t('handoffs.list.otherSide')}</Table.Th>
              <Table.Th scope="col">{t('handoffs.list.status')}</Table.Th>
              <Table.Th scope="col">{t('handoffs.list.form')}</Table.Th>
              <Table.Th scope="col">{t('handoffs.list.deadline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((handoff) => (
              <HandoffRow key={handoff.id} handoff={handoff} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {search.after && (
          <ButtonLink variant="default" to="/handoffs" search={{ ...search, after: undefined }}>
            {t('handoffs.list.firstPage')}
          </ButtonLink>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <ButtonLink variant="default" to="/handoffs" search={{ ...search, after: pageInfo.endCursor }}>
            {t('handoffs.list.nextPage')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
