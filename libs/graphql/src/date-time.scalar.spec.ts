import { DATE_TIME_PROBLEM, parseDateTime, StrictDateTime } from './date-time.scalar';

describe('parseDateTime', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.570Z', '2026-03-01T09:30:00.570Z'],
    ['2026-03-01T09:30:00.123456Z', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T11:30:00+02:00', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T06:00:00-03:30', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['2999-12-31T23:59:59.999Z', '2999-12-31T23:59:59.999Z'],
  ])('reads %s', (input, iso) => {
    expect(parseDateTime(input)?.toISOString()).toBe(iso);
  });

  it.each([
    ['junk', 'junk'],
    ['a local time', '2026-03-01T09:30:00'],
    ['30 February', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2027-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 24', '2026-03-01T24:00:00Z'],
    ['a far past', '0001-01-01T00:00:00Z'],
    ['year 1899', '1899-12-31T23:59:59Z'],
    ['year 3000', '3000-01-01T00:00:00Z'],
    ['an extended year', '+275760-09-13T00:00:00Z'],
    ['a negative year', '-271821-04-20T00:00:00Z'],
    ['an offset beyond 18 hours', '2026-03-01T09:30:00+19:00'],
    ['an offset with minute 60', '2026-03-01T09:30:00+05:60'],
    ['a number', 1_700_000_000_000],
    ['null', null],
  ])('refuses %s', (_, input) => {
    expect(parseDateTime(input)).toBeNull();
  });
});

describe('StrictDateTime', () => {
  it('refuses bad input with the rule, and writes dates as Nest does', () => {
    expect(() => StrictDateTime.parseValue('9999-12-31T00:00:00Z')).toThrow(DATE_TIME_PROBLEM);
    expect(StrictDateTime.name).toBe('DateTime');
    expect(StrictDateTime.serialize(new Date('2026-03-01T09:30:00Z'))).toBe('2026-03-01T09:30:00.000Z');
  });
});
