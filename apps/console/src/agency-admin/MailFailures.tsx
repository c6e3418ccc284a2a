import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import { deskMessages } from '../desk/messages';
import { useT } from '../i18n/I18nProvider';
import { registerMessages } from '../i18n/messages';
import { MailDeliveryFailuresDocument } from '../gql/graphql';

// The notification kinds are named as My desk names them.
registerMessages(deskMessages);

/** The notification mails to the agency's users that never arrived, with the mail server's last answer. */
export function MailFailures() {
  const t = useT();
  const { data, error } = useQuery(MailDeliveryFailuresDocument, { fetchPolicy: 'cache-and-network' });
  const failures = data?.mailDeliveryFailures ?? [];
  return (
    <Stack component="section" aria-labelledby="mail-failures-title" mt="lg">
      <Title order={2} id="mail-failures-title">
        {t('agencyAdmin.mail.title')}
      </Title>
      <Text>{t('agencyAdmin.mail.intro')}</Text>
      <FailureNotice error={error} />
      {data && failures.length === 0 ? (
        <Text data-testid="mail-failures-none">{t('agencyAdmin.mail.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder data-testid="mail-failures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agencyAdmin.mail.when')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.mail.to')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.mail.kind')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.mail.attempts')}</Table.Th>
                <Table.Th scope="col">{t('agencyAdmin.mail.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {failures.map((failure) => (
                <Table.Tr key={failure.id}>
                  <Table.Td>
                    <When at={failure.failedAt} />
                  </Table.Td>
                  <Table.Td>
                    {failure.recipientName} ({failure.recipientEmail})
                  </Table.Td>
                  <Table.Td>{failure.kind ? t(`notification.${failure.kind}`) : t('agencyAdmin.mail.digest')}</Table.Td>
                  <Table.Td>{failure.attempts}</Table.Td>
                  <Table.Td>{failure.lastError ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
