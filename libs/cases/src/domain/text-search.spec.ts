import { containsPattern } from './text-search';

describe('containsPattern', () => {
  it.each([
    ['DE-2026', '%DE-2026%'],
    ['50%_off\\', '%50\\%\\_off\\\\%'],
  ])('%s → %s', (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});
