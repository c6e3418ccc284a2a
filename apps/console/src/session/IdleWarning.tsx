import { Button, Group, Modal, Text } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

/** The dialog before an idle session ends; any activity (a click on "stay" too) dismisses it. */
export function IdleWarning({ secondsLeft, onSignOut }: { secondsLeft: number; onSignOut: () => void }) {
  const t = useT();
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} title={t('idle.title')} centered>
      <Text role="timer" aria-live="polite">
        {t('idle.body', { seconds: secondsLeft })}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onSignOut}>
          {t('idle.signOut')}
        </Button>
        <Button>{t('idle.stay')}</Button>
      </Group>
    </Modal>
  );
}
