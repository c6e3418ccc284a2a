import { useQuery } from '@apollo/client/react';
import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { AnchorLink } from '../app/links';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import { CaseStoryDocument } from '../gql/graphql';

/**
 * The rest of the case's story: the MLA requests linked to it and the handoffs of victims
 * identified in it, as far as the user may see them (a handoff only with the victim's consent
 * to law enforcement, and only its pseudonym and status).
 */
export function CaseStory({ caseId, caseReference }: { caseId: string; caseReference: string }) {
  const t = useT();
  const intl = useIntl();
  const { data, error } = useQuery(CaseStoryDocument, { variables: { caseId, caseReference } });
  const requests = data?.mlaRequests.edges.map((e) => e.node) ?? [];
  const handoffs = data?.handoffs.edges.map((e) => e.node) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="story-title">
      <Stack>
        <Title order={2} size="h3" id="story-title">
          {t('story.title')}
        </Title>
        <FailureNotice error={error} />
        <Title order={3} size="h4">
          {t('story.requests')}
        </Title>
        {requests.length === 0 ? (
          <Text>{t('story.noRequests')}</Text>
        ) : (
          <List data-testid="case-requests">
            {requests.map((request) => (
              <List.Item key={request.id}>
                <AnchorLink to="/mla/$requestId" params={{ requestId: request.id }}>
                  {request.reference}
                </AnchorLink>{' '}
                {t('story.request', {
                  status: t(`mla.status.${request.status}`),
                  agency: request.requested.agencyName,
                  state: intl.formatDisplayName(request.requested.stateCode, { type: 'region' }) ?? request.requested.stateCode,
                })}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h4">
          {t('story.handoffs')}
        </Title>
        <Text size="sm">{t('story.handoffsIntro')}</Text>
        {handoffs.length === 0 ? (
          <Text>{t('story.noHandoffs')}</Text>
        ) : (
          <List data-testid="case-handoffs">
            {handoffs.map((handoff) => (
              <List.Item key={handoff.id}>
                <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: handoff.id }}>
                  {t('story.handoff', {
                    code: handoff.victimCode,
                    status: t(`handoffStatus.${handoff.status}`),
                    agency: handoff.receivingAgency.name,
                    state: handoff.receivingAgency.state.name,
                  })}
                </AnchorLink>{' '}
                <When at={handoff.proposedAt} dateOnly relative={false} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
