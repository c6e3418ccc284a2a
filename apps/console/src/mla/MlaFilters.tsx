import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Group, NativeSelect, SimpleGrid } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';

const mlaListRoute = getRouteApi('/mla');
import { MLA_STATUSES, MlaListSearch, validateMlaSearch } from './search';
import { MlaDirectoryDocument } from '../gql/graphql';

/** The list's filters; each change writes the address (and goes back to the first page). */
export function MlaFilters() {
  const t = useT();
  const user = useSignedInUser();
  const search = mlaListRoute.useSearch();
  const navigate = useNavigate({ from: '/mla' });
  const { data } = useQuery(MlaDirectoryDocument);
  const otherStates = (data?.states ?? []).filter((s) => s.code !== user.agency.state.code);
  const change = (next: Partial<MlaListSearch>) => void navigate({ search: { ...search, ...next, after: undefined } });

  return (
    <Fieldset legend={t('mla.filter.legend')}>
      <Group align="flex-start" gap="lg">
        <NativeSelect
          label={t('mla.filter.direction')}
          value={search.direction ?? ''}
          data={[
            { value: '', label: t('mla.filter.bothDirections') },
            { value: 'INCOMING', label: t('mla.direction.INCOMING') },
            { value: 'OUTGOING', label: t('mla.direction.OUTGOING') },
          ]}
          onChange={(e) => change({ direction: validateMlaSearch({ direction: e.currentTarget.value }).direction })}
          data-testid="filter-direction"
        />
        <NativeSelect
          label={t('mla.filter.state')}
          value={search.state ?? ''}
          data={[{ value: '', label: t('mla.filter.anyState') }, ...otherStates.map((s) => ({ value: s.code, label: s.name }))]}
          onChange={(e) => change({ state: e.currentTarget.value || undefined })}
          data-testid="filter-state"
        />
        <Checkbox
          mt="xl"
          label={t('mla.filter.overdue')}
          checked={search.overdue ?? false}
          onChange={(e) => change({ overdue: e.currentTarget.checked || undefined })}
        />
      </Group>
      <Checkbox.Group
        mt="md"
        label={t('mla.filter.statuses')}
        value={search.statuses ?? []}
        onChange={(values) => {
          const statuses = MLA_STATUSES.filter((s) => values.includes(s));
          change({ statuses: statuses.length ? statuses : undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="xs">
          {MLA_STATUSES.map((status) => (
            <Checkbox key={status} value={status} label={t(`mla.status.${status}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Fieldset>
  );
}
