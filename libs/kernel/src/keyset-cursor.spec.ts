import { encodeCursor } from './cursor';
import { BadUserInputError } from './errors';
import { decodeKeyset, encodeKeyset } from './keyset-cursor';

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
  ])('refuses %s', (_, cursor) => {
    expect(() => decodeKeyset(cursor)).toThrow(BadUserInputError);
  });
});
