/** What needs a coordinator first: overdue acceptances, then urgent handoffs, then the rest as the server listed them (newest first). */
export function urgentFirst<T extends { overdue: boolean; urgent?: boolean | null }>(handoffs: readonly T[]): T[] {
  const rank = (h: T) => (h.overdue ? 0 : h.urgent ? 1 : 2);
  return [...handoffs].sort((a, b) => rank(a) - rank(b));
}

/** Whole days left until `end` (0 once it has passed). */
export function daysLeft(end: Date, now: Date): number {
  return Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 86_400_000));
}
