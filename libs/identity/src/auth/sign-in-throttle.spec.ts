import type Redis from 'ioredis';
import { parseConfig } from '@app/config';
import { TooManyRequestsError } from '@app/kernel';
import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle.verify', () => {
  it('runs verifications a few at a time and refuses beyond the queue', async () => {
    const config = parseConfig({ SIGN_IN_VERIFICATIONS_AT_ONCE: '1', SIGN_IN_VERIFICATIONS_QUEUED: '1' });
    // Verification never touches Redis: the limiters are not used here.
    const throttle = new SignInThrottle({} as Redis, config);
    const releases: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const slow = () =>
      new Promise<boolean>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        releases.push(() => {
          running -= 1;
          resolve(true);
        });
      });
    const first = throttle.verify(slow);
    const second = throttle.verify(slow);
    await expect(throttle.verify(slow)).rejects.toBeInstanceOf(TooManyRequestsError);
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
    await expect(second).resolves.toBe(true);
    expect(most).toBe(1);
  });
});

describe('SignInThrottle.withPlace', () => {
  it('refuses a sign-in at the door, without running any of it, while every verification place is taken', async () => {
    const config = parseConfig({ SIGN_IN_VERIFICATIONS_AT_ONCE: '1', SIGN_IN_VERIFICATIONS_QUEUED: '1' });
    // Nothing of a sign-in runs before its place is given, so no Redis either.
    const throttle = new SignInThrottle({} as Redis, config);
    const answers: (() => void)[] = [];
    const signIn = () => new Promise<string>((resolve) => answers.push(() => resolve('signed in')));
    const first = throttle.withPlace(signIn);
    const second = throttle.withPlace(signIn);
    const ran = jest.fn(signIn);
    const refused = throttle.withPlace(ran);
    await expect(refused).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(ran).not.toHaveBeenCalled();
    answers.shift()?.();
    await expect(first).resolves.toBe('signed in');
    // A place is free again once a sign-in is answered.
    const third = throttle.withPlace(signIn);
    answers.shift()?.();
    answers.shift()?.();
    await expect(Promise.all([second, third])).resolves.toEqual(['signed in', 'signed in']);
  });
});
