import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgencyKind, AuthenticatedContext, Role } from '@app/kernel';

/**
 * A signed-in user of a new agency of `kind` in `stateCode` (the State made if missing), for
 * service-level tests that share the run's database: use private-use codes (QM–QZ) so no demo
 * State is touched, and a State per role in the story so files running at once do not meet.
 */
export async function actorIn(db: DataSource, stateCode: string, kind: AgencyKind, role: Role): Promise<AuthenticatedContext> {
  await db.query(`INSERT INTO state (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [stateCode, `State ${stateCode}`]);
  const [{ id: agencyId }]: { id: string }[] = await db.query(
    `INSERT INTO agency (state_code, name, kind) VALUES ($1, $2, $3) RETURNING id`,
    [stateCode, `Agency ${randomUUID()}`, kind],
  );
  const [{ id: userId }]: { id: string }[] = await db.query(
    `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles) VALUES ($1, 'Test user', 'not-a-hash', $2, $3) RETURNING id`,
    [`user-${randomUUID()}@example.test`, agencyId, [role]],
  );
  return { requestId: randomUUID(), actor: { userId, agencyId, stateCode, roles: [role], sessionId: randomUUID() } };
}
