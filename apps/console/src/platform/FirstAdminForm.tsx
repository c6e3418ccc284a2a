import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { CreateFirstAgencyAdminMutation } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { CommandFailure, REFRESH_DIRECTORY } from './directory';
import { CreateFirstAgencyAdminDocument } from '../gql/graphql';

const adminSchema = z.object({
  email: z.string().check(z.trim(), z.email('platform.admin.emailInvalid')),
  displayName: z.string().check(z.trim(), z.minLength(1, 'platform.admin.displayNameMissing'), z.maxLength(200)),
});
type AdminValues = z.infer<typeof adminSchema>;

type Created = CreateFirstAgencyAdminMutation['createFirstAgencyAdmin'];

/** The temporary password, shown this once: it lives in this component's state only, gone with "done". */
function TemporaryPassword({ created, onDone }: { created: Created; onDone(): void }) {
  const t = useT();
  return (
    <Alert color="yellow.3" autoContrast role="status" data-testid="temporary-password">
      <Stack>
        <Title order={3}>{t('platform.admin.passwordTitle', { name: created.user.displayName })}</Title>
        <Text>{t('platform.admin.passwordIntro', { email: created.user.email })}</Text>
        <Code fz="lg" w="fit-content">
          {created.temporaryPassword}
        </Code>
        <Button onClick={onDone} w="fit-content">
          {t('platform.admin.passwordDone')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** The first administrator of an agency without one; the server answers CONFLICT once it has one. */
export function FirstAdminForm({ agency, onClose }: { agency: { id: string; name: string }; onClose(): void }) {
  const t = useT();
  // Never cached: the temporary password stays in this form's state alone.
  const [create, creating] = useMutation(CreateFirstAgencyAdminDocument, { ...REFRESH_DIRECTORY, fetchPolicy: 'no-cache' });
  const [created, setCreated] = useState<Created | null>(null);
  const { register, handleSubmit, formState, setFocus } = useForm<AdminValues>({
    resolver: zodResolver(adminSchema),
    defaultValues: { email: '', displayName: '' },
  });
  useEffect(() => setFocus('email'), [setFocus]);
  const own = (message?: string) => (message ? t(message as MessageKey) : undefined);
  const submit = handleSubmit(async (input) => {
    const result = await create({ variables: { input: { ...input, agencyId: agency.id } } }).catch(() => null);
    if (result?.data) setCreated(result.data.createFirstAgencyAdmin);
  });
  return (
    <Card withBorder component="section" aria-labelledby="first-admin-title">
      <Stack>
        <Title order={2} size="h3" id="first-admin-title">
          {t('platform.admin.title', { agency: agency.name })}
        </Title>
        {created ? (
          <TemporaryPassword created={created} onDone={onClose} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack maw={480}>
              <Text>{t('platform.admin.intro')}</Text>
              <CommandFailure
                error={creating.error}
                conflict={(state) => t(state === 'ADMINISTERED' ? 'platform.admin.administered' : 'platform.admin.duplicate')}
              />
              <TextInput label={t('platform.admin.email')} type="email" required autoComplete="off" error={own(formState.errors.email?.message)} {...register('email')} />
              <TextInput label={t('platform.admin.displayName')} required autoComplete="off" error={own(formState.errors.displayName?.message)} {...register('displayName')} />
              <Group>
                <Button type="submit" loading={creating.loading}>
                  {t('platform.admin.submit')}
                </Button>
                <Button variant="default" onClick={onClose}>
                  {t('platform.admin.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
