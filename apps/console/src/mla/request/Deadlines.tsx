import { Stack, Table, Text, Title } from '@mantine/core';
import { When } from '../../app/When';
import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { OverdueMark } from '../Marks';

/** Each deadline: what is due, when (with the time left), and whether it runs or is overdue, in words. */
export function Deadlines({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  return (
    <Stack component="section" aria-labelledby="deadlines-title">
      <Title order={2} id="deadlines-title">
        {t('mla.deadlines.title')}
      </Title>
      {request.deadlines.length === 0 ? (
        <Text>{t('mla.deadline.none')}</Text>
      ) : (
        <Table withTableBorder data-testid="deadlines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mla.deadlines.kind')}</Table.Th>
              <Table.Th scope="col">{t('mla.deadlines.dueAt')}</Table.Th>
              <Table.Th scope="col">{t('mla.deadlines.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {request.deadlines.map((d) => (
              <Table.Tr key={d.kind}>
                <Table.Th scope="row">{t(`mla.deadline.${d.kind}`)}</Table.Th>
                <Table.Td>
                  <When at={d.dueAt} relative={d.running} />
                </Table.Td>
                <Table.Td>{d.overdue ? <OverdueMark /> : t(d.running ? 'mla.deadline.running' : 'mla.deadline.notRunning')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
