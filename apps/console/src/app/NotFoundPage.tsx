import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={1}>{t('page.notFound.title')}</Title>
      <Anchor component={Link} to="/">
        {t('page.notFound.back')}
      </Anchor>
    </Stack>
  );
}
