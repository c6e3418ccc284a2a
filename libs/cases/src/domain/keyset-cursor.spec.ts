import { containsPattern, decodeKeyset, encodeKeyset } from './keyset-cursor';

describe('keyset cursor', () => {
  const position = { at: '2030-01-01T10:00:00.123456Z', id: '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11' };

  it('round-trips', () => {
    expect(decodeKeyset(encodeKeyset(position))).toEqual(position);
  });

  it.each([['garbage'], [Buffer.from('["2030-01-01", "x"]').toString('base64url')]])('refuses %s', (after) => {
    expect(() => decodeKeyset(after)).toThrow('after: is not a cursor returned by this API');
  });
});

describe('containsPattern', () => {
  it.each([
    ['DE-2026', '%DE-2026%'],
    ['50%_off\\', '%50\\%\\_off\\\\%'],
  ])('%s → %s', (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});
