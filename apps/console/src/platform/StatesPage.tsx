import './register';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { CreateStateMutation } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { CommandFailure, REFRESH_DIRECTORY, usePlatformDirectory, useStateName } from './directory';
import { CreateStateDocument } from '../gql/graphql';

const stateSchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{2}$/, 'platform.state.codeInvalid')),
  name: z.string().check(z.refine((name) => name === '' || (name.length >= 2 && name.length <= 100), 'platform.state.nameLength')),
});
type StateValues = z.infer<typeof stateSchema>;

function CreateStateForm() {
  const t = useT();
  const [create, creating] = useMutation(CreateStateDocument, REFRESH_DIRECTORY);
  const [created, setCreated] = useState<CreateStateMutation['createState'] | null>(null);
  const { register, handleSubmit, formState, reset, getValues } = useForm<StateValues>({
    resolver: zodResolver(stateSchema),
    defaultValues: { code: '', name: '' },
  });
  const failure = creating.error ? describeFailure(creating.error) : null;
  const own = (message?: string) => (message ? t(message as MessageKey) : undefined);
  const submit = handleSubmit(async ({ code, name }) => {
    setCreated(null);
    const result = await create({ variables: { input: { code, name: name || null } } }).catch(() => null);
    if (result?.data) {
      setCreated(result.data.createState);
      reset();
    }
  });
  const trimmed = { setValueAs: (value: string) => value.trim() };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        {created && <Alert role="status">{t('platform.state.created', { name: created.name, code: created.code })}</Alert>}
        <CommandFailure error={creating.error} conflict={() => t('platform.state.duplicate', { code: getValues('code') })} />
        <TextInput
          label={t('platform.state.code')}
          description={t('platform.state.codeHint')}
          required
          maxLength={2}
          autoComplete="off"
          error={own(formState.errors.code?.message) ?? (problemOf(failure, 'code') ? t('platform.state.codeUnknown') : undefined)}
          {...register('code', { setValueAs: (value: string) => value.trim().toUpperCase() })}
        />
        <TextInput
          label={t('platform.state.name')}
          description={t('platform.state.nameHint')}
          error={own(formState.errors.name?.message)}
          {...register('name', trimmed)}
        />
        <Button type="submit" loading={creating.loading} w="fit-content">
          {t('platform.state.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The platform's States with how many agencies each has, and the form that adds one. */
export function StatesPage() {
  const t = useT();
  const stateName = useStateName();
  const { data, error } = usePlatformDirectory();
  const agencies = new Map<string, number>();
  data?.platformAgencies.forEach((agency) => agencies.set(agency.state.code, (agencies.get(agency.state.code) ?? 0) + 1));
  return (
    <Stack>
      <Title order={1}>{t('platform.states.title')}</Title>
      <Text>{t('platform.states.intro')}</Text>
      <FailureNotice error={error} />
      <Card withBorder component="section" aria-labelledby="create-state-title">
        <Stack>
          <Title order={2} size="h3" id="create-state-title">
            {t('platform.state.create')}
          </Title>
          <CreateStateForm />
        </Stack>
      </Card>
      {!data && !error && <Text role="status">{t('app.loading')}</Text>}
      {data && (
        <Table striped withTableBorder data-testid="states-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('platform.states.code')}</Table.Th>
              <Table.Th scope="col">{t('platform.states.name')}</Table.Th>
              <Table.Th scope="col">{t('platform.states.agencies')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.states.map((state) => (
              <Table.Tr key={state.code}>
                <Table.Td>{state.code}</Table.Td>
                <Table.Td>{stateName(state)}</Table.Td>
                <Table.Td>{agencies.get(state.code) ?? 0}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
