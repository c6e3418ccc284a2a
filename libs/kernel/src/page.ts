import { encodeCursor } from './cursor';

/** One entry of a page and where the next page starts after it. */
export interface PageEntry<T> {
  readonly cursor: string;
  readonly item: T;
}

/** A page of a keyset-paged list, as services answer it; the GraphQL edge makes it a connection. */
export interface Page<T> {
  readonly entries: readonly PageEntry<T>[];
  readonly hasNextPage: boolean;
}

/** A page of at most `first` items from rows read with one more (`first + 1`), which tells whether a next page exists. */
export function pageOf<R, T>(rows: readonly R[], first: number, cursorOf: (row: R) => (string | number)[], toItem: (row: R) => T): Page<T> {
  return {
    entries: rows.slice(0, first).map((row) => ({ cursor: encodeCursor(cursorOf(row)), item: toItem(row) })),
    hasNextPage: rows.length > first,
  };
}
