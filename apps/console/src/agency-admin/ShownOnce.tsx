import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

/**
 * A secret the administrator hands over (a temporary password, a set-password link), shown
 * this once (the server keeps only its hash), with a way to copy it.
 */
export function ShownOnce({ title, warning, label, value, onDone }: { title: string; warning: ReactNode; label: string; value: string; onDone(): void }) {
  const t = useT();
  return (
    <Alert color="yellow" role="status" data-testid="shown-once">
      <Stack>
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text component="div">{warning}</Text>
        <Group>
          <Text span fw={600} id="shown-once-label">
            {label}
          </Text>
          <Code fz="md" aria-labelledby="shown-once-label" data-testid="shown-once-value" style={{ wordBreak: 'break-all' }}>
            {value}
          </Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? t('agencyAdmin.shownOnce.copied') : t('agencyAdmin.shownOnce.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button onClick={onDone} w="fit-content">
          {t('agencyAdmin.shownOnce.done')}
        </Button>
      </Stack>
    </Alert>
  );
}
