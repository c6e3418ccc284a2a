import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { NewPasswordInputs } from './NewPasswordInputs';
import { ChangePasswordDocument } from '../gql/graphql';

// The server's rule (libs/identity sign-in.rules), said before the request is sent.
const MIN_PASSWORD_LENGTH = 12;

const passwordSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, 'account.password.currentMissing')),
    newPassword: z.string().check(z.minLength(MIN_PASSWORD_LENGTH, 'account.password.tooShort')),
    repeated: z.string(),
  })
  .check(
    z.refine((v) => v.newPassword !== v.currentPassword, { message: 'account.password.sameAsCurrent', path: ['newPassword'] }),
    z.refine((v) => v.repeated === v.newPassword, { message: 'account.password.mismatch', path: ['repeated'] }),
  );
type PasswordValues = z.infer<typeof passwordSchema>;

/** The user's own password change; the server ends their other sessions. */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const t = useT();
  const [change, changing] = useMutation(ChangePasswordDocument);
  const { register, handleSubmit, formState, reset } = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '', repeated: '' },
  });
  const failure = changing.error ? describeFailure(changing.error) : null;
  const own = (message?: string) => (message ? t(message as MessageKey) : undefined);
  const toggle = { 'aria-label': t('signIn.showPassword') };
  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    const result = await change({ variables: { currentPassword, newPassword } }).catch(() => null);
    if (result?.data?.changePassword) {
      reset();
      onChanged();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        {failure?.kind !== 'badInput' && <FailureNotice error={changing.error} />}
        <PasswordInput
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={toggle}
          error={own(formState.errors.currentPassword?.message) ?? (problemOf(failure, 'currentPassword') && t('account.password.currentWrong'))}
          {...register('currentPassword')}
        />
        <NewPasswordInputs
          newPassword={register('newPassword')}
          repeated={register('repeated')}
          newPasswordError={own(formState.errors.newPassword?.message) ?? problemOf(failure, 'newPassword')}
          repeatedError={own(formState.errors.repeated?.message)}
        />
        <Button type="submit" loading={formState.isSubmitting} w="fit-content">
          {t('account.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
