import './register';
import { useQuery } from '@apollo/client/react';
import { Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink, ButtonLink } from '../app/links';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import { OutcomeBadge } from './OutcomeBadge';
import { AuditEventDocument } from '../gql/graphql';

const route = getRouteApi('/audit/$eventId');
const NONE = '—';

/** One audit event in full: who, when, what, on what, why and for whom, and what else it recorded. */
export function AuditEventPage() {
  const t = useT();
  const { eventId } = route.useParams();
  const { data, loading, error } = useQuery(AuditEventDocument, { variables: { id: eventId } });
  const event = data?.auditEvent;
  return (
    <Stack>
      <AnchorLink to="/audit">{t('audit.event.back')}</AnchorLink>
      <Title order={1}>{t('audit.event.title', { id: eventId })}</Title>
      <FailureNotice error={error} />
      {loading && !data && <Text role="status">{t('app.loading')}</Text>}
      {event && (
        <>
          <Card withBorder data-testid="audit-event">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Fact label={t('audit.event.when')}>
                <When at={event.occurredAt} />
              </Fact>
              <Fact label={t('audit.event.outcome')}>
                <OutcomeBadge outcome={event.outcome} />
              </Fact>
              <Fact label={t('audit.event.action')}>
                <Code>{event.action}</Code>
              </Fact>
              <Fact label={t('audit.event.requestId')}>
                <Code>{event.requestId ?? NONE}</Code>
              </Fact>
              <Fact label={t('audit.event.actorUser')}>
                <Code>{event.actorUserId ?? NONE}</Code>
              </Fact>
              <Fact label={t('audit.event.actorAgency')}>
                <Code>{event.actorAgencyId ?? NONE}</Code>
              </Fact>
              <Fact label={t('audit.event.actorState')}>{event.actorState ?? NONE}</Fact>
              <Fact label={t('audit.event.targetState')}>{event.targetState ?? NONE}</Fact>
              <Fact label={t('audit.event.target')}>
                {event.targetType ?? NONE} <Code>{event.targetId ?? NONE}</Code>
              </Fact>
              <Fact label={t('audit.event.purpose')}>{event.purpose ?? NONE}</Fact>
              <Fact label={t('audit.event.recipients')}>{event.recipients?.length ? event.recipients.join(', ') : NONE}</Fact>
            </SimpleGrid>
          </Card>
          <Title order={2}>{t('audit.event.details')}</Title>
          {event.details.length === 0 ? (
            <Text>{t('audit.event.noDetails')}</Text>
          ) : (
            <Table withTableBorder data-testid="audit-details">
              <Table.Tbody>
                {event.details.map((detail) => (
                  <Table.Tr key={detail.key}>
                    <Table.Th scope="row">{detail.key}</Table.Th>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{detail.value ?? NONE}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group>
            {event.actorUserId && (
              <ButtonLink variant="default" to="/audit" search={{ actorUserId: event.actorUserId }}>
                {t('audit.event.byActor')}
              </ButtonLink>
            )}
            {event.targetType && event.targetId && (
              <ButtonLink variant="default" to="/audit" search={{ targetType: event.targetType, targetId: event.targetId }}>
                {t('audit.event.onTarget')}
              </ButtonLink>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
