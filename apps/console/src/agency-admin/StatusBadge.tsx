import { Badge, Group, Text } from '@mantine/core';
import { When } from '../app/When';
import type { AccountStatus } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';

// Colours that keep AA contrast with their text (autoContrast picks dark text on yellow).
const COLOUR: Record<AccountStatus, string> = { ACTIVE: 'teal.9', LOCKED: 'yellow.3', DISABLED: 'red.9' };

/** Whether the account can sign in now, and until when a lock-out holds. */
export function StatusBadge({ status, lockedUntil }: { status: AccountStatus; lockedUntil?: string | null }) {
  const t = useT();
  return (
    <Group gap={6}>
      <Badge color={COLOUR[status]} autoContrast data-status={status} style={{ minWidth: 'max-content' }}>
        {t(`agencyAdmin.status.${status}`)}
      </Badge>
      {status === 'LOCKED' && lockedUntil && (
        <Text span size="sm">
          {t('agencyAdmin.until')} <When at={lockedUntil} relative={false} />
        </Text>
      )}
    </Group>
  );
}
