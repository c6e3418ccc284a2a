import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@app/kernel';

/**
 * Rows for tests that share one database with other test files running at the same time:
 * every State, agency and user is new (or, for the two-letter State code, tolerated as taken).
 */
export async function createAgency(db: DataSource): Promise<string> {
  // Q plus a letter: ISO 3166 leaves QM–QZ to private use, so no demo or real State is hit.
  const code = `Q${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[randomBytes(1)[0] % 26]}`;
  await db.query(`INSERT INTO state (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [code, `State ${code}`]);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO agency (state_code, name, kind) VALUES ($1, $2, 'POLICE') RETURNING id`,
    [code, `Agency ${randomUUID()}`],
  );
  return id;
}

export async function createUser(
  db: DataSource,
  agencyId: string,
  roles: readonly Role[],
  options: { disabled?: boolean } = {},
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO app_user (email, display_name, password_hash, agency_id, roles, disabled_at)
     VALUES ($1, 'Test user', 'not-a-hash', $2, $3, $4) RETURNING id`,
    [`user-${randomUUID()}@example.test`, agencyId, roles, options.disabled ? new Date() : null],
  );
  return id;
}

/** Polls until `check` holds; for effects that arrive through Redis and a worker. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
