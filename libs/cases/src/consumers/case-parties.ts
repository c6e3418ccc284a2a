import { EntityManager } from 'typeorm';
import { CASE_ROLES } from '@app/access';
import { AgencyDirectory, staffOf } from '@app/identity';

/** An agency as named in notifications to the other side, with the users who receive them. */
export interface Party {
  agencyId: string;
  agencyName: string;
  stateName: string;
  /** Enabled prosecutors and liaison officers of the agency. */
  caseUserIds: string[];
}

/** The agencies' names and case users, keyed by agency id (identity's reads). */
export async function partiesOf(m: EntityManager, directory: AgencyDirectory, agencyIds: readonly string[]): Promise<Map<string, Party>> {
  const agencies = await directory.agencies(agencyIds);
  const parties = new Map<string, Party>();
  for (const agency of agencies.values()) {
    const caseUserIds = await staffOf(m, [agency.id], CASE_ROLES);
    parties.set(agency.id, { agencyId: agency.id, agencyName: agency.name, stateName: agency.stateName, caseUserIds });
  }
  return parties;
}
