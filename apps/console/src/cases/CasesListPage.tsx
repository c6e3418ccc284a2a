import './register';
import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FormEvent } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import { AnchorLink, ButtonLink } from '../app/links';
import { CASE_STATUSES, CasesSearch, FORMS, validateCasesSearch } from './search';
import { CasesDocument } from '../gql/graphql';

const route = getRouteApi('/cases');

/** The filters, applied together; they write the address (and go back to the first page). */
function CaseFilters() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/cases' });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Record<string, unknown> = Object.fromEntries(form.entries());
    void navigate({ search: validateCasesSearch(next) satisfies CasesSearch });
  };
  return (
    <form onSubmit={apply}>
      <Fieldset legend={t('cases.filter.legend')}>
        <Group align="flex-end">
          <NativeSelect
            name="status"
            label={t('cases.filter.status')}
            defaultValue={search.status ?? ''}
            data={[{ value: '', label: t('cases.filter.anyStatus') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))]}
          />
          <NativeSelect
            name="form"
            label={t('cases.filter.form')}
            defaultValue={search.form ?? ''}
            data={[{ value: '', label: t('cases.filter.anyForm') }, ...FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))]}
          />
          <TextInput name="text" label={t('cases.filter.text')} defaultValue={search.text ?? ''} />
          <TextInput name="updatedSince" type="date" label={t('cases.filter.updatedSince')} defaultValue={search.updatedSince ?? ''} />
          <Button type="submit" variant="default">
            {t('cases.filter.apply')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}

export function CasesListPage() {
  const t = useT();
  const search = route.useSearch();
  const { data, error } = useQuery(CasesDocument, {
    variables: {
      first: 20,
      after: search.after ?? null,
      filter: {
        status: search.status ? [search.status] : null,
        formOfExploitation: search.form ?? null,
        text: search.text ?? null,
        updatedSince: search.updatedSince ? new Date(`${search.updatedSince}T00:00:00`).toISOString() : null,
      },
    },
  });
  const rows = data?.cases.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.cases.pageInfo;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('cases.title')}</Title>
        <ButtonLink to="/cases/new">{t('cases.new')}</ButtonLink>
      </Group>
      <Text>{t('cases.intro')}</Text>
      <CaseFilters />
      <FailureNotice error={error} />
      {data && rows.length === 0 && <Text>{t('cases.empty')}</Text>}
      {rows.length > 0 && (
        <Table striped data-testid="cases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.col.reference')}</Table.Th>
              <Table.Th scope="col">{t('cases.col.title')}</Table.Th>
              <Table.Th scope="col">{t('cases.col.status')}</Table.Th>
              <Table.Th scope="col">{t('cases.col.forms')}</Table.Th>
              <Table.Th scope="col">{t('cases.col.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <AnchorLink to="/cases/$caseId" params={{ caseId: row.id }}>
                    {row.nationalReference}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{row.title}</Table.Td>
                <Table.Td>{t(`caseStatus.${row.status}`)}</Table.Td>
                <Table.Td>{row.formsOfExploitation.map((f) => t(`form.${f}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <When at={row.updatedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {search.after && (
          <ButtonLink to="/cases" search={{ ...search, after: undefined }} variant="default">
            {t('cases.first')}
          </ButtonLink>
        )}
        {pageInfo?.hasNextPage && pageInfo.endCursor && (
          <ButtonLink to="/cases" search={{ ...search, after: pageInfo.endCursor }} variant="default">
            {t('cases.next')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
