import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';

/** Whom to contact: a user's name and e-mail address, never more of the account. */
export interface UserContact {
  readonly displayName: string;
  readonly email: string;
}

/**
 * The contacts of the users of `ids` that exist, for other contexts that name whom to contact
 * (cases: the officer in charge of the other case of a hit).
 */
export async function contactsOf(db: DataSource | EntityManager, ids: readonly string[]): Promise<ReadonlyMap<string, UserContact>> {
  if (ids.length === 0) return new Map();
  const rows = await queryPrepared<UserContact & { id: string }>(
    db,
    `SELECT id, display_name AS "displayName", email FROM app_user WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map(({ id, ...contact }) => [id, contact]));
}
