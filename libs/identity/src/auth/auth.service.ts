import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/events';
import {
  AccountRestriction,
  Actor,
  AuthenticatedContext,
  BadUserInputError,
  CLOCK,
  Clock,
  RequestContext,
  SecondFactorRequiredError,
  UnauthenticatedError,
} from '@app/kernel';
import { AuthPayloadView, SignInCommand, UserView } from '../identity.views';
import { RefreshTokenRecord, UserRecord } from '../identity.entities';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { pendingRestrictions } from '../second-factor/second-factor.rules';
import { endSessions, startSession, touchSession } from '../sessions/session-records';
import { SessionStates } from '../sessions/session-states';
import { loadUserView } from '../user-view';
import { AccessTokens } from './access-tokens';
import { hashPassword, verifyDecoy, verifyPassword } from './password';
import { SignInThrottle } from './sign-in-throttle';
import { afterFailedSignIn, hashRefreshToken, isLocked, judgeRefreshToken, newPasswordProblems, newRefreshToken } from './sign-in.rules';

/** The caller of a request, checked against the session's state now, and what the session must do first. */
export interface Authentication {
  readonly actor: Actor;
  readonly pending: AccountRestriction[];
}

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
const SECOND_FACTOR_NEEDED = 'Give the one-time code of your authenticator (or a recovery code) as oneTimeCode';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly throttle: SignInThrottle,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionStates,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Refused at once, before any Redis or database work, while the verification queue is full. */
  signIn(ctx: RequestContext, input: SignInCommand): Promise<AuthPayloadView> {
    return this.throttle.withPlace(() => this.signInWithPlace(ctx, input));
  }

  private async signInWithPlace(ctx: RequestContext, { email, password, oneTimeCode }: SignInCommand): Promise<AuthPayloadView> {
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
      await this.db.transaction((m) => this.countFailure(m, ctx, user.id, now, 'wrong-password'));
      throw new UnauthenticatedError(SIGN_IN_FAILED);
    }
    const enrolled = await this.secondFactor.isEnrolled(this.db, user.id);
    if (enrolled && !oneTimeCode) {
      // The password was right: neither a failure nor a success yet, the client asks for the code.
      await this.audit.recordAlone(ctx, {
        ...this.failedSignIn(user, 'second-factor-required'),
        outcome: 'DENIED',
      });
      throw new SecondFactorRequiredError(SECOND_FACTOR_NEEDED);
    }
    const signedIn = await this.db.transaction(async (m) => {
      // The code is used up only if the sign-in commits.
      if (enrolled && !(await this.secondFactor.consume(m, user.id, oneTimeCode ?? '', now))) return null;
      await m.update(UserRecord, { id: user.id }, { failedSignIns: 0, lockedUntil: null });
      const familyId = randomUUID();
      const client = { userAgent: ctx.userAgent, address: ctx.clientAddress };
      await startSession(m, { id: familyId, userId: user.id, expiresAt: this.refreshExpiry(now), ...client }, now);
      const refreshToken = await this.issueRefreshToken(m, user.id, familyId, now);
      await this.audit.record(m, ctx, { ...this.subjectOf(user), action: 'auth.sign-in', outcome: 'SUCCESS', details: { secondFactor: enrolled } });
      return this.payload(m, user, familyId, refreshToken, now);
    });
    if (!signedIn) {
      // A wrong code is a wrong password: the same answer, counted and audited alike.
      await this.throttle.failed(account);
      await this.db.transaction((m) => this.countFailure(m, ctx, user.id, now, 'wrong-one-time-code'));
      throw new UnauthenticatedError(SIGN_IN_FAILED);
    }
    await this.throttle.succeeded(account);
    return signedIn;
  }

  async refreshSession(ctx: RequestContext, refreshToken: string): Promise<AuthPayloadView> {
    const now = this.clock.now();
    const outcome = await this.db.transaction(async (m): Promise<AuthPayloadView | { endedFor: string } | null> => {
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
        await endSessions(m, { sessionId: token.familyId }, now);
        await this.audit.record(m, ctx, {
          ...this.subjectOf(user),
          action: 'auth.refresh',
          outcome: 'DENIED',
          targetType: 'session',
          targetId: token.familyId,
          details: { reason: user.disabledAt ? 'user-disabled' : 'refresh-token-reuse' },
        });
        return { endedFor: user.id };
      }
      if (verdict === 'expired') return null;
      await m.update(RefreshTokenRecord, { id: token.id }, { rotatedAt: now });
      const client = { userAgent: ctx.userAgent, address: ctx.clientAddress };
      await touchSession(m, { id: token.familyId, expiresAt: this.refreshExpiry(now), ...client }, now);
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
    if (outcome && 'endedFor' in outcome) await this.sessions.changed(outcome.endedFor);
    if (!outcome || 'endedFor' in outcome) throw new UnauthenticatedError(SESSION_INVALID);
    return outcome;
  }

  /**
   * The caller of a request: a valid access token whose session is still live, with the
   * user's roles as they are now (cached briefly, see SessionStates), and what the session
   * must do before anything else.
   */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const claimed = this.tokens.actorOfHeader(authorization);
    if (!claimed) throw new UnauthenticatedError(authorization ? 'Access token invalid or expired' : 'Sign in first');
    const state = await this.sessions.of(claimed.sessionId);
    if (!state?.live || state.userId !== claimed.userId) throw new UnauthenticatedError(SESSION_INVALID);
    return { actor: { ...claimed, roles: state.roles }, pending: pendingRestrictions(state, this.config.SECOND_FACTOR_REQUIRED_ROLES) };
  }

  /**
   * Changes the caller's own password (also the way out of a password an administrator set)
   * and ends their other sessions: whoever knew the old password is signed out everywhere.
   */
  async changePassword(ctx: AuthenticatedContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const { userId, sessionId } = ctx.actor;
    const user = await findAccount(this.db.manager, 'id', userId);
    if (!user) throw new UnauthenticatedError(SESSION_INVALID);
    const on = { action: 'user.change-password', targetType: 'user', targetId: userId };
    await this.throttle.admitCode(userId);
    if (!(await this.throttle.verify(() => verifyPassword(user.passwordHash, currentPassword)))) {
      // Guessing the password through a stolen session is slowed like guessing codes.
      await this.throttle.codeFailed(userId);
      await this.audit.recordAlone(ctx, { ...on, outcome: 'FAILURE', details: { reason: 'wrong current password' } });
      throw BadUserInputError.of([{ field: 'currentPassword', problem: 'is not your current password' }]);
    }
    const problems = newPasswordProblems(newPassword, currentPassword);
    if (problems.length) throw BadUserInputError.of(problems);
    const passwordHash = await this.throttle.verify(() => hashPassword(newPassword));
    await this.db.transaction(async (m) => {
      const now = this.clock.now();
      await m.update(UserRecord, { id: userId }, { passwordHash, passwordChangeRequired: false });
      await endSessions(m, { userId, except: sessionId }, now);
      await this.audit.record(m, ctx, { ...on, outcome: 'SUCCESS' });
    });
    await this.sessions.changed(userId);
    return true;
  }

  async signOut(ctx: AuthenticatedContext): Promise<boolean> {
    await this.db.transaction(async (m) => {
      await endSessions(m, { sessionId: ctx.actor.sessionId }, this.clock.now());
      await this.audit.record(m, ctx, {
        action: 'auth.sign-out',
        outcome: 'SUCCESS',
        targetType: 'session',
        targetId: ctx.actor.sessionId,
      });
    });
    await this.sessions.changed(ctx.actor.userId);
    return true;
  }

  async me(ctx: AuthenticatedContext): Promise<UserView> {
    const user = await loadUserView(this.db.manager, ctx.actor.userId, this.config.SECOND_FACTOR_REQUIRED_ROLES);
    if (!user || user.disabled) throw new UnauthenticatedError(SESSION_INVALID);
    return user;
  }

  private async countFailure(m: EntityManager, ctx: RequestContext, userId: string, now: Date, reason: string): Promise<void> {
    const user = await findAccount(m, 'id', userId, true);
    if (!user) return;
    const next = afterFailedSignIn(user, { threshold: this.config.LOCKOUT_THRESHOLD, lockMinutes: this.config.LOCKOUT_MINUTES }, now);
    await m.update(UserRecord, { id: userId }, { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil });
    await this.audit.record(m, ctx, this.failedSignIn(user, reason));
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
      expiresAt: this.refreshExpiry(now),
    });
    return token;
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  private async payload(
    m: EntityManager,
    user: Account,
    familyId: string,
    refreshToken: string,
    now: Date,
  ): Promise<AuthPayloadView> {
    const view = await loadUserView(m, user.id, this.config.SECOND_FACTOR_REQUIRED_ROLES);
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
