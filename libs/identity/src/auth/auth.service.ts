import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/events';
import { Actor, AuthenticatedContext, CLOCK, Clock, RequestContext, UnauthenticatedError } from '@app/kernel';
import { AuthPayload, UserModel } from '../dto/identity.types';
import { RefreshTokenRecord, UserRecord } from '../identity.entities';
import { loadUserView } from '../user-view';
import { AccessTokens } from './access-tokens';
import { verifyDecoy, verifyPassword } from './password';
import { SignInThrottle } from './sign-in-throttle';
import { afterFailedSignIn, hashRefreshToken, isLocked, judgeRefreshToken, newRefreshToken } from './sign-in.rules';

/** The parts of a user that sign-in looks at, with the State of its agency for the audit trail. */
interface Account {
  id: string;
  agencyId: string;
  stateCode: string;
  passwordHash: string;
  disabledAt: Date | null;
  failedSignIns: number;
  lockedUntil: Date | null;
}

const ACCOUNT_SQL = `
  SELECT u.id, u.agency_id AS "agencyId", a.state_code AS "stateCode", u.password_hash AS "passwordHash",
         u.disabled_at AS "disabledAt", u.failed_sign_ins AS "failedSignIns", u.locked_until AS "lockedUntil"
    FROM app_user u JOIN agency a ON a.id = u.agency_id`;

async function findAccount(m: EntityManager, by: 'email' | 'id', value: string, forUpdate = false): Promise<Account | null> {
  const rows: Account[] = await m.query(
    `${ACCOUNT_SQL} WHERE u.${by} = $1${forUpdate ? ' FOR UPDATE OF u' : ''}`,
    [value],
  );
  return rows[0] ?? null;
}

