import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { AuthenticatedContext, BadUserInputError, MAX_PAGE_SIZE, pageSize, cursorTimestampSql, decodeKeyset, isUuid, Role } from '@app/kernel';
import { ConnectionShape, toConnection } from '@app/platform';
import { NotificationKind } from './notification-kind';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  message: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  read: boolean;
}

export interface NotificationsQuery {
  first?: number | null;
  after?: string | null;
  unreadOnly?: boolean | null;
}

/** What a notification points at, e.g. ('user', id), for a client link. */
export interface NotificationSubject {
  readonly type: string;
  readonly id: string;
  /** The subject's reference, when its context lets it travel by e-mail (an MLA request's); never a case's or a victim's code. */
  readonly reference?: string;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  message: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Date;
  read: boolean;
}

/** The users to tell: those of these agencies who hold one of these roles. */
export interface Staff {
  readonly agencyIds: readonly string[];
  readonly roles: readonly Role[];
}

/** The enabled users of the agencies in $1 who hold one of the roles in $2. */
const STAFF_USERS = `FROM app_user WHERE agency_id = ANY($1::uuid[]) AND roles && $2::text[] AND disabled_at IS NULL`;

/**
 * In-app notifications. A user only ever sees and marks their own ('notification:read' in
 * the access policy); the rule is applied in the SQL, so others' rows are never loaded.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(ctx: AuthenticatedContext, query: NotificationsQuery): Promise<ConnectionShape<NotificationView>> {
    const first = pageSize(query.first);
    const params: unknown[] = [ctx.actor.userId, first + 1];
    const conditions = ['recipient_user_id = $1'];
    if (query.unreadOnly) conditions.push('read_at IS NULL');
    if (query.after) {
      const after = decodeKeyset(query.after);
      params.push(after.at, after.id);
      conditions.push('(created_at, id) < ($3::timestamptz, $4::uuid)');
    }
    const rows: (NotificationRow & { cursor_at: string })[] = await this.dataSource.query(
      `SELECT id, kind, message, subject_type, subject_id, created_at, read_at IS NOT NULL AS read,
              ${cursorTimestampSql('created_at')} AS cursor_at
       FROM notification
       WHERE ${conditions.join(' AND ')}
       ORDER BY created_at DESC, id DESC
       LIMIT $2`,
      params,
    );
    return toConnection(
      rows,
      first,
      (row) => [row.cursor_at, row.id],
      toView,
    );
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

  /** Marks the caller's own unread notifications among `ids`; others' ids are ignored. Returns how many changed. */
  async markRead(ctx: AuthenticatedContext, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw BadUserInputError.of([{ field: 'ids', problem: `at most ${MAX_PAGE_SIZE} at once` }]);
    }
    if (!ids.every(isUuid)) throw BadUserInputError.of([{ field: 'ids', problem: 'are not notification ids' }]);
    if (ids.length === 0) return 0;
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now()
         WHERE recipient_user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL
         RETURNING id
       )
       SELECT count(*)::int AS count FROM marked`,
      [ctx.actor.userId, ids],
    );
    return count;
  }

  /** The enabled users of these agencies who hold one of these roles: whom a consumer tells. */
  async staffOf(manager: EntityManager, agencyIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
    if (agencyIds.length === 0) return [];
    const rows = await queryPrepared<{ id: string }>(manager, `SELECT id ${STAFF_USERS}`, [agencyIds, roles]);
    return rows.map((row) => row.id);
  }

  /**
   * Tells the enabled users of these agencies who hold one of these roles (staffOf and
   * notify in one statement). Returns how many notifications were new.
   */
  async notifyStaff(manager: EntityManager, eventId: string, staff: Staff, kind: NotificationKind, message: string, subject: NotificationSubject | null = null): Promise<number> {
    if (staff.agencyIds.length === 0) return 0;
    const { sql, params } = this.notifyStaffStatement(eventId, staff, kind, message, subject);
    return (await queryPrepared(manager, sql, [...params])).length;
  }

  /** The statement of notifyStaff, harmless to repeat (one notification per event and user): for a consumer's repeatableEffect. */
  notifyStaffStatement(eventId: string, staff: Staff, kind: NotificationKind, message: string, subject: NotificationSubject | null = null): Statement {
    return {
      sql: `INSERT INTO notification (recipient_user_id, event_id, kind, message, subject_type, subject_id, subject_reference)
       SELECT id, $3, $4, $5, $6, $7, $8 ${STAFF_USERS}
       ON CONFLICT (event_id, recipient_user_id) DO NOTHING
       RETURNING id`,
      params: [staff.agencyIds, staff.roles, eventId, kind, message, ...subjectParams(subject)],
    };
  }

  /**
   * Creates one notification per recipient inside the consumer's transaction. The (event,
   * recipient) key makes a repeated call for the same event harmless. Returns how many were new.
   */
  async notify(
    manager: EntityManager,
    eventId: string,
    recipientUserIds: readonly string[],
    kind: NotificationKind,
    message: string,
    subject: NotificationSubject | null = null,
  ): Promise<number> {
    if (recipientUserIds.length === 0) return 0;
    const created = await queryPrepared(
      manager,
      `INSERT INTO notification (recipient_user_id, event_id, kind, message, subject_type, subject_id, subject_reference)
       SELECT recipient, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (event_id, recipient_user_id) DO NOTHING
       RETURNING id`,
      [recipientUserIds, eventId, kind, message, ...subjectParams(subject)],
    );
    return created.length;
  }
}

const subjectParams = (subject: NotificationSubject | null) => [subject?.type ?? null, subject?.id ?? null, subject?.reference ?? null];

const toView = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  message: row.message,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  createdAt: row.created_at,
  read: row.read,
});
