import { Aggregate } from '@app/commands';
import { Statement } from '@app/database';
import { mailRecipientsOf } from '@app/identity';
import { MailDelivery } from '../domain/mail-delivery';
import { NotificationKind } from '../notification-kind';

/** A user's mail preferences: whose they are (the language is read apart, where it is shown). */
export interface MailPreferencesRow {
  readonly userId: string;
}

/**
 * A user's mail preferences as the command step sees them: the user's, audited on the user,
 * kept in `notification_preference` rows (one per kind chosen) and identity's language column.
 * Its commands change them only by statements alongside (an upsert, identity's statement),
 * never by `set`, and keep no version: a choice replaces the last.
 */
export const mailPreferences: Aggregate<MailPreferencesRow, 'notification-preference:set'> = {
  type: 'user',
  table: 'notification_preference',
  returning: 't.user_id AS "userId"',
  noun: 'the mail preferences',
  read: async (m, id) => ((await mailRecipientsOf(m, [id])).has(id) ? { userId: id } : null),
  target: (row) => ({ ownerUserId: row.userId }),
  version: () => null,
};

/** Chooses how one kind reaches the user; choosing again replaces the choice. */
export const preferenceStatement = (userId: string, kind: NotificationKind, delivery: MailDelivery): Statement => ({
  sql: `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
        ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
  params: [userId, kind, delivery],
});
