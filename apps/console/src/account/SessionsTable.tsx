import { useMutation } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { MyAccountQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { EndSessionDocument, MyAccountDocument } from '../gql/graphql';

/** The user's open sessions, each but the current one with a button to end it at once. */
export function SessionsTable({ sessions }: { sessions: MyAccountQuery['mySessions'] }) {
  const t = useT();
  const [end, ending] = useMutation(EndSessionDocument, { refetchQueries: [MyAccountDocument], awaitRefetchQueries: true });
  return (
    <>
      <FailureNotice error={ending.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('account.sessions.started')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.lastActive')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.device')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.address')}</Table.Th>
              <Table.Th scope="col" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <When at={session.startedAt} />
                </Table.Td>
                <Table.Td>
                  <When at={session.lastActiveAt} />
                </Table.Td>
                <Table.Td>{session.userAgent ?? t('account.sessions.unknown')}</Table.Td>
                <Table.Td>{session.address ?? t('account.sessions.unknown')}</Table.Td>
                <Table.Td>
                  {session.current ? (
                    <Text size="sm" fw={600}>
                      {t('account.sessions.current')}
                    </Text>
                  ) : (
                    <Button size="xs" variant="default" onClick={() => void end({ variables: { id: session.id } }).catch(() => undefined)}>
                      {t('account.sessions.end')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
