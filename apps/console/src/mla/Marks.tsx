import { Badge, Group, Text } from '@mantine/core';
import { When } from '../app/When';
import type { MlaDeadlineKind, MlaStatus } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';

// A status is read, not guessed from a colour: its words wrap rather than being cut short.
const WRAPPING = { label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 } } as const;

/** The status in words (a closed partial execution says so); the colour only repeats it. */
export function StatusText({ status, closed }: { status: MlaStatus; closed: boolean }) {
  const t = useT();
  const finished = ['EXECUTED', 'WITHDRAWN'].includes(status) || closed;
  const color = status === 'REFUSED' ? 'red' : finished ? 'dark' : status === 'DRAFT' ? 'violet' : 'blue';
  // Filled: white text on the theme's dark shades keeps the contrast of AA.
  return (
    <Badge color={color} variant="filled" tt="none" size="lg" radius="sm" h="auto" py={4} styles={WRAPPING} data-status={status}>
      {closed ? t('mla.status.closed') : t(`mla.status.${status}`)}
    </Badge>
  );
}

/** "Overdue" in words, for a running deadline that has passed (never colour alone). */
export function OverdueMark() {
  const t = useT();
  return (
    <Badge color="red.9" variant="filled" tt="none" size="lg" radius="sm" h="auto" py={4} styles={WRAPPING} data-testid="overdue">
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
      <Text span fw={600} inherit>
        {t(`mla.deadline.${deadline.kind}`)}
      </Text>
      <When at={deadline.dueAt} relative={deadline.running} />
      {deadline.overdue ? <OverdueMark /> : !deadline.running && <Text span inherit>{t('mla.deadline.notRunning')}</Text>}
    </Group>
  );
}
