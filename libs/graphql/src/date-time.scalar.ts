import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * The years a date may fall in. Nothing in this domain lies outside them, and within them
 * PostgreSQL, JavaScript and every deadline added to a date stay in range.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

// A date, or a date-time with seconds optional and a zone required (a local time would be read in the server's zone).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:[0-5]\d))?$/;

export const DATE_TIME_PROBLEM = `must be an ISO 8601 date-time with a zone, such as 2026-03-01T09:30:00Z, in the years ${FIRST_YEAR} to ${LAST_YEAR}`;

/** A client's date-time, or null when it is none (no 30 February, no hour 24, nothing outside the years above). */
export function parseDateTime(value: unknown): Date | null {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
  const parts = [year, month, day, hour, minute, second].map(Number);
  const wallClock = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
  // Date.UTC rolls 30 February over into March, and takes years below 100 as 19xx: compared back, neither passes.
  const asWritten = [
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth() + 1,
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    wallClock.getUTCSeconds(),
  ];
  if (asWritten.some((part, i) => part !== parts[i]) || parts[0] < FIRST_YEAR || parts[0] > LAST_YEAR) return null;
  const offsetMinutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  const milliseconds = Number(fraction.slice(1, 4).padEnd(3, '0'));
  return new Date(wallClock.getTime() + milliseconds - offsetMinutes * 60_000);
}

function dateTimeOrRefuse(value: unknown): Date {
  const date = parseDateTime(value);
  if (!date) throw new GraphQLError(`DateTime ${DATE_TIME_PROBLEM}`);
  return date;
}

/**
 * Nest's DateTime scalar, reading input strictly: Nest's own gives `new Date(anything)`, so an
 * Invalid Date or a year PostgreSQL cannot store reached the use cases and failed there.
 * Output is written as before.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: GraphQLISODateTime.name,
  description: `An ISO 8601 date-time with a zone, such as 2026-03-01T09:30:00Z (a date alone is midnight UTC), in the years ${FIRST_YEAR} to ${LAST_YEAR}; answered at UTC.`,
  serialize: (value) => GraphQLISODateTime.serialize(value),
  parseValue: dateTimeOrRefuse,
  parseLiteral: (ast) => dateTimeOrRefuse(ast.kind === Kind.STRING ? ast.value : null),
});

/** Schema-building options the gateway and the committed schema file share. */
export const GRAPHQL_SCALARS = { scalarsMap: [{ type: Date, scalar: StrictDateTime }] };
