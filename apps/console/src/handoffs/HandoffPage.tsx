import './register';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink } from '../app/links';
import { DocumentsSection } from '../documents/DocumentsSection';
import type { HandoffDocumentKind } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { ConsentPanel } from './ConsentPanel';
import { HandoffActions } from './HandoffActions';
import { HandoffFacts } from './HandoffFacts';
import { IdentityPanel } from './IdentityPanel';
import { MessagesPanel } from './MessagesPanel';
import { SafeguardsPanel } from './SafeguardsPanel';
import { ServicesPanel } from './ServicesPanel';
import { HandoffChangedDocument, HandoffDocument } from '../gql/graphql';

const route = getRouteApi('/handoffs/$handoffId');

const DOCUMENT_KINDS: readonly HandoffDocumentKind[] = ['CONSENT_FORM', 'RISK_ASSESSMENT', 'MEDICAL', 'LEGAL', 'OTHER'];

/**
 * One handoff. The two coordinators see and work all of it; police and prosecutors of a linked
 * State see its status, dates and pseudonym, and the page says why nothing more.
 */
export function HandoffPage() {
  const t = useT();
  const { handoffId } = route.useParams();
  const { data, error, refetch } = useQuery(HandoffDocument, { variables: { id: handoffId } });
  // The other side's steps, messages and documents show as they happen.
  useSubscription(HandoffChangedDocument, { variables: { id: handoffId }, onData: () => void refetch() });
  const handoff = data?.handoff;
  const coordinator = handoff?.view === 'COORDINATOR';
  return (
    <Stack>
      {coordinator && <AnchorLink to="/handoffs">{t('handoffs.page.back')}</AnchorLink>}
      <FailureNotice error={error} />
      {handoff && (
        <>
          <Group>
            <Title order={1}>{t('handoffs.page.title', { code: handoff.victimCode })}</Title>
            <Badge size="lg" variant="outline">
              {t(`handoffs.status.${handoff.status}`)}
            </Badge>
            {handoff.urgent && <Badge color="yellow.3" autoContrast>{t('handoffs.urgent')}</Badge>}
            {handoff.overdue && <Badge color="red">{t('handoffs.overdue')}</Badge>}
          </Group>
          {!coordinator && (
            <Alert color="blue" data-testid="law-enforcement-view">
              {t('handoffs.page.lawEnforcement')}
            </Alert>
          )}
          <HandoffFacts handoff={handoff} />
          {coordinator && (
            <>
              <HandoffActions handoff={handoff} />
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <ConsentPanel handoff={handoff} />
                <IdentityPanel handoff={handoff} />
              </SimpleGrid>
              <SafeguardsPanel handoff={handoff} />
              <ServicesPanel handoff={handoff} />
              <MessagesPanel handoff={handoff} />
              <Card withBorder>
                <DocumentsSection
                  documents={handoff.documents ?? []}
                  path={`/handoffs/${encodeURIComponent(handoff.id)}/documents`}
                  refetch={HandoffDocument}
                  kinds={{ values: DOCUMENT_KINDS, label: (kind) => t(`handoffs.documentKind.${kind}`) }}
                  note={t('handoffs.documents.note')}
                />
              </Card>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
