import { Badge, Group, Text } from '@mantine/core';
import { When } from '../app/When';
import type { MlaDeadlineKind, MlaStatus } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';

/** The status in words (a closed partial execution says so); the colour only repeats it. */
export function StatusText({ status, closed }: { status: MlaStatus; closed: boolean }) {
  const t = useT();
  const finished = ['EXECUTED', 'WITHDRAWN'].includes(status) || closed;
  const color = status === 'REFUSED' ? 'red' : finished ? 'dark' : status === 'DRAFT' ? 'violet' : 'blue';
  // Filled: white text on the theme's dark shades keeps the contrast of AA.
  return (
    <Badge color={color} variant="filled" tt="none" data-status={status}>
      {closed ? t('mla.status.closed') : t(`mla.status.${status}`)}
    </Badge>
  );
}

/** "Overdue" in words, for a running deadline that has passed (never colour alone). */
export function OverdueMark() {
  const t = useT();
  return (
    <Badge color="red" variant="filled" tt="none" data-testid="overdue">
      {t('mla.overdue')}
    </Badge>
  );
}

export interface DeadlineView {
  kind: MlaDeadlineKind;
  dueAt: string;
  running: boolean;
  overdue: boolean;
}

/** A deadline: what is due, when, how long from now, and whether it is overdue or no longer runs. */
export function DeadlineLine({ deadline }: { deadline: DeadlineView }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="wrap">
      <Text span fw={500}>
        {t(`mla.deadline.${deadline.kind}`)}
      </Text>
      <When at={deadline.dueAt} relative={deadline.running} />
      {deadline.overdue ? <OverdueMark /> : !deadline.running && <Text span>{t('mla.deadline.notRunning')}</Text>}
    </Group>
  );
}
