import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { HandoffFieldsFragment, VictimNeed } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { LogHandoffServiceDocument } from '../gql/graphql';

/** The services delivered for the handoff's needs, and a form to record one (by either coordinator, once accepted). */
export function ServicesPanel({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const needs = (handoff.needs ?? []).map((n) => n.need);
  const [need, setNeed] = useState<VictimNeed | ''>('');
  const [note, setNote] = useState('');
  const [log, { error, loading }] = useMutation(LogHandoffServiceDocument);
  const services = handoff.services ?? [];
  const open = handoff.status === 'ACCEPTED' || handoff.status === 'IN_PROGRESS';
  const submit = async () => {
    const chosen = need || needs[0];
    if (!chosen || !note.trim()) return;
    const result = await log({
      variables: { input: { handoffId: handoff.id, need: chosen, note: note.trim(), deliveredAt: new Date().toISOString() } },
    }).catch(() => null);
    if (result?.data) setNote('');
  };
  return (
    <Card withBorder component="section" aria-labelledby="services-title">
      <Stack>
        <Title order={2} size="h3" id="services-title">
          {t('handoffs.services.title')}
        </Title>
        {services.length === 0 ? (
          <Text>{t('handoffs.services.empty')}</Text>
        ) : (
          <Table data-testid="services">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('handoffs.services.date')}</Table.Th>
                <Table.Th scope="col">{t('handoffs.services.need')}</Table.Th>
                <Table.Th scope="col">{t('handoffs.services.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Td>
                    <When at={service.deliveredAt} relative={false} />
                  </Table.Td>
                  <Table.Td>{t(`handoffs.need.${service.need}`)}</Table.Td>
                  <Table.Td>{service.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && needs.length > 0 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <FailureNotice error={error} />
            <Group align="flex-end">
              <NativeSelect
                label={t('handoffs.services.need')}
                value={need || needs[0]}
                data={needs.map((n) => ({ value: n, label: t(`handoffs.need.${n}`) }))}
                onChange={(e) => setNeed(needs.find((n) => n === e.currentTarget.value) ?? '')}
              />
              <TextInput label={t('handoffs.services.note')} required value={note} onChange={(e) => setNote(e.currentTarget.value)} />
              <Button type="submit" loading={loading}>
                {t('handoffs.services.log')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Card>
  );
}
