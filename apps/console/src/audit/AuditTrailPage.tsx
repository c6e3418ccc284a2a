import './register';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink, ButtonLink } from '../app/links';
import { When } from '../app/When';
import type { AuditEventsQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { AuditFilters } from './AuditFilters';
import { ChainStatePanel } from './ChainStatePanel';
import { downloadAuditExport, ExportFailure, ExportFormat } from './export';
import { OutcomeBadge } from './OutcomeBadge';
import { AuditFilterSearch, auditFilterOf, FIRST_PAGE } from './search';
import { AuditEventsDocument } from '../gql/graphql';

const route = getRouteApi('/audit');
const PAGE_SIZE = 50;
/** The server's cap on one export (AUDIT_EXPORT_MAX_ROWS). */
const EXPORT_MAX_ROWS = 1_000_000;

type Row = AuditEventsQuery['auditEvents']['edges'][number]['node'];

function EventRow({ event, stateCode }: { event: Row; stateCode: string }) {
  const t = useT();
  const foreign = event.actorState !== stateCode;
  return (
    <Table.Tr>
      <Table.Td>
        <When at={event.occurredAt} relative={false} />
      </Table.Td>
      <Table.Td>
        {event.actorUserId ? <Code>{event.actorUserId.slice(0, 8)}</Code> : t('audit.actor.none')} {event.actorState ?? ''}
        {foreign && (
          <Badge color="yellow.3" autoContrast ml="xs">
            {t('audit.list.foreign')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Code>{event.action}</Code>
      </Table.Td>
      <Table.Td>
        <OutcomeBadge outcome={event.outcome} />
      </Table.Td>
      <Table.Td>
        {event.targetType ?? '—'}
        {event.targetId && <Text size="sm">{event.targetId}</Text>}
      </Table.Td>
      <Table.Td>{event.purpose ?? '—'}</Table.Td>
      <Table.Td>
        <AnchorLink to="/audit/$eventId" params={{ eventId: event.id }} aria-label={t('audit.list.openEvent', { id: event.id })}>
          {t('audit.list.open')}
        </AnchorLink>
      </Table.Td>
    </Table.Tr>
  );
}

function ExportButtons({ search }: { search: AuditFilterSearch }) {
  const t = useT();
  const intl = useIntl();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failure, setFailure] = useState<ExportFailure | null>(null);
  const run = (format: ExportFormat) => {
    setBusy(format);
    setFailure(null);
    downloadAuditExport(search, format)
      .catch((error: unknown) => setFailure(error instanceof ExportFailure ? error : new ExportFailure(false)))
      .finally(() => setBusy(null));
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="export-title">
      <Title order={2} id="export-title">
        {t('audit.export.title')}
      </Title>
      <Text size="sm">{t('audit.export.hint', { max: intl.formatNumber(EXPORT_MAX_ROWS) })}</Text>
      {failure && (
        <Alert color="red" role="alert">
          {t(failure.refused ? 'audit.export.refused' : 'audit.export.failed')}
        </Alert>
      )}
      <Group>
        <Button variant="default" loading={busy === 'csv'} onClick={() => run('csv')} data-testid="export-csv">
          {t('audit.export.csv')}
        </Button>
        <Button variant="default" loading={busy === 'jsonl'} onClick={() => run('jsonl')} data-testid="export-jsonl">
          {t('audit.export.jsonl')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The audit trail of the auditor's State: filters in the address bar, pages by cursor, a row opens its full record. */
export function AuditTrailPage() {
  const t = useT();
  const intl = useIntl();
  const user = useSignedInUser();
  const search = route.useSearch();
  const { after, back = [], ...filters } = search;
  const { data, loading, error } = useQuery(AuditEventsDocument, {
    variables: { first: PAGE_SIZE, after: after ?? null, filter: auditFilterOf(filters) },
  });
  const rows = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.auditEvents.pageInfo;
  const previous = back.at(-1);
  const stateName = intl.formatDisplayName(user.agency.state.code, { type: 'region' }) ?? user.agency.state.name;
  return (
    <Stack>
      <Title order={1}>{t('audit.title', { state: stateName })}</Title>
      <Text>{t('audit.intro')}</Text>
      <ChainStatePanel />
      <AuditFilters key={JSON.stringify(filters)} search={filters} />
      <ExportButtons search={filters} />
      <FailureNotice error={error} />
      {loading && !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text data-testid="audit-empty">{t('audit.list.empty')}</Text>
      ) : (
        <Table striped withTableBorder captionSide="top" data-testid="audit-events">
          <Table.Caption>{t('audit.list.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.list.when')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.actor')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.outcome')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.target')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.purpose')}</Table.Th>
              <Table.Th scope="col">{t('audit.list.record')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <EventRow key={event.id} event={event} stateCode={user.agency.state.code} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {previous && (
          <ButtonLink
            variant="default"
            to="/audit"
            search={{ ...filters, after: previous === FIRST_PAGE ? undefined : previous, back: back.length > 1 ? back.slice(0, -1) : undefined }}
          >
            {t('audit.list.previous')}
          </ButtonLink>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <ButtonLink variant="default" to="/audit" search={{ ...filters, after: pageInfo.endCursor, back: [...back, after ?? FIRST_PAGE] }}>
            {t('audit.list.next')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
