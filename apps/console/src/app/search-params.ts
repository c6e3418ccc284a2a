/*
 * Guards for search params read from the address bar, in the plain-function style of the
 * router's validateSearch: the route tree loads with the first page, and a schema library
 * there would cost more than the page itself (forms, loaded later, use zod).
 */

/** The value if it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The value if it is a string of 1 to `maxLength` characters matching `pattern`, else undefined. */
export function textMatching(value: unknown, pattern: RegExp = /./, maxLength = 200): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength && pattern.test(value) ? value : undefined;
}

/** A param given once or several times (`?s=A` or `?s=A&s=B`), as a list. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The search without its absent entries, so links do not carry `?status=undefined`. */
export function present<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}
