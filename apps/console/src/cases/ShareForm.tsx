import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeFailure, problemOf } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { HandlingCode } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useSignedInUser } from '../session/SessionProvider';
import { CaseDocument, ShareCaseDocument, ShareRecipientsDocument } from '../gql/graphql';

const CODES: HandlingCode[] = ['H0', 'H1', 'H2', 'H3'];

const shareSchema = z
  .object({
    recipientAgencyId: z.string().check(z.minLength(1, 'caseForm.required')),
    summary: z.string().check(z.trim(), z.minLength(1, 'caseForm.required')),
    contactPoint: z.string().check(z.trim(), z.minLength(1, 'caseForm.required')),
    handlingCode: z.enum(CODES as [HandlingCode, ...HandlingCode[]]),
    handlingRestriction: z.string(),
    expiresOn: z.string(),
  })
  .check(
    z.refine((v) => v.handlingCode !== 'H3' || v.handlingRestriction.trim() !== '', {
      message: 'share.restrictionRequired',
      path: ['handlingRestriction'],
    }),
  );
type ShareValues = z.infer<typeof shareSchema>;

/** What a hit gives the form: the agency to share with and the hit the card answers. */
export interface ShareTarget {
  agencyId: string;
  matchId: string;
  agencyName: string;
  stateName: string;
}

/** A reference card for an agency of another State: only what is written here reaches it. */
export function ShareForm({ caseId, target, onDone }: { caseId: string; target: ShareTarget | null; onDone(): void }) {
  const t = useT();
  const user = useSignedInUser();
  const { data } = useQuery(ShareRecipientsDocument);
  const [share, { error }] = useMutation(ShareCaseDocument, { refetchQueries: [CaseDocument] });
  const { register, handleSubmit, watch, formState } = useForm<ShareValues>({
    resolver: zodResolver(shareSchema),
    defaultValues: {
      recipientAgencyId: target?.agencyId ?? '',
      summary: '',
      contactPoint: user.displayName,
      handlingCode: 'H0',
      handlingRestriction: '',
      expiresOn: '',
    },
  });
  const failure = error ? describeFailure(error) : null;
  const problem = (field: keyof ShareValues, own?: string) => {
    if (own) return t(own as MessageKey);
    const server = problemOf(failure, field);
    return server ? t('caseForm.serverProblem', { problem: server }) : undefined;
  };
  const stateName = new Map((data?.states ?? []).map((s) => [s.code, s.name]));
  const agencies = (data?.agencies ?? []).filter((a) => a.state.code !== user.agency.state.code);

  const submit = handleSubmit(async (values) => {
    const input = {
      caseId,
      recipientAgencyId: values.recipientAgencyId,
      summary: values.summary,
      contactPoint: values.contactPoint,
      handlingCode: values.handlingCode,
      handlingRestriction: values.handlingCode === 'H3' ? values.handlingRestriction : null,
      expiresAt: values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null,
      matchId: target?.matchId ?? null,
    };
    const done = await share({ variables: { input } }).catch(() => null);
    if (done?.data) onDone();
  });

  return (
    <Card withBorder component="section" aria-labelledby="share-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} id="share-title">
            {t('share.title')}
          </Title>
          <Text size="sm">{t('share.intro')}</Text>
          {target && <Text fw={600}>{t('share.forHit', { agency: target.agencyName, state: target.stateName })}</Text>}
          <FailureNotice error={error} />
          <NativeSelect
            label={t('share.agency')}
            required
            disabled={Boolean(target)}
            data={[
              { value: '', label: t('share.chooseAgency') },
              ...agencies.map((a) => ({ value: a.id, label: `${a.name} (${stateName.get(a.state.code) ?? a.state.code})` })),
            ]}
            error={problem('recipientAgencyId', formState.errors.recipientAgencyId?.message)}
            {...register('recipientAgencyId')}
          />
          <Textarea label={t('share.summary')} required autosize minRows={3} error={problem('summary', formState.errors.summary?.message)} {...register('summary')} />
          <TextInput label={t('share.contact')} required error={problem('contactPoint', formState.errors.contactPoint?.message)} {...register('contactPoint')} />
          <NativeSelect label={t('share.handling')} data={CODES.map((c) => ({ value: c, label: t(`handling.${c}`) }))} {...register('handlingCode')} />
          {watch('handlingCode') === 'H3' && (
            <Textarea
              label={t('share.restriction')}
              required
              autosize
              minRows={2}
              error={problem('handlingRestriction', formState.errors.handlingRestriction?.message)}
              {...register('handlingRestriction')}
            />
          )}
          <TextInput type="date" label={t('share.expires')} {...register('expiresOn')} />
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('share.submit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('caseForm.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
