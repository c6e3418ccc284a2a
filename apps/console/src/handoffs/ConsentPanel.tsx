import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { HandoffFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { WithdrawHandoffConsentDocument } from '../gql/graphql';

/** The consent the handoff rests on, and its withdrawal, with what that changes said before it is done. */
export function ConsentPanel({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [withdraw, { error, loading }] = useMutation(WithdrawHandoffConsentDocument);
  const consent = handoff.consent;
  return (
    <Card withBorder component="section" aria-labelledby="consent-title">
      <Stack>
        <Title order={2} size="h3" id="consent-title">
          {t('handoffs.consent.title')}
        </Title>
        <FailureNotice error={error} />
        {consent && (
          <>
            <Fact label={t('handoffs.consent.scopeLabel')}>{t(`handoffs.consent.scope.${consent.scope}`)}</Fact>
            <Fact label={t('handoffs.consent.basisLabel')}>{t(`handoffs.consent.basis.${consent.basis}`)}</Fact>
            <Fact label={t('handoffs.consent.given')}>
              <When at={consent.givenAt} />
            </Fact>
            <Fact label={t('handoffs.consent.explainedBy')}>{consent.explainedBy ?? t('handoffs.fact.notRecorded')}</Fact>
            <Fact label={t('handoffs.consent.language')}>
              {consent.language ? (intl.formatDisplayName(consent.language, { type: 'language' }) ?? consent.language) : t('handoffs.fact.notRecorded')}
            </Fact>
            {consent.withdrawnAt ? (
              <Alert color="orange" data-testid="consent-withdrawn">
                {t('handoffs.consent.withdrawnOn')} <When at={consent.withdrawnAt} />
              </Alert>
            ) : confirming ? (
              <Stack>
                <Text>{t('handoffs.consent.withdrawEffect')}</Text>
                <Button
                  color="red"
                  w="fit-content"
                  loading={loading}
                  onClick={() =>
                    void withdraw({ variables: { input: { handoffId: handoff.id, expectedVersion: handoff.version } } })
                      .then(() => setConfirming(false))
                      .catch(() => undefined)
                  }
                >
                  {t('handoffs.consent.confirmWithdraw')}
                </Button>
              </Stack>
            ) : (
              <Button variant="default" w="fit-content" onClick={() => setConfirming(true)}>
                {t('handoffs.consent.withdraw')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
