import { EntityManager } from 'typeorm';
import { Role } from '@app/kernel';

/** Whom to contact: a user's name and e-mail address, never more of the account. */
export interface UserContact {
  readonly displayName: string;
  readonly email: string;
}

/**
 * The contacts of users, keyed by user id (absent ids are left out), for other contexts that
 * name whom to contact (the officer in charge of the other case of a hit). Reads in `m`'s
 * transaction when it has one.
 */
export async function contactsOf(m: EntityManager, userIds: readonly string[]): Promise<Map<string, UserContact>> {
  if (userIds.length === 0) return new Map();
  const rows: (UserContact & { id: string })[] = await m.query(
    `SELECT u.id, u.display_name AS "displayName", u.email FROM app_user u WHERE u.id = ANY($1::uuid[])`,
    [[...new Set(userIds)]],
  );
  return new Map(rows.map(({ id, ...contact }) => [id, contact]));
}

/** The enabled users of each agency holding any of `roles`, keyed by agency id (an agency with none: an empty list). */
export async function enabledUsersWithRoles(m: EntityManager, agencyIds: readonly string[], roles: readonly Role[]): Promise<Map<string, string[]>> {
  const rows: { userId: string; agencyId: string }[] = await m.query(
    `SELECT u.id::text AS "userId", u.agency_id::text AS "agencyId" FROM app_user u
      WHERE u.agency_id = ANY($1::uuid[]) AND u.roles && $2::text[] AND u.disabled_at IS NULL`,
    [[...new Set(agencyIds)], roles],
  );
  const users = new Map<string, string[]>(agencyIds.map((id) => [id, []]));
  for (const row of rows) users.get(row.agencyId)?.push(row.userId);
  return users;
}
