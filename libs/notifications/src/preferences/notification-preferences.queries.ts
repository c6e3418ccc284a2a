import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, agencyMailDeliveriesSql } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { queryPrepared } from '@app/database';
import { agencyUsersSql, mailRecipientsOf } from '@app/identity';
import { AuthenticatedContext, pageSize } from '@app/kernel';
import { deliveryOf, MailDelivery, MailLanguage } from '../domain/mail-delivery';
import { NotificationKind } from '../notification-kind';
import { MailDeliveryFailureView, NotificationPreferencesView } from '../notification-views';

interface FailureRow {
  id: string;
  recipientUserId: string;
  kind: NotificationKind | null;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}

/**
 * Reads of how notifications reach users by e-mail: the caller's own preferences, and for an
 * agency admin the mails to the agency's users that could not be delivered ('mail-delivery:list').
 * Users' names, addresses and languages are identity's (mailRecipientsOf).
 */
@Injectable()
export class NotificationPreferencesQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
  ) {}

  async mine(ctx: AuthenticatedContext): Promise<NotificationPreferencesView> {
    const { userId } = ctx.actor;
    const [rows, recipients] = await Promise.all([
      queryPrepared<{ kind: NotificationKind; delivery: MailDelivery }>(this.dataSource, `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [userId]),
      mailRecipientsOf(this.dataSource, [userId]),
    ]);
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return {
      // The column's CHECK holds exactly the mail languages.
      language: recipients.get(userId)!.language as MailLanguage,
      kinds: Object.values(NotificationKind).map((kind) => ({ kind, delivery: deliveryOf(kind, chosen.get(kind)), chosen: chosen.has(kind) })),
    };
  }

  /** The agency's failed mails, newest first; the rule's predicate is the agency of the recipient. */
  async failures(ctx: AuthenticatedContext, first: number | null | undefined): Promise<MailDeliveryFailureView[]> {
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'mail-delivery:list', { agencyId }, { type: 'agency', id: agencyId });
    const rows = await queryPrepared<FailureRow>(
      this.dataSource,
      `SELECT d.id, d.recipient_user_id AS "recipientUserId", n.kind, d.attempts, d.last_error AS "lastError", d.finished_at AS "failedAt"
         FROM mail_delivery d
         LEFT JOIN notification n ON n.id = d.notification_id
        WHERE d.status = 'FAILED' AND ${agencyMailDeliveriesSql('d', agencyUsersSql('$1'))}
        ORDER BY d.finished_at DESC, d.id DESC
        LIMIT $2`,
      [agencyId, pageSize(first)],
    );
    const recipients = await mailRecipientsOf(this.dataSource, rows.map((row) => row.recipientUserId));
    await this.commands.read(ctx, { action: 'mail-delivery.list', targetType: 'agency', targetId: agencyId, details: { count: rows.length } });
    return rows.map(({ recipientUserId, ...row }) => {
      const recipient = recipients.get(recipientUserId)!;
      return { ...row, recipientName: recipient.displayName, recipientEmail: recipient.email };
    });
  }
}
