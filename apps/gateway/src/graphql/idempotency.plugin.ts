import { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server';
import { FragmentDefinitionNode, Kind } from 'graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Actor, ErrorCode } from '@app/kernel';
import { GraphQLContext } from '@app/graphql';
import {
  IDEMPOTENCY_HEADER,
  isValidIdempotencyKey,
  outcomeForExistingKey,
  requestHash,
  rootFieldNames,
  StoredKey,
  TOKEN_ISSUING_MUTATIONS,
} from './idempotency.rules';

/** The rows behind the keys (table idempotency_key). */
export interface IdempotencyStore {
  /** Claims the key for this request (true), or answers what holds it already. */
  claim(userId: string, key: string, hash: Buffer): Promise<{ claimed: true } | { claimed: false; existing: StoredKey | null }>;
  complete(userId: string, key: string, response: Record<string, unknown>): Promise<void>;
  release(userId: string, key: string): Promise<void>;
}

/** How many expired rows one claim removes on its way (the created_at index keeps it cheap). */
const CLEANUP_BATCH = 100;

export function sqlIdempotencyStore(db: DataSource, ttlHours: number): IdempotencyStore {
  const expired = `created_at < now() - make_interval(hours => $3)`;
  return {
    async claim(userId, key, hash) {
      await db.query(
        `DELETE FROM idempotency_key WHERE ctid IN (
           SELECT ctid FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) LIMIT ${CLEANUP_BATCH})`,
        [ttlHours],
      );
      // Two attempts: an expired row of this very key is removed, then the key claimed afresh.
      for (let attempt = 0; attempt < 2; attempt++) {
        const inserted = (await db.query(
          `INSERT INTO idempotency_key (user_id, key, request_hash, status) VALUES ($1, $2, $3, 'PENDING')
           ON CONFLICT DO NOTHING RETURNING key`,
          [userId, key, hash],
        )) as unknown[];
        if (inserted.length) return { claimed: true };
        const [row] = (await db.query(
          `SELECT request_hash, status, response, ${expired} AS expired FROM idempotency_key WHERE user_id = $1 AND key = $2`,
          [userId, key, ttlHours],
        )) as { request_hash: Buffer; status: 'PENDING' | 'DONE'; response: Record<string, unknown> | null; expired: boolean }[];
        if (!row) continue; // released meanwhile: try again
        if (!row.expired) return { claimed: false, existing: { requestHash: row.request_hash, status: row.status, response: row.response } };
        await db.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND ${expired}`, [userId, key, ttlHours]);
      }
      return { claimed: false, existing: null };
    },
    async complete(userId, key, response) {
      await db.query(`UPDATE idempotency_key SET status = 'DONE', response = $3::jsonb WHERE user_id = $1 AND key = $2`, [
        userId,
        key,
        JSON.stringify(response),
      ]);
    },
    async release(userId, key) {
      await db.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND status = 'PENDING'`, [userId, key]);
    },
  };
}

function errorResponse(code: ErrorCode, message: string): GraphQLResponse {
  return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

/**
 * Idempotency keys for mutations a client may retry. After parsing and validation, a signed-in
 * user's mutation with an `Idempotency-Key` header claims the key; the first request executes,
 * and its response is stored if it has no errors (otherwise the key is released). A retry with
 * the same operation and variables gets the stored response; anything else with the key, or a
 * retry while the first runs, gets CONFLICT. Queries and token-issuing mutations ignore the header.
 */
export function idempotencyPlugin(deps: {
  store: IdempotencyStore;
  actorOfHeader: (authorization: string | undefined) => Promise<Actor | null>;
  logger: Logger;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let claimed: { userId: string; key: string } | null = null;
      return {
        async responseForOperation({ request, operation, document, operationName, source }) {
          const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
          if (key === undefined || operation.operation !== 'mutation') return null;
          const actor = await deps.actorOfHeader(request.http?.headers.get('authorization'));
          if (!actor) return null; // anonymous: the guard answers during execution; nothing stored
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          if ([...rootFieldNames(operation, fragments)].some((name) => TOKEN_ISSUING_MUTATIONS.has(name))) return null;
          if (!isValidIdempotencyKey(key)) {
            return errorResponse('BAD_USER_INPUT', 'Idempotency-Key must be 1 to 100 letters, digits, - or _');
          }
          const hash = requestHash({ operationName, query: source, variables: request.variables });
          const claim = await deps.store.claim(actor.userId, key, hash);
          if (claim.claimed) {
            claimed = { userId: actor.userId, key };
            return null; // execute
          }
          const outcome = outcomeForExistingKey(claim.existing, hash);
          if (outcome.kind === 'conflict') return errorResponse('CONFLICT', outcome.message);
          const headers = new HeaderMap([['idempotent-replayed', 'true']]);
          return { http: { headers }, body: { kind: 'single', singleResult: outcome.response } };
        },
        async willSendResponse({ response, contextValue }) {
          if (!claimed) return;
          const { userId, key } = claimed;
          claimed = null;
          try {
            const body = response.body;
            if (body.kind === 'single' && !body.singleResult.errors?.length) {
              const { data, extensions } = body.singleResult;
              await deps.store.complete(userId, key, extensions ? { data, extensions } : { data });
            } else {
              await deps.store.release(userId, key);
            }
          } catch (err) {
            // The key stays PENDING (retries answer CONFLICT) until it expires.
            deps.logger.error({ requestId: contextValue.req.id, err }, 'idempotency key not recorded');
          }
        },
      };
    },
  };
}
