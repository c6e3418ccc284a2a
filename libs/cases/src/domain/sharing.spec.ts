import { HandlingCode } from './case.enums';
import { isCardActive, referenceCardProblems } from './sharing';

const NOW = new Date('2030-01-01T12:00:00Z');
const LATER = new Date('2030-01-02T12:00:00Z');
const EARLIER = new Date('2029-12-31T12:00:00Z');

describe('referenceCardProblems', () => {
  it.each([
    ['H0 to another State', { handlingCode: HandlingCode.H0, recipientStateCode: 'MD' }, []],
    ['H3 with a restriction', { handlingCode: HandlingCode.H3, handlingRestriction: 'no onward sharing', recipientStateCode: 'MD' }, []],
    ['H3 without a restriction', { handlingCode: HandlingCode.H3, handlingRestriction: '  ', recipientStateCode: 'MD' }, ['handlingRestriction']],
    ['an expiry in the past', { handlingCode: HandlingCode.H1, expiresAt: EARLIER, recipientStateCode: 'MD' }, ['expiresAt']],
    ['an expiry in the future', { handlingCode: HandlingCode.H2, expiresAt: LATER, recipientStateCode: 'MD' }, []],
    ['an agency of the own State', { handlingCode: HandlingCode.H0, recipientStateCode: 'DE' }, ['recipientAgencyId']],
  ])('%s → %j', (_, card, fields) => {
    expect(referenceCardProblems(card, 'DE', NOW).map((p) => p.field)).toEqual(fields);
  });
});

describe('isCardActive', () => {
  it.each([
    [null, null, true],
    [null, LATER, true],
    [null, EARLIER, false],
    [null, NOW, false],
    [EARLIER, null, false],
    [EARLIER, LATER, false],
  ])('revoked %s, expires %s → %s', (revokedAt, expiresAt, active) => {
    expect(isCardActive({ revokedAt, expiresAt }, NOW)).toBe(active);
  });
});
