import { BadUserInputError, decodeCursor, encodeCursor } from '@app/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microseconds, as PostgreSQL stores them: a millisecond Date would skip or repeat rows.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Keyset position in a list ordered by (timestamp DESC, id DESC). */
export interface KeysetPosition {
  readonly at: string;
  readonly id: string;
}

export const encodeKeyset = (position: KeysetPosition): string => encodeCursor([position.at, position.id]);

export function decodeKeyset(after: string): KeysetPosition {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || !TIMESTAMP.test(at) || typeof id !== 'string' || !UUID.test(id)) {
    throw BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);
  }
  return { at, id };
}

/** SQL rendering of a timestamptz column in the cursor's format. */
export const cursorTimestampSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A LIKE pattern matching `text` anywhere, with the pattern characters in it taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
