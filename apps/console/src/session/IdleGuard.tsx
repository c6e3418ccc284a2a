import { Button, Group, Modal, Text } from '@mantine/core';
import { useIdle, useInterval } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useSession } from './SessionProvider';

/**
 * Ends a session left idle for `idleLockSeconds`, after a warning a minute before (halfway,
 * for shorter settings), which any activity dismisses.
 */
export function IdleGuard({ idleLockSeconds }: { idleLockSeconds: number }) {
  const t = useT();
  const { signOut } = useSession();
  const warnAhead = Math.min(60, Math.floor(idleLockSeconds / 2));
  const warned = useIdle((idleLockSeconds - warnAhead) * 1000, { initialState: false });
  const locked = useIdle(idleLockSeconds * 1000, { initialState: false });
  const [left, setLeft] = useState(warnAhead);
  const countdown = useInterval(() => setLeft((seconds) => Math.max(0, seconds - 1)), 1000);

  useEffect(() => {
    if (warned) {
      setLeft(warnAhead);
      countdown.start();
    } else countdown.stop();
    return countdown.stop;
    // countdown is a fresh object each render; only the warning switches it.
  }, [warned]);

  useEffect(() => {
    if (locked) void signOut('idle');
  }, [locked, signOut]);

  return (
    <Modal opened={warned && !locked} onClose={() => undefined} withCloseButton={false} title={t('idle.title')} centered>
      <Text role="timer" aria-live="polite">
        {t('idle.body', { seconds: left })}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => void signOut('signedOut')}>
          {t('idle.signOut')}
        </Button>
        <Button>{t('idle.stay')}</Button>
      </Group>
    </Modal>
  );
}
