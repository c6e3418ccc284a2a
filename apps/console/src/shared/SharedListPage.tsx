import { useQuery } from '@apollo/client/react';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import { registerMessages } from '../i18n/messages';
import { AnchorLink, ButtonLink } from '../app/links';
import { HandlingCodeNotice } from './HandlingCode';
import { sharedMessages } from './messages';
import { SharedCasesDocument } from '../gql/graphql';

registerMessages(sharedMessages);

const route = getRouteApi('/shared');

export function SharedListPage() {
  const t = useT();
  const { after } = route.useSearch();
  const { data, error } = useQuery(SharedCasesDocument, { variables: { first: 20, after: after ?? null } });
  const cards = data?.sharedCases.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Title order={1}>{t('shared.title')}</Title>
      <Text>{t('shared.intro')}</Text>
      <FailureNotice error={error} />
      {data && cards.length === 0 && <Text>{t('shared.empty')}</Text>}
      {cards.length > 0 && (
        <Table data-testid="shared-cards">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shared.from')}</Table.Th>
              <Table.Th scope="col">{t('shared.handling')}</Table.Th>
              <Table.Th scope="col">{t('shared.sharedAt')}</Table.Th>
              <Table.Th scope="col">{t('shared.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cards.map((card) => (
              <Table.Tr key={card.id}>
                <Table.Td>
                  <AnchorLink to="/shared/$shareId" params={{ shareId: card.id }}>
                    {`${card.ownerAgency.name} (${card.ownerAgency.stateName})`}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <HandlingCodeNotice code={card.handlingCode} restriction={card.handlingRestriction} />
                </Table.Td>
                <Table.Td>
                  <When at={card.sharedAt} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={card.acknowledgedAt ? 400 : 700}>
                    {t(card.acknowledgedAt ? 'shared.acknowledged' : 'shared.notAcknowledged')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {after && (
          <ButtonLink to="/shared" search={{}} variant="default">
            {t('shared.first')}
          </ButtonLink>
        )}
        {data?.sharedCases.pageInfo.hasNextPage && data.sharedCases.pageInfo.endCursor && (
          <ButtonLink to="/shared" search={{ after: data.sharedCases.pageInfo.endCursor }} variant="default">
            {t('shared.next')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
