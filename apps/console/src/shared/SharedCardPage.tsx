import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import { registerMessages } from '../i18n/messages';
import { AnchorLink } from '../app/links';
import { HandlingCodeNotice } from './HandlingCode';
import { sharedMessages } from './messages';
import { AcknowledgeCaseShareDocument, SharedCaseDocument } from '../gql/graphql';

registerMessages(sharedMessages);

const route = getRouteApi('/shared/$shareId');

/** One card shared with the user's agency: what the owner wrote, its handling code in words, and acknowledgement. */
export function SharedCardPage() {
  const t = useT();
  const { shareId } = route.useParams();
  const { data, error } = useQuery(SharedCaseDocument, { variables: { id: shareId } });
  const [acknowledge, acknowledging] = useMutation(AcknowledgeCaseShareDocument);
  const card = data?.sharedCase;
  return (
    <Stack>
      <AnchorLink to="/shared">{t('card.back')}</AnchorLink>
      <FailureNotice error={error} />
      {card && (
        <>
          <Title order={1}>{t('card.title', { agency: card.ownerAgency.name, state: card.ownerAgency.stateName })}</Title>
          <Card withBorder>
            <Stack>
              <Fact label={t('shared.handling')}>
                <HandlingCodeNotice code={card.handlingCode} restriction={card.handlingRestriction} />
              </Fact>
              <Fact label={t('card.summary')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{card.summary}</Text>
              </Fact>
              <Fact label={t('card.contact')}>{card.contactPoint}</Fact>
              <Fact label={t('shared.sharedAt')}>
                <When at={card.sharedAt} />
              </Fact>
              <Fact label={t('card.expires')}>{card.expiresAt ? <When at={card.expiresAt} /> : t('card.noExpiry')}</Fact>
            </Stack>
          </Card>
          <FailureNotice error={acknowledging.error} />
          <Group>
            {card.acknowledgedAt ? (
              <Text data-testid="acknowledged">
                {t('card.acknowledgedAt')}: <When at={card.acknowledgedAt} />
              </Text>
            ) : (
              <Button loading={acknowledging.loading} onClick={() => void acknowledge({ variables: { id: card.id } }).catch(() => undefined)}>
                {t('card.acknowledge')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
