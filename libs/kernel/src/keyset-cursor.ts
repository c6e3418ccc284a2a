import { decodeCursor, encodeCursor } from './cursor';
import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microseconds, as PostgreSQL stores them: a millisecond Date would skip or repeat rows.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
// A bigint identity: at most 18 digits, so it never exceeds PostgreSQL's bigint.
const SEQUENCE_ID = /^[1-9][0-9]{0,17}$/;

const notACursor = () => BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);

/** A cursor's timestamp names a real instant (no 13th month, no 30 February, no year 0) PostgreSQL can read. */
function isRealTimestamp(at: string): boolean {
  if (!TIMESTAMP.test(at) || at.startsWith('0000')) return false;
  const instant = new Date(`${at.slice(0, 23)}Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().slice(0, 19) === at.slice(0, 19);
}

export const isUuid = (value: string): boolean => UUID.test(value);

/** Keyset position in a list ordered by (timestamp DESC, id DESC). */
export interface KeysetPosition {
  readonly at: string;
  readonly id: string;
}

export const encodeKeyset = (position: KeysetPosition): string => encodeCursor([position.at, position.id]);

/** Reads an `after` cursor; anything this API did not hand out answers BAD_USER_INPUT before it reaches SQL. */
export const decodeKeyset = (after: string): KeysetPosition => decodeKeysetOf(after, isUuid);

/** Reads the `after` cursor of a list ordered by (timestamp DESC, bigint identity DESC), checked like decodeKeyset. */
export const decodeSequenceKeyset = (after: string): KeysetPosition => decodeKeysetOf(after, (id) => SEQUENCE_ID.test(id));

function decodeKeysetOf(after: string, isId: (id: string) => boolean): KeysetPosition {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || !isRealTimestamp(at) || typeof id !== 'string' || !isId(id)) throw notACursor();
  return { at, id };
}

/** SQL rendering of a timestamptz column in the cursor's format. */
export const cursorTimestampSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
