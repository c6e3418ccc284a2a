import { Button, Fieldset, Group, NativeSelect, Paper, Stack, Textarea } from '@mantine/core';
import { Control, useFieldArray, UseFormRegister } from 'react-hook-form';
import { useT } from '../../i18n/I18nProvider';
import { MEASURE_KINDS } from '../domain';
import type { DraftValues } from './draft-form';

/** The requested measures, each a kind with its details; added and removed one by one. */
export function MeasuresField({ control, register }: { control: Control<DraftValues>; register: UseFormRegister<DraftValues> }) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'measures' });
  return (
    <Fieldset legend={t('mla.draft.measures')}>
      <Stack>
        {fields.map((field, index) => (
          <Paper key={field.id} withBorder p="sm" data-testid={`measure-${index}`}>
            <Stack gap="xs">
              <NativeSelect
                label={t('mla.draft.measureKind', { number: index + 1 })}
                data={MEASURE_KINDS.map((kind) => ({ value: kind, label: t(`mla.measure.${kind}`) }))}
                {...register(`measures.${index}.kind`)}
              />
              <Textarea
                autosize
                minRows={2}
                label={t('mla.draft.measureDetails', { number: index + 1 })}
                description={t('mla.draft.measureDetailsHint')}
                {...register(`measures.${index}.details`)}
              />
              <Group>
                <Button variant="default" size="xs" onClick={() => remove(index)} aria-label={t('mla.draft.removeMeasure', { number: index + 1 })}>
                  {t('mla.draft.remove')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="default" onClick={() => append({ kind: 'BANK_RECORDS', details: '' })} data-testid="add-measure">
            {t('mla.draft.addMeasure')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
