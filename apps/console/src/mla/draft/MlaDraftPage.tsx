import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Fieldset, Grid, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FailureNotice } from '../../app/FailureNotice';
import { useLocale, useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { useSignedInUser } from '../../session/SessionProvider';
import { LEGAL_BASES, missingElements, RECEIVING_AGENCY_KINDS } from '../domain';
import { CompletenessChecklist } from './CompletenessChecklist';
import { createInputOf, draftContentOf, draftSchema, DraftValues, EMPTY_DRAFT } from './draft-form';
import { MeasuresField } from './MeasuresField';
import { registerMessages } from '../../i18n/messages';
import { mlaMessages } from '../messages';
import { mlaVocabularyMessages } from '../vocabulary';
import { CreateMlaRequestDocument, MlaDirectoryDocument, MlaOwnCasesDocument, TransitionMlaRequestDocument } from '../../gql/graphql';

// This journey's words come with its code.
registerMessages(mlaVocabularyMessages);
registerMessages(mlaMessages);

/** Languages a request is commonly written in (ISO 639-1), named in the user's language. */
const REQUEST_LANGUAGES = ['en', 'de', 'ro', 'ru', 'fr', 'uk', 'it', 'es', 'bg', 'hu', 'pl'];
/** A new request: created (and submitted, when asked) from the form. */
export function MlaDraftPage() {
  const navigate = useNavigate();
  const [create, creating] = useMutation(CreateMlaRequestDocument);
  const [submitStep, submitting] = useMutation(TransitionMlaRequestDocument);
  const save = async (values: DraftValues, andSubmit: boolean) => {
    const created = (await create({ variables: { input: createInputOf(values) } }).catch(() => null))?.data?.createMlaRequest;
    if (!created) return;
    if (andSubmit) {
      await submitStep({ variables: { input: { id: created.id, expectedVersion: created.version, action: 'SUBMIT' } } }).catch(() => null);
    }
    await navigate({ to: '/mla/$requestId', params: { requestId: created.id } });
  };
  return (
    <DraftForm
      headingKey="mla.draft.title"
      initial={EMPTY_DRAFT}
      onSave={save}
      busy={creating.loading || submitting.loading}
      error={creating.error ?? submitting.error}
    />
  );
}

interface DraftFormProps {
  headingKey: MessageKey;
  initial: DraftValues;
  /** When editing a saved draft: its addressee, fixed since it was created. */
  fixedAddressee?: string;
  onSave(values: DraftValues, andSubmit: boolean): Promise<void>;
  busy: boolean;
  error: unknown;
}

/** The drafting form, beside the completeness checklist that follows it as the user types. */
export function DraftForm({ headingKey, initial, fixedAddressee, onSave, busy, error }: DraftFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const user = useSignedInUser();
  const directory = useQuery(MlaDirectoryDocument);
  const cases = useQuery(MlaOwnCasesDocument);
  const [incomplete, setIncomplete] = useState(false);
  const checklistHeading = useRef<HTMLHeadingElement>(null);
  const { register, control, handleSubmit, formState, watch } = useForm<DraftValues>({
    resolver: zodResolver(draftSchema),
    defaultValues: initial,
  });
  // Every value, on every keystroke: the checklist follows the form live.
  const values = watch();
  const missing = missingElements(draftContentOf(values));
  const fieldError = (message?: string) => (message ? t(message as MessageKey) : undefined);

  const languageNames = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const receivers = (directory.data?.agencies ?? []).filter(
    (a) => a.state.code !== user.agency.state.code && RECEIVING_AGENCY_KINDS.includes(a.kind),
  );
  const states = [...new Set(receivers.map((a) => a.state.name))].sort();
  // A saved draft may be in a language not offered by default: it stays choosable.
  const languages = [...new Set([...REQUEST_LANGUAGES, initial.language].filter(Boolean))];
  // The selects take their saved values when they mount, so they wait for their options.
  const ready = (directory.data || directory.error) && (cases.data || cases.error);

  const save = (andSubmit: boolean) =>
    handleSubmit(async (form) => {
      if (andSubmit && missing.length > 0) {
        // Nothing is sent: the checklist says what is missing.
        setIncomplete(true);
        checklistHeading.current?.focus();
        return;
      }
      await onSave(form, andSubmit);
    });

  const treaty = values.legalBasis === 'BILATERAL_TREATY';
  // The selects take their stored values only once their options are there (a draft's case, its addressee).
  if (!directory.data || !cases.data) return <Text role="status">{t('app.loading')}</Text>;
  return (
    <Stack>
      <Title order={1}>{t(headingKey)}</Title>
      {!ready ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <form noValidate onSubmit={save(true)}>
              <Stack>
                <FailureNotice error={error} />
                <Fieldset legend={t('mla.draft.addressee')}>
                  <Stack>
                    {fixedAddressee ? (
                      <TextInput label={t('mla.draft.requestedAgency')} value={fixedAddressee} readOnly />
                    ) : (
                      <NativeSelect
                        label={t('mla.draft.requestedAgency')}
                        required
                        data={[
                          { value: '', label: t('mla.draft.choose') },
                          ...states.map((state) => ({
                            group: state,
                            items: receivers.filter((a) => a.state.name === state).map((a) => ({ value: a.id, label: a.name })),
                          })),
                        ]}
                        error={fieldError(formState.errors.requestedAgencyId?.message)}
                        {...register('requestedAgencyId')}
                      />
                    )}
                    {/* Held by the form's state: the list is read again while the user works and may come back in another order. */}
                    <Controller
                      control={control}
                      name="caseId"
                      render={({ field }) => (
                        <NativeSelect
                          label={t('mla.draft.case')}
                          description={t('mla.draft.caseHint')}
                          data={[
                            { value: '', label: t('mla.draft.noCase') },
                            ...(cases.data?.cases.edges ?? [])
                              .map(({ node }) => ({ value: node.id, label: `${node.nationalReference} · ${node.title}` }))
                              .sort((a, b) => a.label.localeCompare(b.label)),
                          ]}
                          name={field.name}
                          value={field.value ?? ''}
                          onChange={(event) => field.onChange(event.currentTarget.value)}
                          onBlur={field.onBlur}
                          ref={field.ref}
                        />
                      )}
                    />
                  </Stack>
                </Fieldset>
                <Fieldset legend={t('mla.draft.basis')}>
                  <Stack>
                    <NativeSelect
                      label={t('mla.draft.legalBasis')}
                      data={[{ value: '', label: t('mla.draft.choose') }, ...LEGAL_BASES.map((b) => ({ value: b, label: t(`mla.basis.${b}`) }))]}
                      {...register('legalBasis')}
                    />
                    {treaty && <TextInput label={t('mla.draft.treatyName')} description={t('mla.draft.treatyNameHint')} {...register('treatyName')} />}
                  </Stack>
                </Fieldset>
                <MeasuresField control={control} register={register} />
                <Fieldset legend={t('mla.draft.substance')}>
                  <Stack>
                    <Textarea autosize minRows={3} label={t('mla.draft.factsSummary')} {...register('factsSummary')} />
                    <Textarea autosize minRows={2} label={t('mla.draft.offences')} description={t('mla.draft.offencesHint')} {...register('offences')} />
                    <Textarea autosize minRows={2} label={t('mla.draft.personsConcerned')} {...register('personsConcerned')} />
                    <NativeSelect
                      label={t('mla.draft.language')}
                      data={[{ value: '', label: t('mla.draft.choose') }, ...languages.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))]}
                      {...register('language')}
                    />
                  </Stack>
                </Fieldset>
                <Fieldset legend={t('mla.draft.handling')}>
                  <Stack>
                    <Checkbox label={t('mla.draft.urgent')} {...register('urgent')} />
                    {values.urgent && <Textarea autosize minRows={2} label={t('mla.draft.urgencyReason')} {...register('urgencyReason')} />}
                    <Checkbox label={t('mla.draft.confidential')} {...register('confidential')} />
                  </Stack>
                </Fieldset>
                {incomplete && missing.length > 0 && (
                  <Alert color="red" role="alert">
                    {t('mla.draft.completeFirst')}
                  </Alert>
                )}
                <Group>
                  <Button type="submit" loading={busy}>
                    {t('mla.action.SUBMIT')}
                  </Button>
                  <Button variant="default" onClick={() => void save(false)()} disabled={busy}>
                    {t('mla.draft.saveDraft')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            {/* It stays in view below the header while the user works down the form. */}
            <div style={{ position: 'sticky', insetBlockStart: 88 }}>
              <CompletenessChecklist ref={checklistHeading} missing={missing} treaty={treaty} urgent={values.urgent} />
            </div>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
