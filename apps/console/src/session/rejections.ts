/** The API answered UNAUTHENTICATED to a signed-in request: the session provider renews or ends the session. */
const listeners = new Set<() => void>();

export function reportSessionRejected(operationName: string): void {
  if (operationName === 'SignIn' || operationName === 'RefreshSession' || operationName === 'SignOut') return;
  listeners.forEach((listener) => listener());
}

export function onSessionRejected(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
