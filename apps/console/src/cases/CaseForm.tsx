import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { CaseStatus, FormOfExploitation } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { CASE_STATUSES, FORMS } from './search';

const caseSchema = z.object({
  nationalReference: z.string().check(z.trim(), z.minLength(1, 'caseForm.required'), z.maxLength(100)),
  title: z.string().check(z.trim(), z.minLength(1, 'caseForm.required'), z.maxLength(300)),
  status: z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]]),
  formsOfExploitation: z.array(z.enum(FORMS as [FormOfExploitation, ...FormOfExploitation[]])).check(z.minLength(1, 'caseForm.formsRequired')),
  childVictims: z.boolean(),
  organisedCrimeGroup: z.boolean(),
  financialInvestigation: z.boolean(),
});
export type CaseValues = z.infer<typeof caseSchema>;

export const EMPTY_CASE: CaseValues = {
  nationalReference: '',
  title: '',
  status: 'OPEN',
  formsOfExploitation: [],
  childVictims: false,
  organisedCrimeGroup: false,
  financialInvestigation: false,
};

/**
 * A case's own fields, for creating and editing. What the server refuses is said next to
 * its field; any other refusal (a stale version, say) above the form.
 */
export function CaseForm({
  initial,
  error,
  onSubmit,
  onCancel,
}: {
  initial: CaseValues;
  error: unknown;
  onSubmit(values: CaseValues): Promise<void>;
  onCancel?(): void;
}) {
  const t = useT();
  const { register, handleSubmit, control, formState } = useForm<CaseValues>({ resolver: zodResolver(caseSchema), defaultValues: initial });
  const failure = error ? describeFailure(error) : null;
  const problem = (field: keyof CaseValues, own?: string) => {
    if (own) return t(own as MessageKey);
    const server = problemOf(failure, field);
    return server ? t('caseForm.serverProblem', { problem: server }) : undefined;
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack>
        <FailureNotice error={error} />
        <TextInput label={t('caseForm.reference')} required error={problem('nationalReference', formState.errors.nationalReference?.message)} {...register('nationalReference')} />
        <TextInput label={t('caseForm.title')} required error={problem('title', formState.errors.title?.message)} {...register('title')} />
        <NativeSelect label={t('caseForm.status')} data={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))} {...register('status')} />
        <Controller
          control={control}
          name="formsOfExploitation"
          render={({ field }) => (
            <Checkbox.Group
              label={t('caseForm.forms')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={problem('formsOfExploitation', formState.errors.formsOfExploitation?.message)}
            >
              <Group mt="xs">
                {FORMS.map((f) => (
                  <Checkbox key={f} value={f} label={t(`form.${f}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <Group>
          <Checkbox label={t('caseForm.childVictims')} {...register('childVictims')} />
          <Checkbox label={t('caseForm.ocg')} {...register('organisedCrimeGroup')} />
          <Checkbox label={t('caseForm.financial')} {...register('financialInvestigation')} />
        </Group>
        <Group>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('caseForm.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('caseForm.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
