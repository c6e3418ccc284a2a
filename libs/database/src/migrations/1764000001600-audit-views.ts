import { MigrationInterface, QueryRunner } from 'typeorm';

/** Events on a State's data by users of other States (its own events are found by the actor's State). */
const FOREIGN = 'target_state IS NOT NULL AND target_state IS DISTINCT FROM actor_state';

/**
 * The indexes of an auditor's filters, newest first, each led by the scope of one of the two
 * ranges the trail is read in (the actor's State; the target's State for others' events), so a
 * filter is one index range in each, read in order and stopped at the page's end: a filter that
 * matches little in a State never scans what it matches in all the others. Refusals, failures
 * and stated purposes are few: partial indexes of those rows alone. An actor's or a target's
 * events are few too: led by the user or the target, filtered by scope.
 */
const INDEXES: Record<string, string> = {
  audit_event_actor_state_time_idx: '(actor_state, occurred_at DESC, id DESC)',
  audit_event_foreign_target_time_idx: `(target_state, occurred_at DESC, id DESC) WHERE ${FOREIGN}`,
  audit_event_actor_state_action_time_idx: '(actor_state, action, occurred_at DESC, id DESC)',
  audit_event_foreign_target_action_time_idx: `(target_state, action, occurred_at DESC, id DESC) WHERE ${FOREIGN}`,
  audit_event_actor_state_unsuccessful_idx: "(actor_state, outcome, occurred_at DESC, id DESC) WHERE outcome <> 'SUCCESS'",
  audit_event_foreign_target_unsuccessful_idx: `(target_state, outcome, occurred_at DESC, id DESC) WHERE outcome <> 'SUCCESS' AND ${FOREIGN}`,
  audit_event_actor_state_purpose_idx: '(actor_state, occurred_at DESC, id DESC) WHERE purpose IS NOT NULL',
  audit_event_foreign_target_purpose_idx: `(target_state, occurred_at DESC, id DESC) WHERE purpose IS NOT NULL AND ${FOREIGN}`,
  audit_event_actor_user_time_idx: '(actor_user_id, occurred_at DESC, id DESC)',
  audit_event_target_time_idx: '(target_type, target_id, occurred_at DESC, id DESC)',
};

/**
 * The State of each target the trail knows the owner of: the case's, the card's owner, the
 * requesting State of an MLA request, the referring State of a handoff (and of its victim's
 * identity), a user's or agency's State, a State itself.
 */
const TARGET_STATES = `
  SELECT 'case'::text AS type, c.id::text AS id, a.state_code AS state FROM case_file c JOIN agency a ON a.id = c.agency_id
  UNION ALL SELECT 'case-share', sh.id::text, a.state_code FROM case_share sh JOIN agency a ON a.id = sh.owner_agency_id
  UNION ALL SELECT 'mla-request', r.id::text, r.requesting_state FROM mla_request r
  UNION ALL SELECT kind, h.id::text, h.referring_state FROM handoff h, unnest(ARRAY['handoff', 'victim-identity']) kind
  UNION ALL SELECT 'user', u.id::text, a.state_code FROM app_user u JOIN agency a ON a.id = u.agency_id
  UNION ALL SELECT 'agency', a.id::text, a.state_code FROM agency a
  UNION ALL SELECT kind, s.code, s.code FROM state s, unnest(ARRAY['state', 'audit-trail']) kind`;

/**
 * Auditors' views (issue 14): the target's State beside the actor's, so reads of a State's
 * data by users of other States appear in its trail, and the indexes of the trail's filters.
 * `target_state` is set by the writers; rows written before are filled here where the target
 * still exists (the append-only guard is lifted for this one statement). The column is not
 * part of the sealed form of an event: it only decides who sees the row, and is derived from
 * the sealed target type and id.
 */
export class AuditViews1764000001600 implements MigrationInterface {
  name = 'AuditViews1764000001600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_event ADD COLUMN target_state char(2)`);
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await db.query(`
      UPDATE audit_event e SET target_state = t.state
        FROM (${TARGET_STATES}) t
       WHERE e.target_type = t.type AND e.target_id = t.id`);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await db.query(`DROP INDEX audit_event_state_id_idx`);
    for (const [name, definition] of Object.entries(INDEXES)) {
      await db.query(`CREATE INDEX ${name} ON audit_event ${definition}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const name of Object.keys(INDEXES)) await db.query(`DROP INDEX ${name}`);
    await db.query(`CREATE INDEX audit_event_state_id_idx ON audit_event (actor_state, id DESC)`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN target_state`);
  }
}
