// A UTF-16 surrogate without its partner: it has no UTF-8 encoding, so neither PostgreSQL nor any client could read it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with a string a client sent, if anything, for every way text comes in
 * (GraphQL input, upload file names): PostgreSQL refuses NUL in text, and a lone
 * surrogate cannot be stored or sent on as UTF-8.
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it holds a lone surrogate)';
  return null;
}
