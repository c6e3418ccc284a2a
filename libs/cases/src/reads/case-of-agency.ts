import { EntityManager } from 'typeorm';

/** Whether `caseId` is a case of agency `agencyId`: the read other contexts use to link one of the agency's cases (an MLA request). */
export async function isCaseOfAgency(m: EntityManager, caseId: string, agencyId: string): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM case_file WHERE id = $1 AND agency_id = $2`, [caseId, agencyId]);
  return rows.length > 0;
}
