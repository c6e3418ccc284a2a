/** What needs a coordinator first: overdue acceptances, then urgent handoffs, then the rest as the server listed them (newest first). */
export function urgentFirst<T extends { overdue: boolean; urgent?: boolean | null }>(handoffs: readonly T[]): T[] {
  const rank = (h: T) => (h.overdue ? 0 : h.urgent ? 1 : 2);
  return [...handoffs].sort((a, b) => rank(a) - rank(b));
}

/** Whole days left until `end` (0 once it has passed). */
export function daysLeft(end: Date, now: Date): number {
  return Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 86_400_000));
}

/** What still holds a handoff back, by the rules the server checks when a step is taken. */
export type PendingSafeguard = 'reflectionPeriod' | 'riskAssessment' | 'guardian' | 'bestInterest';

interface SafeguardFacts {
  readonly needs?: readonly { need: string }[] | null;
  readonly minor?: boolean | null;
  readonly reflectionPeriodEndsAt?: string | null;
  readonly riskAssessedAt?: string | null;
  readonly guardianAppointedAt?: string | null;
  readonly bestInterestAssessedAt?: string | null;
}

/** Whether the handoff plans a safe return: held until the reflection period passed and a risk assessment is recorded. */
export function plansSafeReturn(handoff: SafeguardFacts): boolean {
  return (handoff.needs ?? []).some((n) => n.need === 'SAFE_RETURN');
}

/** The safeguards still missing at `now`: for a safe return the reflection period and the risk assessment; for a minor the guardian and the best-interest decision. */
export function pendingSafeguards(handoff: SafeguardFacts, now: Date): PendingSafeguard[] {
  const pending: PendingSafeguard[] = [];
  if (plansSafeReturn(handoff)) {
    if (handoff.reflectionPeriodEndsAt && new Date(handoff.reflectionPeriodEndsAt) > now) pending.push('reflectionPeriod');
    if (!handoff.riskAssessedAt) pending.push('riskAssessment');
  }
  if (handoff.minor) {
    if (!handoff.guardianAppointedAt) pending.push('guardian');
    if (!handoff.bestInterestAssessedAt) pending.push('bestInterest');
  }
  return pending;
}
