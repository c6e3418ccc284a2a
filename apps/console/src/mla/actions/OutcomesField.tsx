import { Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormRegister, UseFormWatch } from 'react-hook-form';
import type { MlaMeasureOutcome, MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { groundsFor } from '../domain';
import type { ActionProblems, ActionValues } from './action-form';

const OUTCOMES: readonly MlaMeasureOutcome[] = ['PENDING', 'EXECUTED', 'REFUSED', 'NOT_POSSIBLE'];

/** The outcome of each pending measure; a refused one needs a ground of the basis (a refusal in part). */
export function OutcomesField({
  request,
  register,
  watch,
  problems,
}: {
  request: MlaRequestFieldsFragment;
  register: UseFormRegister<ActionValues>;
  watch: UseFormWatch<ActionValues>;
  problems: ActionProblems;
}) {
  const t = useT();
  const outcomes = watch('outcomes');
  const measures = new Map(request.measures.map((m) => [m.id, m]));
  const problem = (field: string) => {
    const key = problems[field];
    return key ? t(key) : undefined;
  };
  return (
    <Stack>
      {problems.outcomes && (
        <Text role="alert" c="red.9">
          {t(problems.outcomes)}
        </Text>
      )}
      {outcomes.map((o, index) => {
        const measure = measures.get(o.measureId);
        if (!measure) return null;
        return (
          <Fieldset key={o.measureId} legend={t(`mla.measure.${measure.kind}`)}>
            <Text size="sm" mb="xs">
              {measure.details}
            </Text>
            <Group align="flex-start" grow>
              <NativeSelect
                label={t('mla.form.outcome')}
                data={OUTCOMES.map((value) => ({ value, label: t(`mla.outcome.${value}`) }))}
                {...register(`outcomes.${index}.outcome`)}
              />
              {o.outcome === 'REFUSED' && (
                <NativeSelect
                  label={t('mla.form.ground')}
                  required
                  data={[{ value: '', label: t('mla.draft.choose') }, ...groundsFor(request.legalBasis).map((g) => ({ value: g, label: t(`mla.ground.${g}`) }))]}
                  error={problem(`outcomes.${index}.ground`)}
                  {...register(`outcomes.${index}.ground`)}
                />
              )}
              <TextInput label={t('mla.form.note')} error={problem(`outcomes.${index}.note`)} {...register(`outcomes.${index}.note`)} />
            </Group>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
