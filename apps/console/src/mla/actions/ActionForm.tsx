import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { MlaAction, MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { groundsFor, MAX_EXTENSION_DAYS, needsConsultation } from '../domain';
import { ACTION_FIELDS, actionProblems, ActionProblems, ActionValues, consultationRecorded, emptyActionValues } from './action-form';
import { ForwardField } from './ForwardField';
import { OutcomesField } from './OutcomesField';

interface Props {
  action: MlaAction;
  request: MlaRequestFieldsFragment;
  /** Sends the step; resolves when it is done (or failed: the panel shows why). */
  onSubmit(values: ActionValues): Promise<void>;
  onCancel(): void;
  busy: boolean;
}

/** The form of one step: its own inputs only, checked before sending, with the step's name as its title. */
export function ActionForm({ action, request, onSubmit, onCancel, busy }: Props) {
  const t = useT();
  const fields = ACTION_FIELDS[action];
  const has = (field: (typeof fields)[number]) => fields.includes(field);
  const { register, control, handleSubmit, watch } = useForm<ActionValues>({ defaultValues: emptyActionValues(request) });
  const [problems, setProblems] = useState<ActionProblems>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens where the user is: its heading takes the focus (keyboard and screen readers).
  useEffect(() => heading.current?.focus(), []);
  const error = (field: string) => {
    const key = problems[field];
    return key ? t(key) : undefined;
  };
  const ground = watch('ground');
  const submit = handleSubmit(async (values) => {
    const found = actionProblems(action, values, request);
    setProblems(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  });
  const titleId = `action-${action}-title`;

  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={submit} aria-labelledby={titleId} data-testid="action-form">
      <Stack>
        <Title order={3} id={titleId} ref={heading} tabIndex={-1}>
          {t(`mla.action.${action}`)}
        </Title>
        {has('question') && <Textarea autosize minRows={2} label={t('mla.form.question')} required error={error('question')} {...register('question')} />}
        {has('answer') && (
          <>
            {request.infoQuestion && (
              <Alert color="blue" title={t('mla.facts.openQuestion')}>
                {request.infoQuestion}
              </Alert>
            )}
            <Textarea autosize minRows={2} label={t('mla.form.answer')} required error={error('answer')} {...register('answer')} />
          </>
        )}
        {has('refusal') && (
          <>
            <NativeSelect
              label={t('mla.form.ground')}
              description={t('mla.refuse.groundHint')}
              required
              data={[{ value: '', label: t('mla.draft.choose') }, ...groundsFor(request.legalBasis).map((g) => ({ value: g, label: t(`mla.ground.${g}`) }))]}
              error={error('ground')}
              {...register('ground')}
            />
            {needsConsultation(ground) && (
              <Alert color={consultationRecorded(request) ? 'blue' : 'red'} data-testid="consultation-note">
                {t(consultationRecorded(request) ? 'mla.refuse.consulted' : 'mla.refuse.consultFirst')}
              </Alert>
            )}
            {ground === 'OTHER' && <Textarea autosize label={t('mla.form.groundText')} required error={error('groundText')} {...register('groundText')} />}
          </>
        )}
        {has('reason') && (
          <Textarea
            autosize
            minRows={2}
            label={t(action === 'REFUSE' ? 'mla.form.refusalReasons' : 'mla.form.reason')}
            required
            error={error('reason')}
            {...register('reason')}
          />
        )}
        {has('until') && <TextInput type="date" label={t('mla.form.until')} required error={error('until')} {...register('until')} />}
        {has('extensionDays') && (
          <Controller
            control={control}
            name="extensionDays"
            render={({ field }) => (
              <NumberInput
                label={t('mla.form.extensionDays')}
                description={t('mla.form.extensionHint', { max: MAX_EXTENSION_DAYS(request.legalBasis) })}
                required
                min={1}
                max={MAX_EXTENSION_DAYS(request.legalBasis)}
                allowDecimal={false}
                // A number out of bounds is said, not silently changed to the bound.
                clampBehavior="none"
                error={error('extensionDays')}
                value={field.value}
                onChange={(value) => field.onChange(String(value))}
                onBlur={field.onBlur}
                name={field.name}
              />
            )}
          />
        )}
        {has('forward') && <ForwardField request={request} register={register} error={error('forwardToAgencyId')} />}
        {has('outcomes') && <OutcomesField request={request} register={register} watch={watch} problems={problems} />}
        {(has('comment') || has('consultation')) && (
          <Textarea
            autosize
            minRows={has('consultation') ? 3 : 1}
            label={t(has('consultation') ? 'mla.form.consultation' : 'mla.form.comment')}
            required={has('consultation')}
            error={error('comment')}
            {...register('comment')}
          />
        )}
        {Object.keys(problems).length > 0 && (
          <Text role="alert" c="red.9">
            {t('error.badInput')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy} color={action === 'REFUSE' || action === 'WITHDRAW' ? 'red.9' : undefined}>
            {t(`mla.action.${action}`)}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('mla.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
