import { createHash, randomBytes } from 'node:crypto';
import { FieldProblem } from '@app/kernel';

/**
 * Sign-in rules, kept free of framework code so they read as the policy they are.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** What is wrong with a new password, named by the field it came in. */
export function newPasswordProblems(newPassword: string, currentPassword: string): FieldProblem[] {
  if (newPassword.length < MIN_PASSWORD_LENGTH) return [{ field: 'newPassword', problem: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (newPassword === currentPassword) return [{ field: 'newPassword', problem: 'must differ from the current password' }];
  return [];
}

export interface LockoutPolicy {
  /** Failed sign-ins in a row that lock the account. */
  readonly threshold: number;
  readonly lockMinutes: number;
}

export interface SignInCounters {
  readonly failedSignIns: number;
  readonly lockedUntil: Date | null;
}

export function isLocked(counters: SignInCounters, now: Date): boolean {
  return counters.lockedUntil !== null && counters.lockedUntil.getTime() > now.getTime();
}

/**
 * After a wrong password: count it, and at the threshold lock the account and start
 * counting afresh, so the next lock needs another full run of failures.
 */
export function afterFailedSignIn(
  counters: SignInCounters,
  policy: LockoutPolicy,
  now: Date,
): SignInCounters & { lockedNow: boolean } {
  const failedSignIns = counters.failedSignIns + 1;
  if (failedSignIns >= policy.threshold) {
    return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000), lockedNow: true };
  }
  return { failedSignIns, lockedUntil: counters.lockedUntil, lockedNow: false };
}

/** How many password verifications a gateway runs at once, and how many more may wait for a place. */
export interface VerificationBounds {
  readonly atOnce: number;
  readonly queued: number;
}

/** Every place is taken, running or waiting: the next sign-in is refused before any work is done for it. */
export function verificationQueueFull(taken: number, bounds: VerificationBounds): boolean {
  return taken >= bounds.atOnce + bounds.queued;
}

/**
 * The Retry-After of a sign-in refused at a full queue: the time the places taken need to
 * drain, `atOnce` verifications at a time of about `verificationMs` each (at least a second).
 */
export function secondsUntilDrained(taken: number, bounds: VerificationBounds, verificationMs: number): number {
  return Math.max(1, Math.ceil((Math.ceil(taken / bounds.atOnce) * verificationMs) / 1000));
}

/** Refresh tokens are random and high-entropy, so a plain SHA-256 is a safe way to store them. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export type RefreshVerdict = 'rotate' | 'reuse-detected' | 'expired';

/**
 * A refresh token is good once. Presenting one that was already rotated or revoked means
 * it was copied: the whole session family is revoked.
 */
export function judgeRefreshToken(
  token: { rotatedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): RefreshVerdict {
  if (token.rotatedAt || token.revokedAt) return 'reuse-detected';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}
