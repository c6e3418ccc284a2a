import { hitMessage, matchNotificationKey, matchPair } from './matching';

describe('matchPair', () => {
  it.each([
    ['aaaa', 'bbbb'],
    ['bbbb', 'aaaa'],
  ])('orders (%s, %s) canonically', (x, y) => {
    expect(matchPair(x, y)).toEqual({ caseA: 'aaaa', caseB: 'bbbb' });
  });
});

describe('matchNotificationKey', () => {
  const event = '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11';
  it('is a deterministic UUID per (event, match)', () => {
    const key = matchNotificationKey(event, 'match-1');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(matchNotificationKey(event, 'match-1')).toBe(key);
    expect(matchNotificationKey(event, 'match-2')).not.toBe(key);
  });
});

describe('hitMessage', () => {
  it('names the other agency, State and contact, and the type, in words', () => {
    expect(
      hitMessage({
        identifierType: 'BANK_ACCOUNT',
        ownReference: 'DE-1',
        otherAgencyName: 'La Strada',
        otherStateName: 'Moldova',
        contactName: 'Ion',
        contactEmail: 'ion@example.test',
      }),
    ).toBe('Hit: a bank account identifier of your case DE-1 also appears in a case of La Strada (Moldova). Contact: Ion <ion@example.test>.');
  });
});
