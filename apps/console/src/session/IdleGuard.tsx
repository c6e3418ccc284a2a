import { useIdle, useInterval } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useSession } from './SessionProvider';

// The warning dialog's code loads the first time it is needed.
const IdleWarning = lazy(() => import('./IdleWarning').then((module) => ({ default: module.IdleWarning })));

/**
 * Ends a session left idle for `idleLockSeconds`, after a warning a minute before (halfway,
 * for shorter settings), which any activity dismisses.
 */
export function IdleGuard({ idleLockSeconds }: { idleLockSeconds: number }) {
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

  if (!warned || locked) return null;
  return (
    <Suspense fallback={null}>
      <IdleWarning secondsLeft={left} onSignOut={() => void signOut('signedOut')} />
    </Suspense>
  );
}
