import { Stack, Text, Timeline, Title } from '@mantine/core';
import { When } from '../../app/When';
import type { MlaAction, MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useSignedInUser } from '../../session/SessionProvider';
import { agencyLabel } from './parties';

const STEPS: readonly string[] = [
  'CREATE', 'SUBMIT', 'ACKNOWLEDGE', 'START_EXECUTION', 'RECORD_OUTCOMES', 'CLOSE', 'REQUEST_INFO', 'ANSWER',
  'POSTPONE', 'RESUME', 'RECORD_CONSULTATION', 'REFUSE', 'WITHDRAW', 'FORWARD', 'EXTEND_DEADLINE',
] satisfies readonly ('CREATE' | MlaAction)[];
const isStep = (action: string): action is 'CREATE' | MlaAction => STEPS.includes(action);

/** Every step of the request, oldest first: what happened, by whom, when, and what was said. */
export function HistoryTimeline({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  const user = useSignedInUser();
  const stepText = (action: string) => (isStep(action) ? t(`mla.step.${action}`) : action);
  return (
    <Stack component="section" aria-labelledby="history-title">
      <Title order={2} id="history-title">
        {t('mla.history.title')}
      </Title>
      <Timeline active={request.history.length - 1} bulletSize={14} lineWidth={2} data-testid="history" role="list">
        {request.history.map((entry, index) => (
          <Timeline.Item
            key={index}
            role="listitem"
            title={
              <Text fw={600} component="span">
                {stepText(entry.action)}
              </Text>
            }
          >
            {/* The status it led to, where the step's own words do not already say it. */}
            {stepText(entry.action) !== t(`mla.status.${entry.toStatus}`) && (
              <Text size="sm">{t('mla.history.toStatus', { status: t(`mla.status.${entry.toStatus}`) })}</Text>
            )}
            <Text size="sm">
              <When at={entry.at} /> · {agencyLabel(t, request, entry.actorAgencyId, user.agency.id)}
            </Text>
            {entry.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.comment}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
