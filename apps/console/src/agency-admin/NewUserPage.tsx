import './register';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import { AnchorLink } from '../app/links';
import { When } from '../app/When';
import type { EnrolUserMutation, Role } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { GRANTABLE_ROLES } from './search';
import { ShownOnce } from './ShownOnce';
import { EnrolUserDocument } from '../gql/graphql';

const newUserSchema = z.object({
  email: z.string().check(z.trim(), z.email('agencyAdmin.new.emailInvalid'), z.maxLength(320)),
  displayName: z.string().check(z.trim(), z.minLength(1, 'agencyAdmin.new.nameMissing'), z.maxLength(200)),
  roles: z.array(z.enum(GRANTABLE_ROLES as [Role, ...Role[]])).check(z.minLength(1, 'agencyAdmin.new.rolesMissing')),
});
type NewUserValues = z.infer<typeof newUserSchema>;

function NewUserForm({ onCreated }: { onCreated(enrolled: EnrolUserMutation['enrolUser']): void }) {
  const t = useT();
  const [enrol, enrolling] = useMutation(EnrolUserDocument, { refetchQueries: ['AgencyUsers'] });
  const { register, handleSubmit, control, formState } = useForm<NewUserValues>({
    resolver: zodResolver(newUserSchema),
    defaultValues: { email: '', displayName: '', roles: [] },
  });
  const failure = enrolling.error ? describeFailure(enrolling.error) : null;
  const problem = (field: keyof NewUserValues, own?: string) => (own ? t(own as MessageKey) : problemOf(failure, field));
  const duplicate = failure?.kind === 'conflict' ? t('agencyAdmin.new.duplicate') : undefined;
  const submit = handleSubmit(async (input) => {
    const result = await enrol({ variables: { input } }).catch(() => null);
    if (result?.data) onCreated(result.data.enrolUser);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        {failure?.kind !== 'badInput' && failure?.kind !== 'conflict' && <FailureNotice error={enrolling.error} />}
        <TextInput
          label={t('agencyAdmin.new.email')}
          type="email"
          autoComplete="off"
          required
          error={problem('email', formState.errors.email?.message) ?? duplicate}
          {...register('email')}
        />
        <TextInput label={t('agencyAdmin.new.displayName')} autoComplete="off" required error={problem('displayName', formState.errors.displayName?.message)} {...register('displayName')} />
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <Checkbox.Group label={t('agencyAdmin.new.roles')} required value={field.value} onChange={field.onChange} error={problem('roles', formState.errors.roles?.message)}>
              <Stack gap="xs" mt="xs">
                {GRANTABLE_ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={t(`role.${role}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <Button type="submit" loading={formState.isSubmitting} w="fit-content">
          {t('agencyAdmin.new.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** A new user of the administrator's agency; its set-password link is shown once, then the page moves on. */
export function NewUserPage() {
  const t = useT();
  const navigate = useNavigate();
  const [created, setCreated] = useState<EnrolUserMutation['enrolUser'] | null>(null);
  return (
    <Stack>
      <AnchorLink to="/agency/users">{t('agencyAdmin.back')}</AnchorLink>
      <Title order={1}>{t('agencyAdmin.new.title')}</Title>
      {created ? (
        <>
          <Text role="status">{t('agencyAdmin.new.created', { name: created.user.displayName })}</Text>
          <ShownOnce
            title={t('agencyAdmin.link.title')}
            warning={
              <>
                {t('agencyAdmin.link.warning', { name: created.user.displayName })} {t('agencyAdmin.link.expires')} <When at={created.setPasswordExpiresAt} relative={false} />.
              </>
            }
            label={t('agencyAdmin.link.label')}
            value={`${window.location.origin}/set-password?token=${encodeURIComponent(created.setPasswordToken)}`}
            onDone={() => void navigate({ to: '/agency/users/$userId', params: { userId: created.user.id } })}
          />
        </>
      ) : (
        <>
          <Text>{t('agencyAdmin.new.intro')}</Text>
          <NewUserForm onCreated={setCreated} />
        </>
      )}
    </Stack>
  );
}
