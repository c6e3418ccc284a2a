import { Stack, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

export function DeskPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={1}>{t('desk.title')}</Title>
    </Stack>
  );
}
