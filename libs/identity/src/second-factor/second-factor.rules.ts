import { createHash, randomInt } from 'node:crypto';
import { AccountRestriction, Role } from '@app/kernel';

/**
 * Second-factor and account-restriction rules, free of framework code.
 */

/** Whether a user holding `roles` must use a second factor, by SECOND_FACTOR_REQUIRED_ROLES (`*`, a list, or empty). */
export function requiresSecondFactor(roles: readonly Role[], setting: string): boolean {
  if (setting === '*') return true;
  const required = setting.split(',').filter(Boolean);
  return roles.some((role) => required.includes(role));
}

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without look-alikes: read off paper and typed again.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Ten codes of 16 base32 characters (80 bits each, enough for a plain hash at rest), in groups of four. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 16 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** A code as typed (any case, with or without dashes and spaces) in the one form that is hashed. */
export function normaliseOneTimeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export function isTotpShaped(code: string): boolean {
  return /^\d{6}$/.test(normaliseOneTimeCode(code));
}

export function hashRecoveryCode(code: string): Buffer {
  return createHash('sha256').update(normaliseOneTimeCode(code), 'utf8').digest();
}

/**
 * A TOTP code is good once: the time step it was accepted for is remembered, and a code for
 * that step or an earlier one is refused (RFC 6238 §5.2), even within its window.
 */
export function isFreshStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** What a session must do before anything else, the password first. */
export interface AccountFacts {
  readonly roles: readonly Role[];
  readonly passwordChangeRequired: boolean;
  readonly secondFactorEnrolled: boolean;
}

export function pendingRestrictions(facts: AccountFacts, requiredRolesSetting: string): AccountRestriction[] {
  const pending: AccountRestriction[] = [];
  if (facts.passwordChangeRequired) pending.push('PASSWORD_CHANGE_REQUIRED');
  if (!facts.secondFactorEnrolled && requiresSecondFactor(facts.roles, requiredRolesSetting)) pending.push('SECOND_FACTOR_ENROLMENT_REQUIRED');
  return pending;
}

/**
 * The restriction that refuses an operation, or null: an operation passes when it lifts the
 * first restriction still pending (so the steps are taken in order) or is allowed under all.
 */
export function blockingRestriction(
  pending: readonly AccountRestriction[],
  allowedUnder: readonly AccountRestriction[],
): AccountRestriction | null {
  const first = pending[0];
  return first === undefined || allowedUnder.includes(first) ? null : first;
}

/** A temporary password an administrator hands over: 20 characters of a 56-letter alphabet (116 bits). */
export function newTemporaryPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
