import { Badge, Group, Text } from '@mantine/core';
import type { HandlingCode } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';

/**
 * A card's handling code as police practice shows it: the code as a badge and its meaning in
 * words beside it (H3 with its restriction in full), never the colour alone.
 */
export function HandlingCodeNotice({ code, restriction }: { code: HandlingCode; restriction?: string | null }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="handling-code">
      <Badge color={code === 'H0' ? 'gray.8' : 'red.9'} variant="filled" style={{ flexShrink: 0 }}>
        {code}
      </Badge>
      <Text size="sm">
        {t(`handling.${code}`)}
        {code === 'H3' && restriction ? ` ${restriction}` : ''}
      </Text>
    </Group>
  );
}
