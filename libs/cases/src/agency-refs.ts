import { AgencyDirectory } from '@app/identity';
import { AgencyRef } from './case.views';

/** Names the agencies of `ids` as another State sees them, from identity's directory. */
export async function agencyRefs(directory: AgencyDirectory, ids: readonly string[]): Promise<(id: string) => AgencyRef> {
  const agencies = await directory.agencies(ids);
  return (id) => {
    const agency = agencies.get(id);
    // Every agency id in the cases' tables references an agency (a foreign key), and none is ever deleted.
    if (!agency) throw new Error(`agency ${id} is not in the directory`);
    return { id, name: agency.name, stateCode: agency.stateCode, stateName: agency.stateName };
  };
}
