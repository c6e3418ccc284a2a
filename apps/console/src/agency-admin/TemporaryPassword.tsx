import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

/** A password an administrator set, shown this once (the server keeps only its hash), with a way to copy it. */
export function TemporaryPassword({ password, name, onDone }: { password: string; name: string; onDone(): void }) {
  const t = useT();
  return (
    <Alert color="yellow" role="status" data-testid="temporary-password">
      <Stack>
        <Title order={2} size="h3">
          {t('agencyAdmin.password.title')}
        </Title>
        <Text>{t('agencyAdmin.password.warning', { name })}</Text>
        <Group>
          <Text span fw={600} id="temporary-password-label">
            {t('agencyAdmin.password.label')}
          </Text>
          <Code fz="lg" aria-labelledby="temporary-password-label" data-testid="temporary-password-value">
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? t('agencyAdmin.password.copied') : t('agencyAdmin.password.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button onClick={onDone} w="fit-content">
          {t('agencyAdmin.password.done')}
        </Button>
      </Stack>
    </Alert>
  );
}
