import { StepRefused } from '@app/kernel';

/**
 * Where an account stands, as an agency admin sees it: free of framework code, with the same
 * rule in SQL for the users list's filter.
 */
export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  /** Sign-in refused until an admin enables the account again. */
  DISABLED = 'DISABLED',
  /** Too many failed sign-ins: refused until `lockedUntil` or until an admin unlocks it. */
  LOCKED = 'LOCKED',
}

export interface AccountState {
  readonly disabledAt: Date | null;
  readonly lockedUntil: Date | null;
}

export function accountStatus(account: AccountState, now: Date): AccountStatus {
  if (account.disabledAt) return AccountStatus.DISABLED;
  if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime()) return AccountStatus.LOCKED;
  return AccountStatus.ACTIVE;
}

/** accountStatus in SQL, for a user aliased `u`, at the instant in the parameter `now`. */
export const accountStatusSql = (now: string) =>
  `CASE WHEN u.disabled_at IS NOT NULL THEN 'DISABLED' WHEN u.locked_until > ${now} THEN 'LOCKED' ELSE 'ACTIVE' END`;

const notIn = (problem: string): StepRefused => ({ refusal: 'STATE', problems: [{ field: 'userId', problem }] });

/** An unlock lifts a lock-out that still holds; a disabled account stays disabled (enable it instead). */
export function unlockRefusal(status: AccountStatus): StepRefused | null {
  if (status === AccountStatus.LOCKED) return null;
  return notIn(status === AccountStatus.DISABLED ? 'the account is disabled, not locked' : 'the account is not locked');
}

/** Enabling undoes disabling, and only that. */
export function enableRefusal(status: AccountStatus): StepRefused | null {
  return status === AccountStatus.DISABLED ? null : notIn('the account is not disabled');
}
