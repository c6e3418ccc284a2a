import '../register';
import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Stepper, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { FailureNotice } from '../../app/FailureNotice';
import { AnchorLink } from '../../app/links';
import { useT } from '../../i18n/I18nProvider';
import { useSignedInUser } from '../../session/SessionProvider';
import { consentSuggestions, EMPTY_REFERRAL, referralSchema, ReferralValues, STEP_FIELDS, toProposal } from './referral-form';
import { ConsentStep, NeedsStep, ReviewStep, VictimStep } from './ReferralSteps';
import { ProposeHandoffDocument, SupportAgenciesDocument } from '../../gql/graphql';

/** Refer a victim to a support service abroad: victim and case, needs, consent, then review and send. */
export function ReferPage() {
  const t = useT();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const form = useForm<ReferralValues>({ resolver: zodResolver(referralSchema), defaultValues: EMPTY_REFERRAL });
  const { data } = useQuery(SupportAgenciesDocument);
  const [propose, proposing] = useMutation(ProposeHandoffDocument);
  const agencies = (data?.agencies ?? []).filter((a) => a.kind === 'VICTIM_SUPPORT_SERVICE' && a.state.code !== user.agency.state.code);
  // A step opens only once the ones before it are complete: the consent cannot be skipped.
  const next = async () => {
    if (!(await form.trigger(STEP_FIELDS[active]))) return;
    const suggested = consentSuggestions(form.getValues(), user.displayName);
    form.setValue('consentExplainedBy', suggested.consentExplainedBy);
    form.setValue('consentLanguage', suggested.consentLanguage);
    setActive((step) => step + 1);
  };
  const send = form.handleSubmit(async (values) => {
    const result = await propose({ variables: { input: toProposal(values) } }).catch(() => null);
    if (result?.data) await navigate({ to: '/handoffs/$handoffId', params: { handoffId: result.data.proposeHandoff.id } });
  });
  return (
    <Stack>
      <AnchorLink to="/handoffs">{t('handoffs.page.back')}</AnchorLink>
      <Title order={1}>{t('refer.title')}</Title>
      <FormProvider {...form}>
        <form onSubmit={send} noValidate>
          <Stack>
            <FailureNotice error={proposing.error} />
            <Stepper active={active} onStepClick={(step) => step < active && setActive(step)} allowNextStepsSelect={false}>
              <Stepper.Step label={t('refer.step.victim')}>
                <VictimStep agencies={agencies} />
              </Stepper.Step>
              <Stepper.Step label={t('refer.step.needs')}>
                <NeedsStep />
              </Stepper.Step>
              <Stepper.Step label={t('refer.step.consent')}>
                <ConsentStep />
              </Stepper.Step>
              <Stepper.Completed>
                <ReviewStep agencies={agencies} />
              </Stepper.Completed>
            </Stepper>
            <Group>
              {active > 0 && (
                <Button variant="default" onClick={() => setActive((step) => step - 1)}>
                  {t('refer.back')}
                </Button>
              )}
              {/* Keys of their own: the Next click must not find a submit button in its place when it completes. */}
              {active < STEP_FIELDS.length ? (
                <Button key="next" onClick={() => void next()}>
                  {t('refer.next')}
                </Button>
              ) : (
                <Button key="send" type="submit" loading={form.formState.isSubmitting}>
                  {t('refer.send')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Stack>
  );
}
