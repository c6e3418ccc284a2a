import { PasswordInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/I18nProvider';

/** A new password and its repetition, as the user's own password change and a set-password link ask for them. */
export function NewPasswordInputs({
  newPassword,
  repeated,
  newPasswordError,
  repeatedError,
}: {
  newPassword: UseFormRegisterReturn;
  repeated: UseFormRegisterReturn;
  newPasswordError?: string;
  repeatedError?: string;
}) {
  const t = useT();
  const toggle = { 'aria-label': t('signIn.showPassword') };
  return (
    <>
      <PasswordInput
        label={t('account.password.new')}
        description={t('account.password.newHint')}
        autoComplete="new-password"
        required
        visibilityToggleButtonProps={toggle}
        error={newPasswordError}
        {...newPassword}
      />
      <PasswordInput label={t('account.password.repeat')} autoComplete="new-password" required visibilityToggleButtonProps={toggle} error={repeatedError} {...repeated} />
    </>
  );
}
