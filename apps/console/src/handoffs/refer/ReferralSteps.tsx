import { Alert, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import type { SupportAgenciesQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { FORMS } from '../../cases/search';
import { BASES, NEEDS, ReferralValues, SCOPES } from './referral-form';

function useFieldError() {
  const t = useT();
  const { formState } = useFormContext<ReferralValues>();
  return (field: keyof ReferralValues) => {
    const message = formState.errors[field]?.message;
    return message ? t(message as MessageKey) : undefined;
  };
}

/** Who receives the victim, who the victim is (sealed at rest, revealed only with a stated purpose) and the case facts. */
export function VictimStep({ agencies }: { agencies: SupportAgenciesQuery['agencies'] }) {
  const t = useT();
  const { register } = useFormContext<ReferralValues>();
  const error = useFieldError();
  return (
    <Stack>
      <NativeSelect
        label={t('refer.receivingAgency')}
        required
        data={[{ value: '', label: t('refer.chooseAgency') }, ...agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.state.name})` }))]}
        error={error('receivingAgencyId')}
        {...register('receivingAgencyId')}
      />
      <Text size="sm">{t('refer.identitySealed')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('refer.givenNames')} required error={error('givenNames')} {...register('givenNames')} />
        <TextInput label={t('refer.familyName')} required error={error('familyName')} {...register('familyName')} />
        <TextInput label={t('refer.dateOfBirth')} description={t('refer.dayFormat')} required error={error('dateOfBirth')} {...register('dateOfBirth')} />
        <TextInput label={t('refer.nationality')} description={t('refer.nationalityHint')} required error={error('nationality')} {...register('nationality')} />
        <TextInput label={t('refer.languages')} description={t('refer.languagesHint')} required error={error('languages')} {...register('languages')} />
        <TextInput label={t('refer.contact')} error={error('contact')} {...register('contact')} />
        <NativeSelect label={t('handoffs.list.form')} data={FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))} {...register('exploitationForm')} />
        <TextInput label={t('refer.identifiedAt')} description={t('refer.identifiedHint')} required error={error('identifiedAt')} {...register('identifiedAt')} />
        <TextInput label={t('handoffs.fact.case')} description={t('refer.caseHint')} {...register('linkedCaseReference')} />
      </SimpleGrid>
      <Group>
        <Checkbox label={t('handoffs.fact.minor')} {...register('minor')} />
        <Checkbox label={t('handoffs.urgent')} {...register('urgent')} />
        <Checkbox label={t('handoffs.fact.nonPunishment')} {...register('nonPunishment')} />
      </Group>
    </Stack>
  );
}

/** The victim's needs, each with what the receiving service should know. */
export function NeedsStep() {
  const t = useT();
  const { control, register, watch } = useFormContext<ReferralValues>();
  const error = useFieldError();
  const chosen = watch('needs');
  return (
    <Stack>
      <Controller
        control={control}
        name="needs"
        render={({ field }) => (
          <Checkbox.Group label={t('handoffs.fact.needs')} required value={field.value} onChange={(values) => field.onChange(NEEDS.filter((n) => values.includes(n)))} error={error('needs')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {NEEDS.map((need) => (
                <Checkbox key={need} value={need} label={t(`handoffs.need.${need}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      {chosen.map((need) => (
        <TextInput key={need} label={t('refer.needNote', { need: t(`handoffs.need.${need}`) })} required {...register(`needNotes.${need}`)} />
      ))}
    </Stack>
  );
}

/** The informed consent, recorded before anything is sent; the form says why it cannot be skipped. */
export function ConsentStep() {
  const t = useT();
  const { register, watch } = useFormContext<ReferralValues>();
  const error = useFieldError();
  const minor = watch('minor');
  return (
    <Stack>
      <Alert color="blue">{t('refer.consentWhy')}</Alert>
      <NativeSelect
        label={t('handoffs.consent.scopeLabel')}
        data={SCOPES.map((s) => ({ value: s, label: t(`handoffs.consent.scope.${s}`) }))}
        {...register('consentScope')}
      />
      <NativeSelect
        label={t('handoffs.consent.basisLabel')}
        description={t(minor ? 'refer.basisMinor' : 'refer.basisAdultHint')}
        data={BASES.map((b) => ({ value: b, label: t(`handoffs.consent.basis.${b}`) }))}
        error={error('consentBasis')}
        {...register('consentBasis')}
      />
      <TextInput label={t('refer.consentGivenAt')} description={t('refer.dayFormat')} required error={error('consentGivenAt')} {...register('consentGivenAt')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('refer.consentExplainedBy')}
          description={t('refer.consentExplainedByHint')}
          required
          error={error('consentExplainedBy')}
          {...register('consentExplainedBy')}
        />
        <TextInput
          label={t('refer.consentLanguage')}
          description={t('refer.consentLanguageHint')}
          required
          error={error('consentLanguage')}
          {...register('consentLanguage')}
        />
      </SimpleGrid>
      <Checkbox label={t('refer.consentConfirm')} error={error('consentConfirmed')} {...register('consentConfirmed')} />
    </Stack>
  );
}

/** What will be sent, to read once more (the identity stays sealed and is not repeated here). */
export function ReviewStep({ agencies }: { agencies: SupportAgenciesQuery['agencies'] }) {
  const t = useT();
  const { getValues } = useFormContext<ReferralValues>();
  const v = getValues();
  const agency = agencies.find((a) => a.id === v.receivingAgencyId);
  return (
    <Stack gap="xs" data-testid="referral-review">
      <Text>{t('refer.reviewIntro')}</Text>
      <Text>
        <b>{t('refer.receivingAgency')}:</b> {agency ? `${agency.name} (${agency.state.name})` : '—'}
      </Text>
      <Text>
        <b>{t('handoffs.fact.needs')}:</b> {v.needs.map((n) => t(`handoffs.need.${n}`)).join(', ')}
      </Text>
      <Text>
        <b>{t('handoffs.consent.title')}:</b> {t(`handoffs.consent.scope.${v.consentScope}`)} — {t(`handoffs.consent.basis.${v.consentBasis}`)}
      </Text>
      <Text>
        <b>{t('handoffs.consent.explainedBy')}:</b> {v.consentExplainedBy} ({v.consentLanguage})
      </Text>
    </Stack>
  );
}
