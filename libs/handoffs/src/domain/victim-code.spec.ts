import { newVictimCode } from './victim-code';

describe('victim code', () => {
  it('names the referring State and six unambiguous characters', () => {
    const codes = Array.from({ length: 200 }, () => newVictimCode('DE'));
    for (const code of codes) expect(code).toMatch(/^V-DE-[A-HJ-NP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(195);
  });
});
