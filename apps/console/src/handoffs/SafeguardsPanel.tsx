import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../app/FailureNotice';
import type { HandoffFieldsFragment, HandoffSafeguard, RiskLevel } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { daysLeft, pendingSafeguards, plansSafeReturn } from './handoff-rules';
import { RecordHandoffSafeguardDocument } from '../gql/graphql';

const RISK_LEVELS: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * The safeguards of the handoff: what holds a safe return (reflection period, risk assessment)
 * or a minor's support (guardian, best-interest decision) back, and a form to record one.
 */
export function SafeguardsPanel({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const intl = useIntl();
  const now = new Date();
  const choices: HandoffSafeguard[] = handoff.minor ? ['RISK_ASSESSMENT', 'GUARDIAN_APPOINTED', 'BEST_INTEREST_ASSESSMENT'] : ['RISK_ASSESSMENT'];
  const [safeguard, setSafeguard] = useState<HandoffSafeguard>('RISK_ASSESSMENT');
  const [riskLevel, setRiskLevel] = useState<RiskLevel>('MEDIUM');
  const [done, setDone] = useState(false);
  const [record, { error, loading }] = useMutation(RecordHandoffSafeguardDocument);
  const pending = pendingSafeguards(handoff, now);
  const returnPending = pending.filter((p) => p === 'reflectionPeriod' || p === 'riskAssessment');
  const childPending = pending.filter((p) => p === 'guardian' || p === 'bestInterest');
  const days = handoff.reflectionPeriodEndsAt ? daysLeft(new Date(handoff.reflectionPeriodEndsAt), now) : 0;
  const submit = async () => {
    setDone(false);
    const risk = safeguard === 'RISK_ASSESSMENT';
    const result = await record({
      variables: { input: { handoffId: handoff.id, expectedVersion: handoff.version, safeguard, riskLevel: risk ? riskLevel : null } },
    }).catch(() => null);
    if (result?.data) setDone(true);
  };
  return (
    <Card withBorder component="section" aria-labelledby="safeguards-title">
      <Stack>
        <Title order={2} size="h3" id="safeguards-title">
          {t('handoffs.safeguards.title')}
        </Title>
        {plansSafeReturn(handoff) &&
          (returnPending.length ? (
            <Alert color="yellow.3" autoContrast data-testid="safe-return-held">
              <Text>
                {t('handoffs.safeguards.returnHeld', {
                  date: handoff.reflectionPeriodEndsAt ? intl.formatDate(handoff.reflectionPeriodEndsAt, { dateStyle: 'long' }) : '—',
                })}
              </Text>
              <Text fw={700}>{t('handoffs.safeguards.missing')}</Text>
              <List size="sm">
                {returnPending.map((p) => (
                  <List.Item key={p}>{t(`handoffs.safeguards.pending.${p}`, { days })}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Alert color="teal" data-testid="safe-return-clear">
              {t('handoffs.safeguards.returnClear')}
            </Alert>
          ))}
        {handoff.minor &&
          (childPending.length ? (
            <Alert color="blue" data-testid="child-safeguards">
              <Text>{t('handoffs.safeguards.child')}</Text>
              <Text fw={700}>{t('handoffs.safeguards.missing')}</Text>
              <List size="sm">
                {childPending.map((p) => (
                  <List.Item key={p}>{t(`handoffs.safeguards.pending.${p}`)}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text>{t('handoffs.safeguards.childDone')}</Text>
          ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            <FailureNotice error={error} />
            <Group align="flex-end">
              <NativeSelect
                label={t('handoffs.safeguards.kind')}
                value={safeguard}
                data={choices.map((c) => ({ value: c, label: t(`handoffs.safeguard.${c}`) }))}
                onChange={(e) => setSafeguard(choices.find((c) => c === e.currentTarget.value) ?? 'RISK_ASSESSMENT')}
              />
              {safeguard === 'RISK_ASSESSMENT' && (
                <NativeSelect
                  label={t('handoffs.safeguards.riskLevel')}
                  value={riskLevel}
                  data={RISK_LEVELS.map((r) => ({ value: r, label: t(`handoffs.risk.${r}`) }))}
                  onChange={(e) => setRiskLevel(RISK_LEVELS.find((r) => r === e.currentTarget.value) ?? 'MEDIUM')}
                />
              )}
              <Button type="submit" loading={loading}>
                {t('handoffs.safeguards.record')}
              </Button>
            </Group>
            {done && (
              <Text role="status" data-testid="safeguard-recorded">
                {t('handoffs.safeguards.recorded')}
              </Text>
            )}
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
