import { useSyncExternalStore } from 'react';

/** Whether the last request reached the server; the shell shows a banner while it did not. */
let online = true;
const listeners = new Set<() => void>();

export function reportReachable(reachable: boolean): void {
  if (reachable === online) return;
  online = reachable;
  listeners.forEach((listener) => listener());
}

export function useServerReachable(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => online,
  );
}
