import { decodeCursor, encodeCursor } from './cursor';
import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microseconds, as PostgreSQL stores them: a millisecond Date would skip or repeat rows.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export const isUuid = (value: string): boolean => UUID.test(value);

/** Keyset position in a list ordered by (timestamp DESC, id DESC). */
export interface KeysetPosition {
  readonly at: string;
  readonly id: string;
}

export const encodeKeyset = (position: KeysetPosition): string => encodeCursor([position.at, position.id]);

/** Reads an `after` cursor; anything this API did not hand out answers BAD_USER_INPUT before it reaches SQL. */
export function decodeKeyset(after: string): KeysetPosition {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || !TIMESTAMP.test(at) || typeof id !== 'string' || !isUuid(id)) {
    throw BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);
  }
  return { at, id };
}

/** SQL rendering of a timestamptz column in the cursor's format. */
export const cursorTimestampSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
