import { BadUserInputError, encodeCursor } from '@app/kernel';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

describe('notification cursor', () => {
  const position = { createdAt: '2030-01-01T10:00:00.123456Z', id: '3f1c9a52-8a9e-4a55-9d3e-6c1f0b1f2a10' };

  it('round-trips a position with microseconds', () => {
    expect(decodeNotificationCursor(encodeNotificationCursor(position))).toEqual(position);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['wrong arity', encodeCursor(['2030-01-01T10:00:00.123456Z'])],
    ['millisecond time', encodeCursor(['2030-01-01T10:00:00.123Z', position.id])],
    ['not a uuid', encodeCursor([position.createdAt, 'x; DROP TABLE notification'])],
    ['number parts', encodeCursor([1, 2])],
  ])('refuses %s', (_, cursor) => {
    expect(() => decodeNotificationCursor(cursor)).toThrow(BadUserInputError);
  });
});
