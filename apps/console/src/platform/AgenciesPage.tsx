import './register';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { FailureNotice } from '../app/FailureNotice';
import type { AgencyKind, PlatformDirectoryQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { AGENCY_KINDS, CommandFailure, REFRESH_DIRECTORY, usePlatformDirectory, useStateName } from './directory';
import { FirstAdminForm } from './FirstAdminForm';
import { CreateAgencyDocument } from '../gql/graphql';

type Agency = PlatformDirectoryQuery['platformAgencies'][number];

const agencySchema = z.object({
  stateCode: z.string().check(z.regex(/^[A-Z]{2}$/)),
  name: z.string().check(z.trim(), z.minLength(2, 'platform.agency.nameLength'), z.maxLength(200, 'platform.agency.nameLength')),
  kind: z.enum(AGENCY_KINDS as [AgencyKind, ...AgencyKind[]]),
});
type AgencyValues = z.infer<typeof agencySchema>;

function CreateAgencyForm({ states }: { states: PlatformDirectoryQuery['states'] }) {
  const t = useT();
  const stateName = useStateName();
  const [create, creating] = useMutation(CreateAgencyDocument, REFRESH_DIRECTORY);
  const [created, setCreated] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, getValues } = useForm<AgencyValues>({
    resolver: zodResolver(agencySchema),
    defaultValues: { stateCode: states[0]?.code ?? '', name: '', kind: 'POLICE' },
  });
  const submit = handleSubmit(async (input) => {
    setCreated(null);
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setCreated(result.data.createAgency.name);
      reset({ ...getValues(), name: '' });
    }
  });
  const nameError = formState.errors.name?.message;
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        {created && <Alert role="status">{t('platform.agency.created', { name: created })}</Alert>}
        <CommandFailure error={creating.error} conflict={() => t('platform.agency.duplicate')} />
        <NativeSelect
          label={t('platform.agency.state')}
          data={states.map((state) => ({ value: state.code, label: `${stateName(state)} (${state.code})` }))}
          {...register('stateCode')}
        />
        <TextInput label={t('platform.agency.name')} required error={nameError ? t(nameError as MessageKey) : undefined} {...register('name')} />
        <NativeSelect
          label={t('platform.agency.kind')}
          data={AGENCY_KINDS.map((kind) => ({ value: kind, label: t(`platform.kind.${kind}`) }))}
          {...register('kind')}
        />
        <Button type="submit" loading={creating.loading} w="fit-content">
          {t('platform.agency.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function AgencyRow({ agency, onFirstAdmin }: { agency: Agency; onFirstAdmin(agency: Agency): void }) {
  const t = useT();
  const stateName = useStateName();
  return (
    <Table.Tr>
      <Table.Td>{stateName(agency.state)}</Table.Td>
      <Table.Td>{agency.name}</Table.Td>
      <Table.Td>{t(`platform.kind.${agency.kind}`)}</Table.Td>
      <Table.Td>
        {agency.activeAdministrators > 0 ? (
          agency.activeAdministrators
        ) : (
          <Stack gap={4} align="flex-start">
            <Badge color="yellow.3" autoContrast>
              {t('platform.agencies.noAdministrator')}
            </Badge>
            <Button size="xs" variant="default" aria-label={t('platform.agencies.firstAdminOf', { agency: agency.name })} onClick={() => onFirstAdmin(agency)}>
              {t('platform.agencies.firstAdmin')}
            </Button>
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Every agency of the platform with its administrators' count; adds agencies and an agency's first administrator. */
export function AgenciesPage() {
  const t = useT();
  const { data, error } = usePlatformDirectory();
  const [firstAdminOf, setFirstAdminOf] = useState<Agency | null>(null);
  return (
    <Stack>
      <Title order={1}>{t('platform.agencies.title')}</Title>
      <Text>{t('platform.agencies.intro')}</Text>
      <FailureNotice error={error} />
      {!data && !error && <Text role="status">{t('app.loading')}</Text>}
      {firstAdminOf && <FirstAdminForm key={firstAdminOf.id} agency={firstAdminOf} onClose={() => setFirstAdminOf(null)} />}
      {data && (
        <>
          <Card withBorder component="section" aria-labelledby="create-agency-title">
            <Stack>
              <Title order={2} size="h3" id="create-agency-title">
                {t('platform.agency.create')}
              </Title>
              <CreateAgencyForm states={data.states} />
            </Stack>
          </Card>
          <Table striped withTableBorder data-testid="agencies-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('platform.agencies.state')}</Table.Th>
                <Table.Th scope="col">{t('platform.agencies.name')}</Table.Th>
                <Table.Th scope="col">{t('platform.agencies.kind')}</Table.Th>
                <Table.Th scope="col">{t('platform.agencies.administrators')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.platformAgencies.map((agency) => (
                <AgencyRow key={agency.id} agency={agency} onFirstAdmin={setFirstAdminOf} />
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
