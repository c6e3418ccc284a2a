import { BadUserInputError } from './errors';

/**
 * Relay cursors are opaque to clients; inside they carry the sort key of the last row
 * seen (keyset pagination, so pages stay stable while rows are added).
 */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === arity &&
      parts.every((p) => typeof p === 'string' || typeof p === 'number')
    ) {
      return parts as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInputError.of([{ field: 'after', problem: 'is not a cursor returned by this API' }]);
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw BadUserInputError.of([{ field: 'first', problem: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}
