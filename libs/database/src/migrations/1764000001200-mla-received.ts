import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the agency holding a request received it: at submission, or at its latest forward.
 * The acknowledgement and decision deadlines count from it, so an agency that receives a
 * forwarded request gets its own periods (EIO art. 12(3): from receipt by the competent authority).
 */
export class MlaReceived1764000001200 implements MigrationInterface {
  name = 'MlaReceived1764000001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mla_request ADD COLUMN received_at timestamptz`);
    await db.query(
      `UPDATE mla_request r
          SET received_at = COALESCE((SELECT max(h.at) FROM mla_history h WHERE h.request_id = r.id AND h.action = 'FORWARD'), r.submitted_at)
        WHERE r.submitted_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mla_request DROP COLUMN received_at`);
  }
}
