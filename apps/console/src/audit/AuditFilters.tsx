import { Autocomplete, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { AUDIT_OUTCOMES, AuditFilterSearch, validateAuditSearch } from './search';

// Suggestions only: any action or target type the trail holds can be typed.
const ACTIONS = [
  'auth.sign-in',
  'case.read',
  'case.list',
  'case.share',
  'case-share.read',
  'mla.read',
  'mla.list',
  'handoff.read',
  'handoff.list',
  'handoff.reveal-identity',
  'audit.read',
  'audit.export',
];
const TARGET_TYPES = ['case', 'case-share', 'case-match', 'mla-request', 'handoff', 'victim-identity', 'user', 'agency', 'session', 'audit-trail'];

/** The trail's filters: typed in, then applied together (the address bar keeps them). */
export function AuditFilters({ search }: { search: AuditFilterSearch }) {
  const t = useT();
  const navigate = useNavigate({ from: '/audit' });
  const [draft, setDraft] = useState<Record<keyof AuditFilterSearch, string>>({
    actorUserId: search.actorUserId ?? '',
    action: search.action ?? '',
    targetType: search.targetType ?? '',
    targetId: search.targetId ?? '',
    outcome: search.outcome ?? '',
    from: search.from ?? '',
    to: search.to ?? '',
    withPurpose: search.withPurpose ? 'true' : '',
  });
  const set = (key: keyof AuditFilterSearch) => (value: string) => setDraft((current) => ({ ...current, [key]: value.trim() }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: validateAuditSearch(draft) });
  };
  const clear = () => {
    setDraft({ actorUserId: '', action: '', targetType: '', targetId: '', outcome: '', from: '', to: '', withPurpose: '' });
    void navigate({ search: {} });
  };
  return (
    <form onSubmit={apply} data-testid="audit-filters">
      <Fieldset legend={t('audit.filter.legend')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Autocomplete label={t('audit.filter.action')} data={ACTIONS} value={draft.action} onChange={set('action')} />
          <NativeSelect
            label={t('audit.filter.outcome')}
            value={draft.outcome}
            data={[{ value: '', label: t('audit.filter.anyOutcome') }, ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }))]}
            onChange={(e) => set('outcome')(e.currentTarget.value)}
          />
          <TextInput type="date" label={t('audit.filter.from')} value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput type="date" label={t('audit.filter.to')} value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} />
          <TextInput
            label={t('audit.filter.actor')}
            description={t('audit.filter.actorHint')}
            value={draft.actorUserId}
            onChange={(e) => set('actorUserId')(e.currentTarget.value)}
          />
          <Autocomplete label={t('audit.filter.targetType')} data={TARGET_TYPES} value={draft.targetType} onChange={set('targetType')} />
          <TextInput label={t('audit.filter.targetId')} value={draft.targetId} onChange={(e) => set('targetId')(e.currentTarget.value)} />
          <Checkbox
            mt="xl"
            label={t('audit.filter.withPurpose')}
            checked={draft.withPurpose === 'true'}
            onChange={(e) => set('withPurpose')(e.currentTarget.checked ? 'true' : '')}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('audit.filter.apply')}</Button>
          <Button variant="default" onClick={clear}>
            {t('audit.filter.clear')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
