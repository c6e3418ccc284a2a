import { Alert, Button, Code, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

/** The recovery codes, shown this once (the server keeps only their hashes). */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const t = useT();
  return (
    <Alert color="yellow" role="status" data-testid="recovery-codes">
      <Stack>
        <Title order={3}>{t('account.recovery.title')}</Title>
        <Text>{t('account.recovery.intro')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} component="ul" spacing="xs" style={{ listStyle: 'none', padding: 0 }}>
          {codes.map((code) => (
            <li key={code}>
              <Code fz="md">{code}</Code>
            </li>
          ))}
        </SimpleGrid>
        <Button onClick={onDone} w="fit-content">
          {t('account.recovery.done')}
        </Button>
      </Stack>
    </Alert>
  );
}
