import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import { Role } from '@app/kernel';

/**
 * The enabled users of the agencies bound at `agenciesParam` (uuid[]) who hold one of the roles
 * bound at `rolesParam` (text[]): a subquery of their `id`, for another context's statement that
 * must stay one statement (a consumer's repeatable effect). Identity's read of its `app_user`.
 */
export const staffSql = (agenciesParam: string, rolesParam: string): string =>
  `SELECT id FROM app_user WHERE agency_id = ANY(${agenciesParam}::uuid[]) AND roles && ${rolesParam}::text[] AND disabled_at IS NULL`;

/** The same users, read: the ids of the enabled users of these agencies who hold one of these roles. */
export async function staffOf(db: DataSource | EntityManager, agencyIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
  if (agencyIds.length === 0) return [];
  const rows = await queryPrepared<{ id: string }>(db, staffSql('$1', '$2'), [agencyIds, roles]);
  return rows.map((row) => row.id);
}
