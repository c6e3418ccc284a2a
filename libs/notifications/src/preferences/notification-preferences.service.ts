import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { queryPrepared } from '@app/database';
import { AuthenticatedContext, pageSize } from '@app/kernel';
import { deliveryOf, MailDelivery, MailLanguage } from '../domain/mail-delivery';
import { NotificationKind } from '../notification-kind';

export interface NotificationPreferenceView {
  kind: NotificationKind;
  delivery: MailDelivery;
  chosen: boolean;
}

export interface NotificationPreferencesView {
  language: MailLanguage;
  kinds: NotificationPreferenceView[];
}

export interface MailDeliveryFailureView {
  id: string;
  recipientName: string;
  recipientEmail: string;
  kind: NotificationKind | null;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}

/**
 * How notifications reach each user by e-mail: a choice per kind (none: the kind's default) and
 * the mails' language, each user their own ('notification-preference:set'); and, for an agency
 * admin, the mails to the agency's users that could not be delivered ('mail-delivery:list').
 * `language` is a column of app_user (identity's table), read and written here by its owner only.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
  ) {}

  async mine(ctx: AuthenticatedContext): Promise<NotificationPreferencesView> {
    const [rows, [user]] = await Promise.all([
      queryPrepared<{ kind: NotificationKind; delivery: MailDelivery }>(this.dataSource, `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [ctx.actor.userId]),
      queryPrepared<{ language: MailLanguage }>(this.dataSource, `SELECT language FROM app_user WHERE id = $1`, [ctx.actor.userId]),
    ]);
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return {
      language: user.language,
      kinds: Object.values(NotificationKind).map((kind) => ({ kind, delivery: deliveryOf(kind, chosen.get(kind)), chosen: chosen.has(kind) })),
    };
  }

  async set(ctx: AuthenticatedContext, kind: NotificationKind, delivery: MailDelivery): Promise<NotificationPreferenceView> {
    await this.own(ctx);
    return this.commands.run(
      ctx,
      () => ({ action: 'notification-preference.set', targetType: 'user', targetId: ctx.actor.userId, details: { kind, delivery } }),
      async (m) => {
        await queryPrepared(
          m,
          `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
          [ctx.actor.userId, kind, delivery],
        );
        return { kind, delivery, chosen: true };
      },
    );
  }

  async setLanguage(ctx: AuthenticatedContext, language: MailLanguage): Promise<MailLanguage> {
    await this.own(ctx);
    return this.commands.run(
      ctx,
      () => ({ action: 'notification-preference.language', targetType: 'user', targetId: ctx.actor.userId, details: { language } }),
      async (m) => {
        await queryPrepared(m, `UPDATE app_user SET language = $2, updated_at = now() WHERE id = $1`, [ctx.actor.userId, language]);
        return language;
      },
    );
  }

  /** The agency's failed mails, newest first; the rule's predicate is the agency of the recipient. */
  async failures(ctx: AuthenticatedContext, first: number | null | undefined): Promise<MailDeliveryFailureView[]> {
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'mail-delivery:list', { agencyId }, { type: 'agency', id: agencyId });
    const rows = await queryPrepared<MailDeliveryFailureView>(
      this.dataSource,
      `SELECT d.id, u.display_name AS "recipientName", u.email AS "recipientEmail", n.kind, d.attempts,
              d.last_error AS "lastError", d.finished_at AS "failedAt"
         FROM mail_delivery d
         JOIN app_user u ON u.id = d.recipient_user_id
         LEFT JOIN notification n ON n.id = d.notification_id
        WHERE d.status = 'FAILED' AND u.agency_id = $1
        ORDER BY d.finished_at DESC, d.id DESC
        LIMIT $2`,
      [agencyId, pageSize(first)],
    );
    await this.commands.read(ctx, { action: 'mail-delivery.list', targetType: 'agency', targetId: agencyId, details: { count: rows.length } });
    return rows;
  }

  /** Every preference is its owner's: the policy is asked all the same, so the rule stays the one place. */
  private own(ctx: AuthenticatedContext): Promise<void> {
    return this.access.authorize(ctx, 'notification-preference:set', { ownerUserId: ctx.actor.userId }, { type: 'user', id: ctx.actor.userId });
  }
}
