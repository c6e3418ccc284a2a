import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ownNotificationsSql } from '@app/access';
import { AuthenticatedContext, BadUserInputError, isUuid, MAX_PAGE_SIZE } from '@app/kernel';

/**
 * A user's commands on their own notifications. Marking read is no command on an aggregate the
 * step could guard: it touches a set of the caller's own rows, chosen in the SQL by the rule
 * 'notification:read' (ownNotificationsSql), so another's id is ignored, never refused; and,
 * as before the step existed, it is not audited: reading a notice consults no one's data.
 */
@Injectable()
export class NotificationsCommands {
  constructor(private readonly dataSource: DataSource) {}

  /** Marks the caller's own unread notifications among `ids`; others' ids are ignored. Returns how many changed. */
  async markRead(ctx: AuthenticatedContext, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw BadUserInputError.of([{ field: 'ids', problem: `at most ${MAX_PAGE_SIZE} at once` }]);
    }
    if (!ids.every(isUuid)) throw BadUserInputError.of([{ field: 'ids', problem: 'are not notification ids' }]);
    if (ids.length === 0) return 0;
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification n SET read_at = now()
         WHERE ${ownNotificationsSql('n', '$1')} AND n.id = ANY($2::uuid[]) AND n.read_at IS NULL
         RETURNING n.id
       )
       SELECT count(*)::int AS count FROM marked`,
      [ctx.actor.userId, ids],
    );
    return count;
  }
}
