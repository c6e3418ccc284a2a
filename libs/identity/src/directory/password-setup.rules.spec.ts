import { hashSetupToken, judgeSetupLink, newSetupToken, setupLinkExpiry } from './password-setup.rules';

const now = new Date('2030-01-01T12:00:00Z');

describe('set-password links', () => {
  it('is usable once, until it expires', () => {
    const expiresAt = setupLinkExpiry(now, 72);
    expect(expiresAt.toISOString()).toBe('2030-01-04T12:00:00.000Z');
    expect(judgeSetupLink({ usedAt: null, expiresAt }, now)).toBe('usable');
    expect(judgeSetupLink({ usedAt: now, expiresAt }, now)).toBe('used');
    expect(judgeSetupLink({ usedAt: null, expiresAt: now }, now)).toBe('expired');
  });

  it('makes tokens that cannot be guessed, kept only as their hash', () => {
    const token = newSetupToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSetupToken()).not.toBe(token);
    expect(hashSetupToken(token)).toHaveLength(32);
    expect(hashSetupToken(token).equals(hashSetupToken(token))).toBe(true);
  });
});
