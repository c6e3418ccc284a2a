import { createServer } from 'node:http';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { queryPrepared } from '@app/database';
import { AccessTokens } from '@app/identity';

const READ = `SELECT version FROM mla_request WHERE id = $1`;

/**
 * The step in one statement: the request moved on if still at the version read, with a
 * history, an audit and an outbox row. The outbox row is born processed: no worker follows.
 */
const STEP = `WITH changed AS (
    UPDATE mla_request SET status = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2
    RETURNING id, status, version, requested_agency_id),
  history AS (
    INSERT INTO mla_history (request_id, action, to_status, actor_user_id, actor_agency_id)
    SELECT id, $4, status, $5, requested_agency_id FROM changed),
  audit AS (
    INSERT INTO audit_event (actor_user_id, actor_agency_id, action, outcome, target_type, target_id, details)
    SELECT $5, requested_agency_id, 'bench.floor', 'SUCCESS', 'mla-request', id::text, '{}' FROM changed),
  outbox AS (
    INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, dispatched_at, processed_at)
    SELECT 'bench.floor', 'mla-request', id::text, '{}', now(), now() FROM changed)
  SELECT id, status, version FROM changed`;

const NEXT_STATUS: Record<string, string> = { POSTPONE: 'POSTPONED', RESUME: 'IN_EXECUTION' };

interface StepBody {
  variables: { input: { id: string; expectedVersion: number; action: string } };
}

/**
 * The floor under the transition benchmark: a bare Node HTTP handler doing less than a
 * lifecycle step — verify the JWT, read the version, write the step as one statement — with
 * no framework, no rules, no deadlines and no worker after it. No stack can step a request
 * faster than this on the machine at hand, so its p99 tells what the target asks of the machine.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const tokens = new AccessTokens(config);
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, extra: { max: config.DATABASE_POOL_SIZE } }).initialize();
  const step = async (userId: string, body: string): Promise<unknown> => {
    const { id, expectedVersion, action } = (JSON.parse(body) as StepBody).variables.input;
    const [current] = await queryPrepared<{ version: number }>(db, READ, [id]);
    if (current?.version !== expectedVersion) return { errors: [{ message: 'version moved' }] };
    const [moved] = await queryPrepared(db, STEP, [id, expectedVersion, NEXT_STATUS[action], action, userId]);
    return moved ? { data: { transitionMlaRequest: moved } } : { errors: [{ message: 'version moved' }] };
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const actor = tokens.actorOf((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (!actor) throw new Error('invalid token');
        const answer = await step(actor.userId, Buffer.concat(chunks).toString());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
