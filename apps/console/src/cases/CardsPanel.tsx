import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { CaseQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { HandlingCodeNotice } from '../shared/HandlingCode';
import { RevokeCaseShareDocument } from '../gql/graphql';

type SharedCard = CaseQuery['caseShares'][number];

function CardState({ card }: { card: SharedCard }) {
  const t = useT();
  if (card.revokedAt) return <Text size="sm">{t('cards.revoked')}</Text>;
  return <Text size="sm">{t(card.acknowledgedAt ? 'cards.acknowledged' : 'cards.pending')}</Text>;
}

/** The cards shared from the case: with whom, under which handling code, acknowledged or not; revoke. */
export function CardsPanel({ cards, onShare }: { cards: SharedCard[]; onShare(): void }) {
  const t = useT();
  const [revoke, revoking] = useMutation(RevokeCaseShareDocument);
  return (
    <Card withBorder component="section" aria-labelledby="cards-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="cards-title">
            {t('cards.title')}
          </Title>
          <Button variant="default" onClick={onShare}>
            {t('cards.new')}
          </Button>
        </Group>
        <FailureNotice error={revoking.error} />
        {cards.length === 0 ? (
          <Text>{t('cards.empty')}</Text>
        ) : (
          <Table data-testid="cards">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cards.recipient')}</Table.Th>
                <Table.Th scope="col">{t('cards.handling')}</Table.Th>
                <Table.Th scope="col">{t('cards.status')}</Table.Th>
                <Table.Th scope="col">{t('identifiers.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cards.map((card) => (
                <Table.Tr key={card.id}>
                  <Table.Td>
                    {`${card.recipientAgency.name} (${card.recipientAgency.stateName})`}
                    <Text size="sm">
                      <When at={card.sharedAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <HandlingCodeNotice code={card.handlingCode} restriction={card.handlingRestriction} />
                  </Table.Td>
                  <Table.Td>
                    <CardState card={card} />
                  </Table.Td>
                  <Table.Td>
                    {!card.revokedAt && (
                      <Button size="xs" variant="default" loading={revoking.loading} onClick={() => void revoke({ variables: { id: card.id } }).catch(() => undefined)}>
                        {t('cards.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