// One message for every sign-in failure, so the answer never tells whether an e-mail exists.
const SIGN_IN_FAILED = 'Invalid e-mail or password';
const SESSION_INVALID = 'Session expired or revoked; sign in again';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async signIn(ctx: RequestContext, email: string, password: string): Promise<AuthPayload> {
    const now = this.clock.now();
    const account = email.trim().toLowerCase();
    await this.throttle.admit(ctx.clientAddress, account).catch(async (error: unknown) => {
      await this.audit.recordAlone(ctx, { action: 'auth.sign-in', outcome: 'DENIED', details: { reason: 'throttled' } });
      throw error;
    });
    const user = await findAccount(this.db.manager, 'email', account);
    if (!user) {
      await this.throttle.verify(() => verifyDecoy(password));
      await this.throttle.failed(account);
      await this.audit.recordAlone(ctx, { action: 'auth.sign-in', outcome: 'FAILURE', details: { reason: 'unknown-email' } });
      throw new UnauthenticatedError(SIGN_IN_FAILED);
    }
    const refusal = user.disabledAt ? 'disabled' : isLocked(user, now) ? 'locked' : null;
    if (refusal) {
      // As long as a wrong password takes, so the answer's time does not tell a locked account.
      await this.throttle.verify(() => verifyDecoy(password));
      await this.throttle.failed(account);
      await this.audit.recordAlone(ctx, this.failedSignIn(user, refusal));
      throw new UnauthenticatedError(SIGN_IN_FAILED);
    }
    if (!(await this.throttle.verify(() => verifyPassword(user.passwordHash, password)))) {
      await this.throttle.failed(account);
      await this.db.transaction((m) => this.countFailure(m, ctx, user.id, now));
      throw new UnauthenticatedError(SIGN_IN_FAILED);
    }
    await this.throttle.succeeded(account);
    return this.db.transaction(async (m) => {
      await m.update(UserRecord, { id: user.id }, { failedSignIns: 0, lockedUntil: null });
      const familyId = randomUUID();
      const refreshToken = await this.issueRefreshToken(m, user.id, familyId, now);
      await this.audit.record(m, ctx, { ...this.subjectOf(user), action: 'auth.sign-in', outcome: 'SUCCESS' });
      return this.payload(m, user, familyId, refreshToken, now);
    });
  }

  async refreshSession(ctx: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const now = this.clock.now();
    const outcome = await this.db.transaction(async (m) => {
      const token = await m
        .getRepository(RefreshTokenRecord)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashRefreshToken(refreshToken) })
        .getOne();
      if (!token) return null;
      const user = await findAccount(m, 'id', token.userId);
      if (!user) return null;
      const verdict = user.disabledAt ? 'reuse-detected' : judgeRefreshToken(token, now);
      if (verdict === 'reuse-detected') {
        // A copied token was replayed (or the user is disabled): end every session of the family.
        await this.revokeFamily(m, token.familyId, now);
        await this.audit.record(m, ctx, {
          ...this.subjectOf(user),
          action: 'auth.refresh',
          outcome: 'DENIED',
          targetType: 'session',
          targetId: token.familyId,
          details: { reason: user.disabledAt ? 'user-disabled' : 'refresh-token-reuse' },
        });
        return null;
      }
      if (verdict === 'expired') return null;
      await m.update(RefreshTokenRecord, { id: token.id }, { rotatedAt: now });
      const next = await this.issueRefreshToken(m, user.id, token.familyId, now);
      await this.audit.record(m, ctx, {
        ...this.subjectOf(user),
        action: 'auth.refresh',
        outcome: 'SUCCESS',
        targetType: 'session',
        targetId: token.familyId,
      });
      return this.payload(m, user, token.familyId, next, now);
    });
    if (!outcome) throw new UnauthenticatedError(SESSION_INVALID);
    return outcome;
  }

  async signOut(ctx: AuthenticatedContext): Promise<boolean> {
    await this.db.transaction(async (m) => {
      await this.revokeFamily(m, ctx.actor.sessionId, this.clock.now());
      await this.audit.record(m, ctx, {
        action: 'auth.sign-out',
        outcome: 'SUCCESS',
        targetType: 'session',
        targetId: ctx.actor.sessionId,
      });
    });
    return true;
  }

  async me(ctx: AuthenticatedContext): Promise<UserModel> {
    const user = await loadUserView(this.db.manager, ctx.actor.userId);
    if (!user || user.disabled) throw new UnauthenticatedError(SESSION_INVALID);
    return user;
  }

  /** The actor of the request's `Authorization` header, or null when it carries no token valid now. */
  actorOfHeader(authorization: string | undefined): Actor | null {
    return this.tokens.actorOfHeader(authorization);
  }

  private async countFailure(m: EntityManager, ctx: RequestContext, userId: string, now: Date): Promise<void> {
    const user = await findAccount(m, 'id', userId, true);
    if (!user) return;
    const next = afterFailedSignIn(user, { threshold: this.config.LOCKOUT_THRESHOLD, lockMinutes: this.config.LOCKOUT_MINUTES }, now);
    await m.update(UserRecord, { id: userId }, { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil });
    await this.audit.record(m, ctx, this.failedSignIn(user, 'wrong-password'));
    if (!next.lockedNow || !next.lockedUntil) return;
    await this.audit.record(m, ctx, {
      ...this.subjectOf(user),
      action: 'auth.lockout',
      outcome: 'SUCCESS',
      targetType: 'user',
      targetId: user.id,
      details: { lockedUntil: next.lockedUntil.toISOString() },
    });
    await this.outbox.publish(m, [
      {
        type: 'identity.user-locked-out',
        aggregateType: 'user',
        aggregateId: user.id,
        payload: { userId: user.id, agencyId: user.agencyId, lockedUntil: next.lockedUntil.toISOString() },
      },
    ]);
  }

  private failedSignIn(user: Account, reason: string) {
    return {
      ...this.subjectOf(user),
      action: 'auth.sign-in',
      outcome: 'FAILURE' as const,
      targetType: 'user',
      targetId: user.id,
      details: { reason },
    };
  }

  /** Sign-in events are recorded against the user who (tried to) sign in, who is not yet the actor. */
  private subjectOf(user: Account) {
    return { actor: { userId: user.id, agencyId: user.agencyId, stateCode: user.stateCode } };
  }

  private async issueRefreshToken(m: EntityManager, userId: string, familyId: string, now: Date): Promise<string> {
    const token = newRefreshToken();
    await m.insert(RefreshTokenRecord, {
      familyId,
      userId,
      tokenHash: hashRefreshToken(token),
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return token;
  }

  private async revokeFamily(m: EntityManager, familyId: string, now: Date): Promise<void> {
    await m
      .createQueryBuilder()
      .update(RefreshTokenRecord)
      .set({ revokedAt: now })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  private async payload(
    m: EntityManager,
    user: Account,
    familyId: string,
    refreshToken: string,
    now: Date,
  ): Promise<AuthPayload> {
    const view = await loadUserView(m, user.id);
    if (!view) throw new UnauthenticatedError(SESSION_INVALID);
    const actor: Actor = {
      userId: user.id,
      agencyId: view.agency.id,
      stateCode: view.agency.state.code,
      roles: view.roles,
      sessionId: familyId,
    };
    const { token: accessToken, expiresAt } = this.tokens.issue(actor, now);
    return { accessToken, refreshToken, accessTokenExpiresAt: expiresAt, idleLockSeconds: this.config.CONSOLE_IDLE_LOCK_SECONDS, user: view };
  }
}
