import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink } from '../app/links';
import { When } from '../app/When';
import type { DeskQuery, DeskRequestFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { registerMessages } from '../i18n/messages';
import { useSignedInUser } from '../session/SessionProvider';
import { awaitsSide, byUrgency, nextDeadline } from './desk-rules';
import { deskMessages } from './messages';
import { DeskDocument, MarkNotificationsReadDocument } from '../gql/graphql';

registerMessages(deskMessages);

const MLA_ROLES = ['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'];
const CASE_ROLES = ['PROSECUTOR', 'LIAISON_OFFICER'];

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge variant="light" color="gray" aria-hidden>
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

function RequestsWaiting({ requests, agencyId }: { requests: DeskRequestFragment[]; agencyId: string }) {
  const t = useT();
  const intl = useIntl();
  const state = (code: string) => intl.formatDisplayName(code, { type: 'region' }) ?? code;
  if (requests.length === 0) return <Text>{t('desk.mla.empty')}</Text>;
  // A plain table: Mantine's Table brings its scroll container's code, too much for the first page.
  return (
    <table className="plain-table" data-testid="desk-mla">
      <thead>
        <tr>
          <th scope="col">{t('desk.mla.reference')}</th>
          <th scope="col">{t('desk.mla.otherSide')}</th>
          <th scope="col">{t('desk.mla.status')}</th>
          <th scope="col">{t('desk.mla.nextDeadline')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => {
          const due = nextDeadline(request);
          const incoming = request.requested.agencyId === agencyId;
          return (
            <tr key={request.id}>
              <td>
                <AnchorLink to="/mla/$requestId" params={{ requestId: request.id }}>
                  {request.reference}
                </AnchorLink>
              </td>
              <td>
                {incoming
                  ? t('desk.mla.incoming', { state: state(request.requesting.stateCode) })
                  : t('desk.mla.outgoing', { state: state(request.requested.stateCode) })}
              </td>
              <td>{t(`mla.status.${request.status}`)}</td>
              <td>
                {request.overdue && (
                  <Badge color="red" mr="xs">
                    {t('desk.mla.overdue')}
                  </Badge>
                )}
                {due ? <When at={due.dueAt} /> : t('desk.mla.noDeadline')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function NewHits({ hits }: { hits: NonNullable<DeskQuery['recentMatches']> }) {
  const t = useT();
  if (hits.length === 0) return <Text>{t('desk.hits.empty')}</Text>;
  return (
    <List spacing="xs" data-testid="desk-hits">
      {hits.map((hit) => (
        <List.Item key={hit.id}>
          <AnchorLink to="/cases/$caseId" params={{ caseId: hit.caseId }}>
            {t('desk.hits.item', {
              reference: hit.caseReference,
              identifier: t(`identifierType.${hit.identifierType}`),
              agency: hit.otherAgency.name,
              state: hit.otherAgency.stateName,
              contact: `${hit.contact.displayName} <${hit.contact.email}>`,
            })}
          </AnchorLink>{' '}
          <Text span size="sm">
            <When at={hit.foundAt} />
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function CardsToAcknowledge({ cards }: { cards: NonNullable<DeskQuery['sharedCases']>['edges'][number]['node'][] }) {
  const t = useT();
  const intl = useIntl();
  if (cards.length === 0) return <Text>{t('desk.cards.empty')}</Text>;
  return (
    <List spacing="xs" data-testid="desk-cards">
      {cards.map((card) => (
        <List.Item key={card.id}>
          <AnchorLink to="/shared/$shareId" params={{ shareId: card.id }}>
            {t('desk.cards.item', {
              agency: card.ownerAgency.name,
              state: card.ownerAgency.stateName,
              when: intl.formatDate(card.sharedAt, { dateStyle: 'medium' }),
            })}
          </AnchorLink>
        </List.Item>
      ))}
    </List>
  );
}

function UnreadNotifications({ notifications }: { notifications: DeskQuery['notifications']['edges'][number]['node'][] }) {
  const t = useT();
  const [markRead, { loading, error }] = useMutation(MarkNotificationsReadDocument, { refetchQueries: ['Desk', 'UnreadNotifications'] });
  if (notifications.length === 0) return <Text>{t('desk.notifications.empty')}</Text>;
  return (
    <Stack gap="xs">
      <FailureNotice error={error} />
      <List spacing="xs" data-testid="desk-notifications">
        {notifications.map((n) => (
          <List.Item key={n.id}>
            {n.kind.startsWith('MLA_') && n.subjectId ? (
              <AnchorLink to="/mla/$requestId" params={{ requestId: n.subjectId }}>
                {t(`notification.${n.kind}`)}
              </AnchorLink>
            ) : n.kind === 'USER_LOCKED_OUT' && n.subjectId ? (
              <AnchorLink to="/agency/users/$userId" params={{ userId: n.subjectId }}>
                {t(`notification.${n.kind}`)}
              </AnchorLink>
            ) : (
              t(`notification.${n.kind}`)
            )}{' '}
            <Text span size="sm">
              <When at={n.createdAt} />
            </Text>
          </List.Item>
        ))}
      </List>
      <Group>
        <Button variant="default" size="xs" loading={loading} onClick={() => void markRead({ variables: { ids: notifications.map((n) => n.id) } }).catch(() => undefined)}>
          {t('desk.notifications.markRead')}
        </Button>
      </Group>
    </Stack>
  );
}

/** My desk: what needs the signed-in user now, in one GraphQL request. */
export function DeskPage() {
  const t = useT();
  const user = useSignedInUser();
  const mla = user.roles.some((role) => MLA_ROLES.includes(role));
  const cases = user.roles.some((role) => CASE_ROLES.includes(role));
  const { data, error } = useQuery(DeskDocument, { variables: { mla, cases } });
  const waiting = (data?.waiting?.edges ?? [])
    .map((e) => e.node)
    .filter((request) => awaitsSide(request, user.agency.id))
    .sort(byUrgency);
  const cards = (data?.sharedCases?.edges ?? []).map((e) => e.node).filter((card) => !card.acknowledgedAt);
  const unread = (data?.notifications.edges ?? []).map((e) => e.node);
  return (
    <Stack>
      <div>
        <Title order={1}>{t('desk.title')}</Title>
        <Text>{t('desk.intro')}</Text>
      </div>
      <FailureNotice error={error} />
      {data && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="desk-loaded">
          {mla && (
            <Section title={t('desk.mla.title')} count={waiting.length}>
              <RequestsWaiting requests={waiting} agencyId={user.agency.id} />
            </Section>
          )}
          {cases && (
            <Section title={t('desk.hits.title')} count={data.recentMatches?.length ?? 0}>
              <NewHits hits={data.recentMatches ?? []} />
            </Section>
          )}
          {cases && (
            <Section title={t('desk.cards.title')} count={cards.length}>
              <CardsToAcknowledge cards={cards} />
            </Section>
          )}
          <Section title={t('desk.notifications.title')} count={unread.length}>
            <UnreadNotifications notifications={unread} />
          </Section>
        </SimpleGrid>
      )}
    </Stack>
  );
}
