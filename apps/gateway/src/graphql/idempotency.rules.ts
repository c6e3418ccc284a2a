import { createHash } from 'node:crypto';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/** The HTTP header a client sends with a mutation it may retry. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const KEY_FORMAT = /^[A-Za-z0-9_-]{1,100}$/;

/** Mutations that answer tokens: never stored, so the header is ignored on them. */
export const TOKEN_ISSUING_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'refreshSession']);

export function isValidIdempotencyKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

/** JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` read the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** SHA-256 of what makes two requests "the same": operation name, query text, variables. */
export function requestHash(request: { operationName?: string | null; query: string; variables?: Record<string, unknown> | null }): Buffer {
  const material = canonicalJson([request.operationName ?? null, request.query, request.variables ?? {}]);
  return createHash('sha256').update(material).digest();
}

/** Names (not aliases) of an operation's root fields, through fragments. */
export function rootFieldNames(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

export interface StoredKey {
  requestHash: Buffer;
  status: 'PENDING' | 'DONE';
  response: Record<string, unknown> | null;
}

export type ExistingKeyOutcome =
  | { kind: 'replay'; response: Record<string, unknown> }
  | { kind: 'conflict'; message: string };

export const KEY_REUSED = 'this idempotency key was used with a different request';
export const KEY_IN_PROGRESS = 'a request with this idempotency key is in progress';

/** What a request answers when its key is already held (null: another request holds it, nothing known). */
export function outcomeForExistingKey(existing: StoredKey | null, hash: Buffer): ExistingKeyOutcome {
  if (!existing) return { kind: 'conflict', message: KEY_IN_PROGRESS };
  if (!existing.requestHash.equals(hash)) return { kind: 'conflict', message: KEY_REUSED };
  if (existing.status === 'PENDING' || !existing.response) return { kind: 'conflict', message: KEY_IN_PROGRESS };
  return { kind: 'replay', response: existing.response };
}
