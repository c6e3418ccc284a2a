import { EntityManager } from 'typeorm';
import { Statement } from '@app/database';

/** Which sessions to end: one, or every one of a user's (but the one they act in, if named). */
export type SessionScope = { readonly sessionId: string } | { readonly userId: string; readonly except?: string };

/**
 * Ends sessions: marked ended (what every request checks) and their refresh tokens revoked
 * (so no refresh revives them). Callers announce the change after their commit.
 */
export async function endSessions(m: EntityManager, scope: SessionScope, now: Date): Promise<void> {
  for (const { sql, params } of endSessionsStatements(scope, now)) await m.query(sql, [...params]);
}

/** endSessions as statements, for a command that writes them with its change (runTogether). */
export function endSessionsStatements(scope: SessionScope, now: Date): Statement[] {
  if ('sessionId' in scope) {
    return [
      { sql: `UPDATE user_session SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL`, params: [scope.sessionId, now] },
      { sql: `UPDATE refresh_token SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, params: [scope.sessionId, now] },
    ];
  }
  const params = [scope.userId, now, scope.except ?? null];
  return [
    { sql: `UPDATE user_session SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3)`, params },
    { sql: `UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR family_id <> $3)`, params },
  ];
}

export interface NewSession {
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: Date;
  readonly userAgent?: string;
  readonly address?: string;
}

// What is kept of a client's description: enough to recognise a device, never a whole header.
const clip = (value: string | undefined, max: number) => (value ? value.slice(0, max) : null);

export async function startSession(m: EntityManager, session: NewSession, now: Date): Promise<void> {
  await m.query(
    `INSERT INTO user_session (id, user_id, started_at, last_active_at, expires_at, user_agent, address) VALUES ($1, $2, $3, $3, $4, $5, $6)`,
    [session.id, session.userId, now, session.expiresAt, clip(session.userAgent, 300), clip(session.address, 64)],
  );
}

/** A refresh: the session was active now, from this client, and lives as long as its newest token. */
export async function touchSession(m: EntityManager, session: Omit<NewSession, 'userId'>, now: Date): Promise<void> {
  await m.query(
    `UPDATE user_session SET last_active_at = $2, expires_at = $3, user_agent = coalesce($4, user_agent), address = coalesce($5, address) WHERE id = $1`,
    [session.id, now, session.expiresAt, clip(session.userAgent, 300), clip(session.address, 64)],
  );
}
