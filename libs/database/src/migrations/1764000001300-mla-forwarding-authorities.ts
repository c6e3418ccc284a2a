import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The central authorities that held a request and forwarded it stay involved: they keep
 * reading it (DESIGN: "and the central authorities involved"). Filled in from the history.
 */
export class MlaForwardingAuthorities1764000001300 implements MigrationInterface {
  name = 'MlaForwardingAuthorities1764000001300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mla_request ADD COLUMN forwarded_by_ids uuid[] NOT NULL DEFAULT '{}'`);
    await db.query(
      `UPDATE mla_request r SET forwarded_by_ids = f.ids
         FROM (SELECT h.request_id, array_agg(DISTINCT h.actor_agency_id) AS ids
                 FROM mla_history h JOIN agency a ON a.id = h.actor_agency_id AND a.kind = 'CENTRAL_AUTHORITY'
                WHERE h.action = 'FORWARD'
                GROUP BY h.request_id) f
        WHERE f.request_id = r.id`,
    );
    // Only forwarded requests are indexed, so the steps of all others never write to it; without
    // fastupdate a search reads no pending list (a list of 100,000 requests slowed to 30 a second with one).
    await db.query(
      `CREATE INDEX mla_request_forwarded_by_idx ON mla_request USING gin (forwarded_by_ids) WITH (fastupdate = off) WHERE forwarded_by_ids <> '{}'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mla_request_forwarded_by_idx`);
    await db.query(`ALTER TABLE mla_request DROP COLUMN forwarded_by_ids`);
  }
}
