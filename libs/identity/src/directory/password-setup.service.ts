import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { Statement } from '@app/database';
import { BadUserInputError, CLOCK, Clock, RequestContext } from '@app/kernel';
import { hashPassword } from '../auth/password';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { newPasswordProblems } from '../auth/sign-in.rules';
import { UserRecord } from '../identity.entities';
import { hashSetupToken, judgeSetupLink, newSetupToken, setupLinkExpiry } from './password-setup.rules';

/** A link just issued: the token goes to the administrator this once, only its hash is kept. */
export interface IssuedSetupLink {
  token: string;
  expiresAt: Date;
}

interface LinkRow {
  id: string;
  userId: string;
  agencyId: string;
  stateCode: string;
  expiresAt: Date;
  usedAt: Date | null;
  disabled: boolean;
}

// One answer for an unknown, used or expired link (and a disabled user), so it tells nothing.
const LINK_REFUSED = 'the link is unknown, used or expired: ask your agency administrator for a new one';

/**
 * A new user's link, written by the command that creates the user (so none was issued before):
 * the token goes to the administrator this once, only its hash is kept.
 */
export function newSetupLink(userId: string, now: Date, hours: number): { link: IssuedSetupLink; statement: Statement } {
  const token = newSetupToken();
  const expiresAt = setupLinkExpiry(now, hours);
  return {
    link: { token, expiresAt },
    statement: { sql: `INSERT INTO password_setup_link (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, params: [userId, hashSetupToken(token), expiresAt] },
  };
}

/** One-time set-password links: issued with a new user, used once by that user to choose a password. */
@Injectable()
export class PasswordSetupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Anyone holding a usable link sets the password of its user, once; the attempt is throttled like a sign-in and audited. */
  async setPassword(ctx: RequestContext, token: string, newPassword: string): Promise<boolean> {
    await this.throttle.admit(ctx.clientAddress, 'set-password-link');
    const problems = newPasswordProblems(newPassword, '');
    if (problems.length) throw BadUserInputError.of(problems);
    const passwordHash = await this.throttle.verify(() => hashPassword(newPassword));
    const now = this.clock.now();
    const done = await this.db.transaction(async (m) => {
      const [link]: LinkRow[] = await m.query(
        `SELECT l.id, l.user_id AS "userId", u.agency_id AS "agencyId", a.state_code AS "stateCode",
                l.expires_at AS "expiresAt", l.used_at AS "usedAt", u.disabled_at IS NOT NULL AS disabled
           FROM password_setup_link l JOIN app_user u ON u.id = l.user_id JOIN agency a ON a.id = u.agency_id
          WHERE l.token_hash = $1
            FOR UPDATE OF l`,
        [hashSetupToken(token)],
      );
      const verdict = link ? (link.disabled ? 'disabled' : judgeSetupLink(link, now)) : 'unknown';
      if (verdict !== 'usable') return { link, verdict };
      await m.query(`UPDATE password_setup_link SET used_at = $2 WHERE id = $1`, [link.id, now]);
      await m.update(UserRecord, { id: link.userId }, { passwordHash, passwordChangeRequired: false, failedSignIns: 0, lockedUntil: null });
      await this.audit.record(m, ctx, { ...this.auditedOn(link), outcome: 'SUCCESS' });
      return { link, verdict };
    });
    if (done.verdict === 'usable') return true;
    await this.audit.recordAlone(ctx, { ...(done.link ? this.auditedOn(done.link) : { action: 'user.set-password' }), outcome: 'FAILURE', details: { reason: done.verdict } });
    throw BadUserInputError.of([{ field: 'token', problem: LINK_REFUSED }]);
  }

  /** Recorded against the user whose password it is: nobody is signed in. */
  private auditedOn(link: LinkRow) {
    return {
      actor: { userId: link.userId, agencyId: link.agencyId, stateCode: link.stateCode },
      action: 'user.set-password',
      targetType: 'user',
      targetId: link.userId,
    };
  }
}
