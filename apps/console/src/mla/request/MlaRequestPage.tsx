import { useQuery, useSubscription } from '@apollo/client/react';
import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FailureNotice } from '../../app/FailureNotice';
import { DocumentsSection } from '../../documents/DocumentsSection';
import { AnchorLink } from '../../app/links';
import { useT } from '../../i18n/I18nProvider';
import { useSignedInUser } from '../../session/SessionProvider';
import { ActionPanel } from '../actions/ActionPanel';
import { OverdueMark, StatusText } from '../Marks';

const mlaRequestRoute = getRouteApi('/mla/$requestId');
import { Deadlines } from './Deadlines';
import { HistoryTimeline } from './HistoryTimeline';
import { MessageThread } from './MessageThread';
import { RequestFacts } from './RequestFacts';
import { registerMessages } from '../../i18n/messages';
import { mlaMessages } from '../messages';
import { mlaVocabularyMessages } from '../vocabulary';
import { MlaRequestChangedDocument, MlaRequestDocument } from '../../gql/graphql';

// This journey's words come with its code.
registerMessages(mlaVocabularyMessages);
registerMessages(mlaMessages);

/** One request: what it asks, where it stands, what the caller's side may do, and the exchange around it. */
export function MlaRequestPage() {
  const t = useT();
  const user = useSignedInUser();
  const { requestId } = mlaRequestRoute.useParams();
  const { data, error, loading, refetch } = useQuery(MlaRequestDocument, { variables: { id: requestId } });
  // The other side's steps and messages show as they happen.
  useSubscription(MlaRequestChangedDocument, { variables: { id: requestId }, onData: () => void refetch() });
  const request = data?.mlaRequest;
  const back = (
    <AnchorLink to="/mla">
      {t('mla.request.back')}
    </AnchorLink>
  );
  if (!request) {
    return (
      <Stack>
        {back}
        <Title order={1}>{t('mla.request.title')}</Title>
        {loading ? <Text role="status">{t('app.loading')}</Text> : <FailureNotice error={error} />}
      </Stack>
    );
  }
  const outgoing = request.requesting.agencyId === user.agency.id;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        {back}
        <Title order={1}>{t('mla.request.heading', { reference: request.reference })}</Title>
        <Group gap="sm" data-testid="request-status">
          <Text span>{t(outgoing ? 'mla.direction.OUTGOING' : 'mla.direction.INCOMING')}</Text>
          <StatusText status={request.status} closed={request.closed} />
          {request.overdue && <OverdueMark />}
          {request.urgent && <Text span fw={600}>{t('mla.urgent')}</Text>}
        </Group>
      </Stack>
      <FailureNotice error={error} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="xl">
            <ActionPanel request={request} />
            <RequestFacts request={request} />
            <DocumentsSection documents={request.documents} path={`/mla-requests/${encodeURIComponent(request.id)}/documents`} refetch={MlaRequestDocument} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="xl">
            <Deadlines request={request} />
            <MessageThread request={request} />
            <HistoryTimeline request={request} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
