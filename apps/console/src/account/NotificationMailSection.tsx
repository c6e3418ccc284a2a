import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { deskMessages } from '../desk/messages';
import type { MailDelivery, MailLanguage } from '../gql/graphql';
import { LOCALE_NAMES } from '../i18n/catalogue';
import { useT } from '../i18n/I18nProvider';
import { registerMessages } from '../i18n/messages';
import { MyNotificationPreferencesDocument, SetMailLanguageDocument, SetNotificationPreferenceDocument } from '../gql/graphql';

// The kinds of notification are named as the desk names them.
registerMessages(deskMessages);

const DELIVERIES: readonly MailDelivery[] = ['AT_ONCE', 'DAILY_DIGEST', 'NEVER'];
const LANGUAGES: readonly MailLanguage[] = ['EN', 'DE', 'RO', 'RU'];
const localeOf = (language: MailLanguage) => language.toLowerCase() as Lowercase<MailLanguage>;

/** Notifications by e-mail: the mails' language, and per kind of notification at once, in the daily digest or never. */
export function NotificationMailSection() {
  const t = useT();
  const { data, error } = useQuery(MyNotificationPreferencesDocument, { fetchPolicy: 'network-only' });
  const refetch = { refetchQueries: [MyNotificationPreferencesDocument], awaitRefetchQueries: true };
  const [setPreference, setting] = useMutation(SetNotificationPreferenceDocument, refetch);
  const [setLanguage, settingLanguage] = useMutation(SetMailLanguageDocument, refetch);
  const [saved, setSaved] = useState(false);
  const done = (result: { data?: unknown } | null) => setSaved(!!result?.data);

  if (!data) return <FailureNotice error={error} />;
  const { language, kinds } = data.myNotificationPreferences;
  return (
    <Stack>
      <Text>{t('account.mail.intro')}</Text>
      {saved && <Alert role="status">{t('account.mail.saved')}</Alert>}
      <FailureNotice error={setting.error ?? settingLanguage.error} />
      <NativeSelect
        label={t('account.mail.language')}
        value={language}
        data={LANGUAGES.map((value) => ({ value, label: LOCALE_NAMES[localeOf(value)] }))}
        onChange={(event) => {
          const next = LANGUAGES.find((value) => value === event.currentTarget.value);
          if (next) void setLanguage({ variables: { language: next } }).then(done, () => setSaved(false));
        }}
        maw={320}
        data-testid="mail-language"
      />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.mail.kind')}</Table.Th>
            <Table.Th>{t('account.mail.delivery')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kinds.map(({ kind, delivery, chosen }) => (
            <Table.Tr key={kind}>
              <Table.Td id={`mail-kind-${kind}`}>{t(`notification.${kind}`)}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-labelledby={`mail-kind-${kind}`}
                  value={delivery}
                  description={chosen ? undefined : t('account.mail.default')}
                  data={DELIVERIES.map((value) => ({ value, label: t(`account.mail.${value}`) }))}
                  onChange={(event) => {
                    const next = DELIVERIES.find((value) => value === event.currentTarget.value);
                    if (next) void setPreference({ variables: { kind, delivery: next } }).then(done, () => setSaved(false));
                  }}
                  data-testid={`mail-${kind}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
