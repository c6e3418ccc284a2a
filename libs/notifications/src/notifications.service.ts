import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared, Statement } from '@app/database';
import { staffOf, staffSql } from '@app/identity';
import { Role } from '@app/kernel';
import { NotificationKind } from './notification-kind';

/** What a notification points at, e.g. ('user', id), for a client link. */
export interface NotificationSubject {
  readonly type: string;
  readonly id: string;
  /** The subject's reference, when its context lets it travel by e-mail (an MLA request's); never a case's or a victim's code. */
  readonly reference?: string;
}

/** The users to tell: those of these agencies who hold one of these roles. */
export interface Staff {
  readonly agencyIds: readonly string[];
  readonly roles: readonly Role[];
}

/**
 * How the platform tells users: the event consumers of every context write notifications
 * through it, in their inbox transaction, one per event and recipient. Whom to tell by agency
 * and role is identity's read (staffSql, staffOf).
 */
@Injectable()
export class NotificationsService {
  /** The enabled users of these agencies who hold one of these roles: whom a consumer tells. */
  staffOf(manager: EntityManager, agencyIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
    return staffOf(manager, agencyIds, roles);
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
       SELECT staff.id, $3, $4, $5, $6, $7, $8 FROM (${staffSql('$1', '$2')}) staff
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
