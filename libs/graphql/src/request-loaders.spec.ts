import { loadersOf } from './request-loaders';

describe('request loaders', () => {
  const doubling = () => jest.fn(async (keys: readonly string[]) => keys.map((k) => `${k}${k}`));

  it('batches the loads of one tick into one call, answering each in key order', async () => {
    const batch = doubling();
    const loaders = loadersOf({});
    const values = await Promise.all(['a', 'b', 'c'].map((key) => loaders.load('test.double', batch, key)));
    expect(values).toEqual(['aa', 'bb', 'cc']);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(batch).toHaveBeenCalledWith(['a', 'b', 'c']);
  });

  it('gives each request its own loaders, and the same ones within a request', async () => {
    const first = {};
    const batch = doubling();
    expect(loadersOf(first)).toBe(loadersOf(first));
    expect(loadersOf(first).loader('test.double', batch)).toBe(loadersOf(first).loader('test.double', doubling()));
    expect(loadersOf({})).not.toBe(loadersOf(first));
    await Promise.all([loadersOf(first).load('test.double', batch, 'a'), loadersOf({}).load('test.double', batch, 'b')]);
    // Two requests never share a batch: one call each.
    expect(batch.mock.calls).toEqual([[['a']], [['b']]]);
  });

  it('does not memoise, so a load after a change reads again', async () => {
    const batch = doubling();
    const loaders = loadersOf({});
    await loaders.load('test.double', batch, 'a');
    await loaders.load('test.double', batch, 'a');
    expect(batch).toHaveBeenCalledTimes(2);
  });
});
