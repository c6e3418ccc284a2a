import { Role } from '@app/kernel';
import {
  blockingRestriction,
  hashRecoveryCode,
  isFreshStep,
  isTotpShaped,
  newRecoveryCodes,
  newTemporaryPassword,
  pendingRestrictions,
  requiresSecondFactor,
} from './second-factor.rules';
import { matchingStep, newTotpSecret, totpCode, totpEnrolment } from './totp';

describe('second-factor rules', () => {
  it('requires a second factor by role: every role, the listed ones, or none', () => {
    expect(requiresSecondFactor([Role.PROSECUTOR], '*')).toBe(true);
    expect(requiresSecondFactor([Role.PROSECUTOR], '')).toBe(false);
    expect(requiresSecondFactor([Role.PROSECUTOR, Role.AGENCY_ADMIN], 'AGENCY_ADMIN,VICTIM_COORDINATOR')).toBe(true);
    expect(requiresSecondFactor([Role.PROSECUTOR], 'AGENCY_ADMIN,VICTIM_COORDINATOR')).toBe(false);
    expect(requiresSecondFactor([], '*')).toBe(true);
  });

  it('makes ten distinct recovery codes of 80 bits, hashed alike however typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const [code] = codes;
    expect(hashRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toEqual(hashRecoveryCode(code));
    expect(hashRecoveryCode(codes[1])).not.toEqual(hashRecoveryCode(code));
    expect(isTotpShaped(code)).toBe(false);
    expect(isTotpShaped(' 123 456 ')).toBe(true);
  });

  it('takes a TOTP step once: the same or an earlier step is a replay', () => {
    expect(isFreshStep(100, null)).toBe(true);
    expect(isFreshStep(101, 100)).toBe(true);
    expect(isFreshStep(100, 100)).toBe(false);
    expect(isFreshStep(99, 100)).toBe(false);
  });

  it('accepts the code of now and of one step either side, nothing further', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-12-05T12:00:10Z');
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchingStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchingStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchingStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchingStep(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now)).toBeNull();
    expect(matchingStep(secret, 'abcdef', now)).toBeNull();
  });

  it('gives an otpauth URI and its QR code as a data URL', async () => {
    const secret = newTotpSecret();
    const enrolment = await totpEnrolment(secret, 'someone@example.test');
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*someone%40example\.test\?.*secret=/);
    expect(enrolment.otpauthUri).toContain(`secret=${secret}`);
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);
  });

  it('restricts a session: the password first, then the enrolment a role requires', () => {
    const facts = { roles: [Role.AGENCY_ADMIN], passwordChangeRequired: true, secondFactorEnrolled: false };
    expect(pendingRestrictions(facts, '*')).toEqual(['PASSWORD_CHANGE_REQUIRED', 'SECOND_FACTOR_ENROLMENT_REQUIRED']);
    expect(pendingRestrictions(facts, '')).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(pendingRestrictions({ ...facts, passwordChangeRequired: false, secondFactorEnrolled: true }, '*')).toEqual([]);

    const both = pendingRestrictions(facts, '*');
    expect(blockingRestriction(both, [])).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blockingRestriction(both, ['PASSWORD_CHANGE_REQUIRED'])).toBeNull();
    expect(blockingRestriction(both, ['SECOND_FACTOR_ENROLMENT_REQUIRED'])).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blockingRestriction(['SECOND_FACTOR_ENROLMENT_REQUIRED'], ['SECOND_FACTOR_ENROLMENT_REQUIRED'])).toBeNull();
    expect(blockingRestriction([], [])).toBeNull();
  });

  it('makes temporary passwords long enough for the password policy', () => {
    const password = newTemporaryPassword();
    expect(password).toHaveLength(20);
    expect(newTemporaryPassword()).not.toBe(password);
  });
});
