import { queryPrepared } from '@app/database';
import { serveBare } from './bare-server';

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
void serveBare(async (actor, body, db) => {
  const { id, expectedVersion, action } = (JSON.parse(body) as StepBody).variables.input;
  const [current] = await queryPrepared<{ version: number }>(db, READ, [id]);
  if (current?.version !== expectedVersion) return { errors: [{ message: 'version moved' }] };
  const [moved] = await queryPrepared(db, STEP, [id, expectedVersion, NEXT_STATUS[action], action, actor.userId]);
  return moved ? { data: { transitionMlaRequest: moved } } : { errors: [{ message: 'version moved' }] };
});
