import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { describeFailure } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { HandoffAction, HandoffFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { TransitionHandoffDocument } from '../gql/graphql';

// The safeguards a step can be refused for, said in the user's language (the server's words are English).
const SAFEGUARD_PROBLEMS: Record<string, MessageKey> = {
  reason: 'handoffs.problem.reason',
  consent: 'handoffs.problem.consent',
  riskAssessment: 'handoffs.problem.riskAssessment',
  guardian: 'handoffs.problem.guardian',
  bestInterestAssessment: 'handoffs.problem.bestInterestAssessment',
  reflectionPeriod: 'handoffs.problem.reflectionPeriod',
};

// Steps that say why: declining needs a reason, withdrawing may give one.
const WITH_REASON: HandoffAction[] = ['DECLINE', 'WITHDRAW'];

/** The steps the lifecycle gives the user's agency now (the server decides; each safeguard is checked when taken). */
export function HandoffActions({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const [chosen, setChosen] = useState<HandoffAction | null>(null);
  const [reason, setReason] = useState('');
  const [transition, { error, loading }] = useMutation(TransitionHandoffDocument);
  const failure = error ? describeFailure(error) : null;
  const take = async (action: HandoffAction) => {
    const result = await transition({
      variables: { input: { handoffId: handoff.id, action, expectedVersion: handoff.version, reason: reason.trim() || null } },
    }).catch(() => null);
    if (result?.data) {
      setChosen(null);
      setReason('');
    }
  };
  const choose = (action: HandoffAction) => {
    setChosen(action);
    if (!WITH_REASON.includes(action)) void take(action);
  };
  return (
    <Card withBorder component="section" aria-labelledby="actions-title">
      <Stack>
        <Title order={2} size="h3" id="actions-title">
          {t('handoffs.actions.title')}
        </Title>
        {failure?.kind === 'badInput' ? (
          <List c="red.9" role="alert" data-testid="step-problems">
            {failure.problems.map((p) => (
              <List.Item key={p.field}>{SAFEGUARD_PROBLEMS[p.field] ? t(SAFEGUARD_PROBLEMS[p.field]) : p.problem}</List.Item>
            ))}
          </List>
        ) : (
          <FailureNotice error={error} />
        )}
        {handoff.availableActions.length === 0 && <Text>{t('handoffs.actions.none')}</Text>}
        <Group>
          {handoff.availableActions.map((action) => (
            <Button
              key={action}
              variant={action === 'DECLINE' || action === 'WITHDRAW' ? 'default' : 'filled'}
              loading={loading && chosen === action}
              onClick={() => choose(action)}
            >
              {t(`handoffs.action.${action}`)}
            </Button>
          ))}
        </Group>
        {chosen && WITH_REASON.includes(chosen) && (
          <Stack maw={560}>
            <Textarea
              label={t(chosen === 'DECLINE' ? 'handoffs.actions.declineReason' : 'handoffs.actions.withdrawReason')}
              required={chosen === 'DECLINE'}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group>
              <Button color="red" onClick={() => void take(chosen)} loading={loading}>
                {t('handoffs.actions.confirm', { action: t(`handoffs.action.${chosen}`) })}
              </Button>
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('handoffs.actions.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
