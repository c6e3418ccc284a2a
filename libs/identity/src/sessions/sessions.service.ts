import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { AuthenticatedContext, CLOCK, Clock } from '@app/kernel';
import { UserSessionView } from '../identity.views';
import { endSessions } from './session-records';
import { SessionStates } from './session-states';

interface SessionRow {
  id: string;
  startedAt: Date;
  lastActiveAt: Date;
  userAgent: string | null;
  address: string | null;
}

/** The caller's own sessions: where they are signed in, and ending any of them. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly sessions: SessionStates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Sessions not ended whose refresh token still lives, the most recently active first. */
  async mine(ctx: AuthenticatedContext): Promise<UserSessionView[]> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT id, started_at AS "startedAt", last_active_at AS "lastActiveAt", user_agent AS "userAgent", address
         FROM user_session
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $2
        ORDER BY last_active_at DESC, id`,
      [ctx.actor.userId, this.clock.now()],
    );
    return rows.map((row) => ({ ...row, current: row.id === ctx.actor.sessionId }));
  }

  /** Ends one of the caller's sessions at once; another user's, or none, answers NOT_FOUND (audited). */
  async end(ctx: AuthenticatedContext, sessionId: string): Promise<boolean> {
    const on = { type: 'session', id: sessionId };
    const [row]: { userId: string; ended: boolean }[] = isUUID(sessionId)
      ? await this.db.query(`SELECT user_id AS "userId", ended_at IS NOT NULL AS ended FROM user_session WHERE id = $1`, [sessionId])
      : [];
    if (!row) return this.access.notFound(ctx, 'session:end', on);
    await this.access.authorize(ctx, 'session:end', { ownerUserId: row.userId }, on);
    if (row.ended) return true;
    await this.commands.run(
      ctx,
      () => ({ action: 'session.end', targetType: 'session', targetId: sessionId }),
      (m) => endSessions(m, { sessionId }, this.clock.now()),
    );
    await this.sessions.changed(row.userId);
    return true;
  }
}
