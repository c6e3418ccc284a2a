import { SessionCache } from './session-cache';

describe('SessionCache', () => {
  const alice = { userId: 'alice', roles: ['PROSECUTOR'] };
  const bob = { userId: 'bob', roles: ['AUDITOR'] };

  it('keeps a read for its time to live, and not at all with none', () => {
    const cache = new SessionCache<typeof alice>(1000);
    cache.put('s1', alice, cache.begin(), 0);
    expect(cache.get('s1', 999)).toBe(alice);
    expect(cache.get('s1', 1000)).toBeUndefined();
    const off = new SessionCache<typeof alice>(0);
    off.put('s1', alice, off.begin(), 0);
    expect(off.get('s1', 0)).toBeUndefined();
  });

  it("forgets a user's sessions when told they changed, and no one else's", () => {
    const cache = new SessionCache<typeof alice>(1000);
    cache.put('a1', alice, cache.begin(), 0);
    cache.put('a2', alice, cache.begin(), 0);
    cache.put('b1', bob, cache.begin(), 0);
    cache.invalidateUser('alice');
    expect(cache.get('a1', 1)).toBeUndefined();
    expect(cache.get('a2', 1)).toBeUndefined();
    expect(cache.get('b1', 1)).toBe(bob);
    cache.clear();
    expect(cache.get('b1', 1)).toBeUndefined();
  });

  it('does not keep a read begun before a change: it may hold what the change undid', () => {
    const cache = new SessionCache<typeof alice>(1000);
    const begun = cache.begin();
    cache.invalidateUser('alice');
    cache.put('a1', alice, begun, 0);
    expect(cache.get('a1', 1)).toBeUndefined();
  });

  it('stays within its bound, the oldest entry going first', () => {
    const cache = new SessionCache<typeof alice>(1000, 2);
    cache.put('s1', alice, cache.begin(), 0);
    cache.put('s2', alice, cache.begin(), 0);
    cache.put('s3', bob, cache.begin(), 0);
    expect(cache.get('s1', 1)).toBeUndefined();
    expect(cache.get('s3', 1)).toBe(bob);
  });
});
