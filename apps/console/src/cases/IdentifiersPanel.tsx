import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { CaseQuery, IdentifierRole, IdentifierType } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { AddIdentifierDocument, CaseDocument, RemoveIdentifierDocument } from '../gql/graphql';

const TYPES: IdentifierType[] = ['PHONE', 'IBAN', 'BANK_ACCOUNT', 'PASSPORT', 'NATIONAL_ID', 'VEHICLE', 'COMPANY_REGISTRATION', 'CRYPTO_WALLET', 'EMAIL'];
const ROLES: IdentifierRole[] = ['SUSPECT', 'VICTIM', 'WITNESS', 'OTHER'];

type Identifier = NonNullable<CaseQuery['case']>['identifiers'][number];

/** The case's identifiers, normalised by the server; a value it cannot read is said next to the field. */
export function IdentifiersPanel({ caseId, identifiers }: { caseId: string; identifiers: Identifier[] }) {
  const t = useT();
  const refetch = { refetchQueries: [CaseDocument] };
  const [add, adding] = useMutation(AddIdentifierDocument, refetch);
  const [remove, removing] = useMutation(RemoveIdentifierDocument, refetch);
  const [type, setType] = useState<IdentifierType>('PHONE');
  const [role, setRole] = useState<IdentifierRole>('SUSPECT');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const failure = adding.error ? describeFailure(adding.error) : null;
  const valueProblem = problemOf(failure, 'value');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await add({ variables: { input: { caseId, type, role, value, note: note || null } } }).catch(() => null);
    if (done?.data) {
      setValue('');
      setNote('');
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="identifiers-title">
      <Stack>
        <Title order={2} size="h3" id="identifiers-title">
          {t('identifiers.title')}
        </Title>
        <Text size="sm">{t('identifiers.intro')}</Text>
        {identifiers.length === 0 ? (
          <Text>{t('identifiers.empty')}</Text>
        ) : (
          <Table data-testid="identifiers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('identifiers.type')}</Table.Th>
                <Table.Th scope="col">{t('identifiers.value')}</Table.Th>
                <Table.Th scope="col">{t('identifiers.role')}</Table.Th>
                <Table.Th scope="col">{t('identifiers.note')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('identifiers.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {identifiers.map((identifier) => (
                <Table.Tr key={identifier.id}>
                  <Table.Td>{t(`identifierType.${identifier.type}`)}</Table.Td>
                  <Table.Td>
                    <code>{identifier.value}</code>
                  </Table.Td>
                  <Table.Td>{t(`identifierRole.${identifier.role}`)}</Table.Td>
                  <Table.Td>{identifier.note}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={removing.loading}
                      onClick={() => void remove({ variables: { id: identifier.id } }).catch(() => undefined)}
                    >
                      {t('identifiers.remove', { value: identifier.value })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <FailureNotice error={removing.error} />
        <form onSubmit={(event) => void submit(event)}>
          <Group align="flex-start">
            <NativeSelect
              label={t('identifiers.type')}
              value={type}
              data={TYPES.map((v) => ({ value: v, label: t(`identifierType.${v}`) }))}
              onChange={(e) => setType(e.currentTarget.value as IdentifierType)}
            />
            <TextInput
              label={t('identifiers.value')}
              required
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={valueProblem ? t('caseForm.serverProblem', { problem: valueProblem }) : undefined}
            />
            <NativeSelect
              label={t('identifiers.role')}
              value={role}
              data={ROLES.map((v) => ({ value: v, label: t(`identifierRole.${v}`) }))}
              onChange={(e) => setRole(e.currentTarget.value as IdentifierRole)}
            />
            <TextInput label={t('identifiers.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Button type="submit" mt={24} loading={adding.loading}>
              {t('identifiers.add')}
            </Button>
          </Group>
        </form>
        {failure && !valueProblem && <FailureNotice error={adding.error} />}
      </Stack>
    </Card>
  );
}
