import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ownNotificationsSql } from '@app/access';
import { queryPrepared } from '@app/database';
import { AuthenticatedContext, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { NotificationKind } from './notification-kind';
import { NotificationsQuery, NotificationView } from './notification-views';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  message: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Date;
  read: boolean;
}

/**
 * Reads of in-app notifications. A user only ever sees their own ('notification:read' in the
 * access policy); the rule runs in the SQL (ownNotificationsSql), so others' rows are never loaded.
 */
@Injectable()
export class NotificationsQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(ctx: AuthenticatedContext, query: NotificationsQuery): Promise<Page<NotificationView>> {
    const first = pageSize(query.first);
    const params: unknown[] = [ctx.actor.userId, first + 1];
    const conditions = [ownNotificationsSql('n', '$1')];
    if (query.unreadOnly) conditions.push('n.read_at IS NULL');
    if (query.after) {
      const after = decodeKeyset(query.after);
      params.push(after.at, after.id);
      conditions.push('(n.created_at, n.id) < ($3::timestamptz, $4::uuid)');
    }
    const rows: (NotificationRow & { cursor_at: string })[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.message, n.subject_type, n.subject_id, n.created_at, n.read_at IS NOT NULL AS read,
              ${cursorTimestampSql('n.created_at')} AS cursor_at
       FROM notification n
       WHERE ${conditions.join(' AND ')}
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $2`,
      params,
    );
    return pageOf(rows, first, (row) => [row.cursor_at, row.id], toView);
  }

  /** The notifications one domain event wrote, with their recipients: what the gateways push live. */
  async ofEvent(eventId: string): Promise<(NotificationView & { recipientUserId: string })[]> {
    const rows = await queryPrepared<NotificationRow & { recipient_user_id: string }>(
      this.dataSource,
      `SELECT id, recipient_user_id, kind, message, subject_type, subject_id, created_at, read_at IS NOT NULL AS read
       FROM notification WHERE event_id = $1`,
      [eventId],
    );
    return rows.map((row) => ({ ...toView(row), recipientUserId: row.recipient_user_id }));
  }
}

const toView = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  message: row.message,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  createdAt: row.created_at,
  read: row.read,
});
