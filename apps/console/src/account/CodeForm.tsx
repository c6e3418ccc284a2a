import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const codeSchema = z.object({ code: z.string().check(z.trim(), z.minLength(1, 'account.factor.codeMissing')) });
type CodeValues = z.infer<typeof codeSchema>;

/** A refusal of the code itself, said at the field; any other failure above the form. */
function isWrongCode(error: unknown): boolean {
  if (!error) return false;
  const failure = describeFailure(error);
  return failure.kind === 'secondFactor' || Boolean(problemOf(failure, 'code'));
}

/** One one-time code (from the authenticator app, or a recovery code) for one step. */
export function CodeForm({ submitLabel, error, onSubmit }: { submitLabel: MessageKey; error: unknown; onSubmit(code: string): Promise<unknown> }) {
  const t = useT();
  const { register, handleSubmit, formState, reset } = useForm<CodeValues>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const own = formState.errors.code?.message;
  const wrong = isWrongCode(error);
  return (
    <form onSubmit={handleSubmit(async ({ code }) => onSubmit(code).finally(() => reset({ code: '' })))} noValidate>
      {!wrong && <FailureNotice error={error} />}
      <Group align="flex-end">
        <TextInput
          label={t('account.factor.code')}
          description={t('account.factor.codeHint')}
          autoComplete="one-time-code"
          required
          error={own ? t(own as MessageKey) : wrong ? t('account.factor.codeWrong') : undefined}
          {...register('code')}
        />
        <Button type="submit" loading={formState.isSubmitting}>
          {t(submitLabel)}
        </Button>
      </Group>
    </form>
  );
}
