import { Anchor, Stack, Text, Title } from '@mantine/core';
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

/** A page whose code failed to load (a lost connection, a new release) or to show. */
export function PageFailedPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={1}>{t('page.failed.title')}</Title>
      <Text>{t('page.failed.body')}</Text>
      <Anchor component={Link} to="/">
        {t('page.notFound.back')}
      </Anchor>
    </Stack>
  );
}
