import { BadUserInputError, decodeCursor, encodeCursor } from '@app/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microseconds, as PostgreSQL stores them: a millisecond Date would skip or repeat rows.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Keyset position in a recipient's notifications, newest first: (created_at, id). */
export interface NotificationCursor {
  readonly createdAt: string;
  readonly id: string;
}

export const isUuid = (value: string): boolean => UUID.test(value);

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return encodeCursor([cursor.createdAt, cursor.id]);
}

export function decodeNotificationCursor(after: string): NotificationCursor {
  const [createdAt, id] = decodeCursor(after, 2);
  if (typeof createdAt !== 'string' || !TIMESTAMP.test(createdAt) || typeof id !== 'string' || !isUuid(id)) {
    throw BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);
  }
  return { createdAt, id };
}
