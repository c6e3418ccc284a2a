import { EntityManager } from 'typeorm';
import { CASE_ROLES } from '@app/access';

/** An agency as named in notifications to the other side, with the users who receive them. */
export interface Party {
  agencyId: string;
  agencyName: string;
  stateName: string;
  /** Enabled prosecutors and liaison officers of the agency. */
  caseUserIds: string[];
}

/** The agencies' names and case users, keyed by agency id. */
export async function partiesOf(m: EntityManager, agencyIds: readonly string[]): Promise<Map<string, Party>> {
  const rows: Party[] = await m.query(
    `SELECT a.id AS "agencyId", a.name AS "agencyName", s.name AS "stateName",
            ARRAY(SELECT u.id::text FROM app_user u
                   WHERE u.agency_id = a.id AND u.roles && $2::text[] AND u.disabled_at IS NULL) AS "caseUserIds"
       FROM agency a JOIN state s ON s.code = a.state_code
      WHERE a.id = ANY($1::uuid[])`,
    [agencyIds, CASE_ROLES],
  );
  return new Map(rows.map((r) => [r.agencyId, r]));
}
