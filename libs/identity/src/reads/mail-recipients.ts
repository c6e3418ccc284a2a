import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';

/** What notifications may know of a user to mail them. */
export interface MailRecipient {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  /** The language of their mails (a code the notifications context gives meaning to). */
  readonly language: string;
  readonly disabled: boolean;
}

/** The users of `ids` that exist, as mail recipients (absent ids are left out). */
export async function mailRecipientsOf(db: DataSource | EntityManager, ids: readonly string[]): Promise<ReadonlyMap<string, MailRecipient>> {
  if (ids.length === 0) return new Map();
  const rows = await queryPrepared<MailRecipient>(
    db,
    `SELECT id, display_name AS "displayName", email, language, disabled_at IS NOT NULL AS disabled FROM app_user WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The users of the agency bound at `agencyParam`: a subquery of their `id`, for another context's list that keeps its paging in SQL. */
export const agencyUsersSql = (agencyParam: string): string => `SELECT id FROM app_user WHERE agency_id = ${agencyParam}::uuid`;

/** Sets the language of a user's mails: identity keeps the column, the user chooses it through notifications' preferences. */
export const mailLanguageStatement = (userId: string, language: string): Statement => ({
  sql: `UPDATE app_user SET language = $2, updated_at = now() WHERE id = $1`,
  params: [userId, language],
});
