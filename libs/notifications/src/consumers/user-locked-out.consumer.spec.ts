import { userLockedOutMessage } from './user-locked-out.consumer';

describe('userLockedOutMessage', () => {
  it('says until when, in UTC, and names nobody', () => {
    expect(userLockedOutMessage('2030-01-01T12:34:56.789+02:00')).toBe(
      'A user of your agency was locked out after repeated failed sign-ins until 2030-01-01 10:34 UTC.',
    );
  });
});
