import { accountStatus, AccountStatus, enableRefusal, unlockRefusal } from './account-status';

const now = new Date('2030-01-01T12:00:00Z');
const later = new Date('2030-01-01T12:15:00Z');
const earlier = new Date('2030-01-01T11:45:00Z');

describe('account status', () => {
  it.each([
    [{ disabledAt: null, lockedUntil: null }, AccountStatus.ACTIVE],
    [{ disabledAt: null, lockedUntil: earlier }, AccountStatus.ACTIVE],
    [{ disabledAt: null, lockedUntil: later }, AccountStatus.LOCKED],
    [{ disabledAt: earlier, lockedUntil: later }, AccountStatus.DISABLED],
    [{ disabledAt: earlier, lockedUntil: null }, AccountStatus.DISABLED],
  ])('%o is %s', (account, status) => {
    expect(accountStatus(account, now)).toBe(status);
  });

  it('a lock ends at its instant, not a moment later', () => {
    expect(accountStatus({ disabledAt: null, lockedUntil: now }, now)).toBe(AccountStatus.ACTIVE);
  });
});

describe('unlock and enable', () => {
  it('unlocks only a locked account', () => {
    expect(unlockRefusal(AccountStatus.LOCKED)).toBeNull();
    expect(unlockRefusal(AccountStatus.ACTIVE)).toEqual({ refusal: 'STATE', problems: [{ field: 'userId', problem: 'the account is not locked' }] });
    expect(unlockRefusal(AccountStatus.DISABLED)?.problems[0].problem).toBe('the account is disabled, not locked');
  });

  it('enables only a disabled account', () => {
    expect(enableRefusal(AccountStatus.DISABLED)).toBeNull();
    expect(enableRefusal(AccountStatus.ACTIVE)?.refusal).toBe('STATE');
    expect(enableRefusal(AccountStatus.LOCKED)?.refusal).toBe('STATE');
  });
});
