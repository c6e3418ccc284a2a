import {
  afterFailedSignIn,
  hashRefreshToken,
  isLocked,
  judgeRefreshToken,
  newPasswordProblems,
  newRefreshToken,
  secondsUntilDrained,
  verificationQueueFull,
} from './sign-in.rules';

const policy = { threshold: 5, lockMinutes: 15 };
const now = new Date('2026-11-24T10:00:00Z');

describe('lockout', () => {
  it('locks for 15 minutes on the fifth failure in a row and restarts the count', () => {
    let counters = { failedSignIns: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      const next = afterFailedSignIn(counters, policy, now);
      expect(next).toMatchObject({ failedSignIns: i, lockedNow: false, lockedUntil: null });
      counters = next;
    }
    const fifth = afterFailedSignIn(counters, policy, now);
    expect(fifth.lockedNow).toBe(true);
    expect(fifth.failedSignIns).toBe(0);
    expect(fifth.lockedUntil?.toISOString()).toBe('2026-11-24T10:15:00.000Z');
  });

  it('is locked until the instant the lock ends', () => {
    const lockedUntil = new Date('2026-11-24T10:15:00Z');
    expect(isLocked({ failedSignIns: 0, lockedUntil }, new Date('2026-11-24T10:14:59Z'))).toBe(true);
    expect(isLocked({ failedSignIns: 0, lockedUntil }, lockedUntil)).toBe(false);
    expect(isLocked({ failedSignIns: 3, lockedUntil: null }, now)).toBe(false);
  });
});

describe('refresh token rotation', () => {
  const fresh = { rotatedAt: null, revokedAt: null, expiresAt: new Date('2026-12-01T00:00:00Z') };

  it('rotates a fresh token', () => {
    expect(judgeRefreshToken(fresh, now)).toBe('rotate');
  });

  it('treats a rotated or revoked token as reuse', () => {
    expect(judgeRefreshToken({ ...fresh, rotatedAt: now }, now)).toBe('reuse-detected');
    expect(judgeRefreshToken({ ...fresh, revokedAt: now }, now)).toBe('reuse-detected');
  });

  it('refuses an expired token', () => {
    expect(judgeRefreshToken({ ...fresh, expiresAt: now }, now)).toBe('expired');
  });

  it('makes distinct tokens and stores only a hash', () => {
    const a = newRefreshToken();
    expect(a).not.toBe(newRefreshToken());
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(hashRefreshToken(a).equals(hashRefreshToken(a))).toBe(true);
    expect(hashRefreshToken(a).toString('utf8')).not.toContain(a);
  });
});

describe('a new password', () => {
  it('is at least 12 characters and not the current one, the problem named by its field', () => {
    expect(newPasswordProblems('short', 'current-password-1')).toEqual([{ field: 'newPassword', problem: 'must be at least 12 characters' }]);
    expect(newPasswordProblems('current-password-1', 'current-password-1')).toEqual([
      { field: 'newPassword', problem: 'must differ from the current password' },
    ]);
    expect(newPasswordProblems('a-new-long-password', 'current-password-1')).toEqual([]);
  });
});

describe('the verification queue', () => {
  const bounds = { atOnce: 1, queued: 2 };

  it('is full once every place to run or to wait is taken', () => {
    expect(verificationQueueFull(0, bounds)).toBe(false);
    expect(verificationQueueFull(2, bounds)).toBe(false);
    expect(verificationQueueFull(3, bounds)).toBe(true);
    expect(verificationQueueFull(1, { atOnce: 1, queued: 0 })).toBe(true);
  });

  it('tells a refused sign-in to come back when the places taken have drained, at least a second on', () => {
    expect(secondsUntilDrained(3, bounds, 400)).toBe(2);
    expect(secondsUntilDrained(51, { atOnce: 2, queued: 49 }, 300)).toBe(8);
    expect(secondsUntilDrained(3, bounds, 0)).toBe(1);
    expect(secondsUntilDrained(1, bounds, 50)).toBe(1);
  });
});
