import { types } from 'pg';
import { parseTimestamptz, PG_TYPE_PARSERS } from './timestamptz';

const library = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;
const millis = (value: Date | number | null) => (value instanceof Date ? value.getTime() : value);

describe('parseTimestamptz', () => {
  it.each([
    ['2026-12-01 20:07:08.442519+00', '2026-12-01T20:07:08.442Z'],
    ['2026-12-01 20:07:08+00', '2026-12-01T20:07:08.000Z'],
    ['2026-12-01 20:07:08.4+00', '2026-12-01T20:07:08.400Z'],
    ['2026-03-29 02:30:00.999999+05:30', '2026-03-28T21:00:00.999Z'],
    ['2026-01-01 00:00:00-09:30', '2026-01-01T09:30:00.000Z'],
    ['2024-02-29 23:59:59.5+14', '2024-02-29T09:59:59.500Z'],
  ])('reads %s as %s', (text, iso) => {
    expect((parseTimestamptz(text) as Date).toISOString()).toBe(iso);
  });

  it.each([
    ['BC', '0044-03-15 12:00:00+00 BC'],
    ['a year before 100', '0050-06-01 00:00:00+00'],
    ['a five-digit year', '12026-01-01 00:00:00+00'],
    ['an offset in seconds (local mean time)', '1890-01-01 00:00:00+00:53:28'],
    ['infinity', 'infinity'],
    ['-infinity', '-infinity'],
  ])('leaves %s to postgres-date, with the same answer', (_shape, text) => {
    expect(millis(parseTimestamptz(text))).toEqual(millis(library(text)));
  });

  it('agrees with postgres-date on every fraction length, offset and time of year', () => {
    const offsets = ['+00', '+01', '-03', '+05:30', '-09:30', '+14', '-12'];
    const fractions = ['', '.1', '.12', '.123', '.1234', '.12345', '.123456', '.999999'];
    let compared = 0;
    for (let day = 0; day < 366; day += 7) {
      const at = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000 + day * 3_723_000);
      const base = at.toISOString().slice(0, 19).replace('T', ' ');
      for (const fraction of fractions) {
        for (const offset of offsets) {
          const text = `${base}${fraction}${offset}`;
          expect([text, millis(parseTimestamptz(text))]).toEqual([text, millis(library(text))]);
          compared++;
        }
      }
    }
    expect(compared).toBe(53 * fractions.length * offsets.length);
  });

  it('is what a pool built with PG_TYPE_PARSERS uses for timestamptz, and pg’s own parsers for the rest', () => {
    expect(PG_TYPE_PARSERS.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(parseTimestamptz);
    expect(PG_TYPE_PARSERS.getTypeParser(types.builtins.INT4, 'text')).toBe(types.getTypeParser(types.builtins.INT4, 'text'));
    expect(PG_TYPE_PARSERS.getTypeParser(types.builtins.TIMESTAMPTZ, 'binary')).toBe(types.getTypeParser(types.builtins.TIMESTAMPTZ, 'binary'));
  });
});
