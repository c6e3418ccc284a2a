import { encodeCursor } from './cursor';
import { BadUserInputError } from './errors';
import { decodeKeyset, decodeSequenceKeyset, encodeKeyset } from './keyset-cursor';

describe('keyset cursor', () => {
  const position = { at: '2030-01-01T10:00:00.123456Z', id: '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11' };

  it('round-trips a position with microseconds', () => {
    expect(decodeKeyset(encodeKeyset(position))).toEqual(position);
  });

  it.each([['garbage'], [Buffer.from('["2030-01-01", "x"]').toString('base64url')]])('refuses %s', (after) => {
    expect(() => decodeKeyset(after)).toThrow('after: is not a cursor returned by this API');
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['wrong arity', encodeCursor(['2030-01-01T10:00:00.123456Z'])],
    ['millisecond time', encodeCursor(['2030-01-01T10:00:00.123Z', position.id])],
    ['not a uuid', encodeCursor([position.at, 'x; DROP TABLE notification'])],
    ['number parts', encodeCursor([1, 2])],
    ['13th month', encodeCursor(['2030-13-01T10:00:00.123456Z', position.id])],
    ['30 February', encodeCursor(['2030-02-30T10:00:00.123456Z', position.id])],
    ['hour 25', encodeCursor(['2030-01-01T25:00:00.123456Z', position.id])],
    ['year 0', encodeCursor(['0000-01-01T10:00:00.123456Z', position.id])],
  ])('refuses %s', (_, cursor) => {
    expect(() => decodeKeyset(cursor)).toThrow(BadUserInputError);
  });

  it('reads a leap day and the last microsecond of a year', () => {
    for (const at of ['2028-02-29T00:00:00.000000Z', '2030-12-31T23:59:59.999999Z']) {
      expect(decodeKeyset(encodeKeyset({ at, id: position.id })).at).toBe(at);
    }
  });
});

describe('sequence keyset cursor', () => {
  const at = '2030-01-01T10:00:00.123456Z';

  it('reads a time and the id of a bigint identity', () => {
    expect(decodeSequenceKeyset(encodeKeyset({ at, id: '4711' }))).toEqual({ at, id: '4711' });
  });

  it.each([
    ['a number', encodeCursor([at, 4711])],
    ['beyond bigint', encodeCursor([at, '1'.repeat(19)])],
    ['an exponent', encodeCursor([at, '1e+300'])],
    ['zero', encodeCursor([at, '0'])],
    ['a uuid', encodeCursor([at, '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11'])],
    ['the id alone', encodeCursor(['4711'])],
  ])('refuses %s', (_, cursor) => {
    expect(() => decodeSequenceKeyset(cursor)).toThrow('after: is not a cursor returned by this API');
  });
});
