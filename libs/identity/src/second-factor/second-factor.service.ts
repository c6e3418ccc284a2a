import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, AuditedCommands } from '@app/audit';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import {
  AuthenticatedContext,
  BadUserInputError,
  CLOCK,
  Clock,
  ConflictError,
  deriveKeyring,
  DomainError,
  ForbiddenError,
  Keyring,
  parseKeyring,
  seal,
  SecondFactorRequiredError,
  unseal,
} from '@app/kernel';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { SessionStates } from '../sessions/session-states';
import { hashRecoveryCode, isFreshStep, isTotpShaped, newRecoveryCodes, normaliseOneTimeCode, requiresSecondFactor } from './second-factor.rules';
import { matchingStep, newTotpSecret, TotpEnrolment, totpEnrolment } from './totp';

interface FactorRow {
  secret_key_id: string;
  secret_sealed: Buffer;
  confirmed_at: Date | null;
  last_used_step: string | null;
}

/** What a refused fresh check was aimed at, for the audit trail. */
export interface FreshCheckOn {
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string;
}

const secretAad = (userId: string) => `user:${userId}:totp-secret`;
const CODE_REFUSED = 'One-time code missing or wrong: give the current code of your authenticator, or an unused recovery code';
const ENROLLED_ALREADY = 'A second factor is enrolled already: disable it first, or regenerate the recovery codes';
const NOT_ENROLLED = 'No second factor is enrolled';
/** The states a refusal names (`extensions.state`): the account's second factor is enrolled, or not. */
const ENROLLED = 'SECOND_FACTOR_ENROLLED';
const NOT_ENROLLED_STATE = 'SECOND_FACTOR_NOT_ENROLLED';

/**
 * The second factor: a TOTP secret sealed at rest (AES-256-GCM under a sub-key of the
 * victim-data keyring) and ten one-time recovery codes stored as hashes. A code is used up
 * by the transaction that accepts it, so a failed command spends nothing.
 */
@Injectable()
export class SecondFactorService {
  private readonly keyring: Keyring;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly commands: AuditedCommands,
    private readonly sessions: SessionStates,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.keyring = deriveKeyring(parseKeyring(config.VICTIM_DATA_KEYS, config.VICTIM_DATA_ACTIVE_KEY), 'second-factor-secret');
  }

  async isEnrolled(m: EntityManager | DataSource, userId: string): Promise<boolean> {
    const rows = await queryPrepared(m, `SELECT 1 FROM user_second_factor WHERE user_id = $1 AND confirmed_at IS NOT NULL`, [userId]);
    return rows.length > 0;
  }

  /**
   * Accepts a TOTP code of the enrolled factor (its time step not used before) or an unused
   * recovery code, and uses it up in `m`'s transaction. False for anything else.
   */
  async consume(m: EntityManager, userId: string, code: string, now: Date): Promise<boolean> {
    if (isTotpShaped(code)) return this.consumeTotp(m, userId, code, now, true);
    const spent = await queryPrepared(
      m,
      `UPDATE user_recovery_code SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1`,
      [userId, hashRecoveryCode(code), now],
    );
    return spent.length === 1;
  }

  /**
   * A fresh proof before a sensitive operation, when the user has a second factor or their
   * role requires one: a missing or wrong code answers SECOND_FACTOR_REQUIRED, audited as denied.
   */
  async confirmFresh(ctx: AuthenticatedContext, code: string | null | undefined, on: FreshCheckOn): Promise<void> {
    const { userId } = ctx.actor;
    const enrolled = await this.isEnrolled(this.db, userId);
    if (!enrolled && !requiresSecondFactor(ctx.actor.roles, this.config.SECOND_FACTOR_REQUIRED_ROLES)) return;
    if (!code || !enrolled) {
      // No guess was made: audited, not counted against the user's budget of wrong codes.
      const reason = enrolled ? 'one-time code missing' : 'second factor not enrolled';
      await this.audit.recordAlone(ctx, { ...on, outcome: 'DENIED', details: { reason } });
      throw new SecondFactorRequiredError(CODE_REFUSED);
    }
    await this.withCode(ctx, userId, on, async () => {
      const accepted = await this.db.transaction((m) => this.consume(m, userId, code, this.clock.now()));
      if (!accepted) throw new SecondFactorRequiredError(CODE_REFUSED);
    });
  }

  /** Starts (or starts again) an enrolment: a new secret, unconfirmed until a code of it is given. */
  async beginEnrolment(ctx: AuthenticatedContext): Promise<TotpEnrolment> {
    const { userId } = ctx.actor;
    const secret = newTotpSecret();
    const sealed = seal(this.keyring, secret, secretAad(userId));
    const email = await this.commands.run(
      ctx,
      () => ({ action: 'second-factor.begin-enrolment', targetType: 'user', targetId: userId }),
      async (m) => {
        // A confirmed factor is never overwritten: the row is written only while unconfirmed.
        const written = await queryPrepared<{ email: string }>(
          m,
          `WITH saved AS (
             INSERT INTO user_second_factor AS f (user_id, secret_key_id, secret_sealed) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET secret_key_id = $2, secret_sealed = $3, last_used_step = NULL, created_at = now()
              WHERE f.confirmed_at IS NULL
             RETURNING user_id)
           SELECT u.email FROM app_user u JOIN saved ON saved.user_id = u.id`,
          [userId, sealed.keyId, sealed.data],
        );
        if (!written.length) throw ConflictError.notInState(ENROLLED, ENROLLED_ALREADY);
        return written[0].email;
      },
    );
    return totpEnrolment(secret, email);
  }

  /** Confirms the enrolment with a code of the new secret; answers the recovery codes, shown this once. */
  async confirmEnrolment(ctx: AuthenticatedContext, code: string): Promise<string[]> {
    const { userId } = ctx.actor;
    const on = { action: 'second-factor.enrol', targetType: 'user', targetId: userId };
    const codes = await this.withCode(ctx, userId, on, () =>
      this.commands.run(
        ctx,
        () => on,
        async (m) => {
          const [factor] = await queryPrepared<FactorRow>(m, `SELECT confirmed_at FROM user_second_factor WHERE user_id = $1 FOR UPDATE`, [userId]);
          if (!factor) throw ConflictError.notInState(NOT_ENROLLED_STATE, 'No enrolment begun: call beginSecondFactorEnrolment first');
          if (factor.confirmed_at) throw ConflictError.notInState(ENROLLED, ENROLLED_ALREADY);
          if (!(await this.consumeTotp(m, userId, code, this.clock.now(), false))) {
            throw BadUserInputError.of([{ field: 'code', problem: 'is not the current code of the authenticator' }]);
          }
          await m.query(`UPDATE user_second_factor SET confirmed_at = $2 WHERE user_id = $1`, [userId, this.clock.now()]);
          return this.replaceRecoveryCodes(m, userId);
        },
      ),
    );
    await this.sessions.changed(userId);
    return codes;
  }

  /** Removes the second factor, with a code of it, where the user's role does not require one. */
  async disable(ctx: AuthenticatedContext, code: string): Promise<boolean> {
    const { userId } = ctx.actor;
    const on = { action: 'second-factor.disable', targetType: 'user', targetId: userId };
    if (requiresSecondFactor(ctx.actor.roles, this.config.SECOND_FACTOR_REQUIRED_ROLES)) {
      await this.commands.refuse(ctx, on, new ForbiddenError('Not allowed: your role requires a second factor'), 'role requires a second factor');
    }
    await this.withCode(ctx, userId, on, () =>
      this.commands.run(
        ctx,
        () => on,
        async (m) => {
          await this.consumeOrRefuse(m, userId, code);
          await m.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
          await m.query(`DELETE FROM user_second_factor WHERE user_id = $1`, [userId]);
        },
      ),
    );
    await this.sessions.changed(userId);
    return true;
  }

  /** New recovery codes for old ones (lost, or running out), with a one-time code; shown this once. */
  regenerateRecoveryCodes(ctx: AuthenticatedContext, code: string): Promise<string[]> {
    const { userId } = ctx.actor;
    const on = { action: 'second-factor.regenerate-recovery-codes', targetType: 'user', targetId: userId };
    return this.withCode(ctx, userId, on, () =>
      this.commands.run(
        ctx,
        () => on,
        async (m) => {
          await this.consumeOrRefuse(m, userId, code);
          return this.replaceRecoveryCodes(m, userId);
        },
      ),
    );
  }

  private async consumeOrRefuse(m: EntityManager, userId: string, code: string): Promise<void> {
    if (!(await this.isEnrolled(m, userId))) throw ConflictError.notInState(NOT_ENROLLED_STATE, NOT_ENROLLED);
    if (!(await this.consume(m, userId, code, this.clock.now()))) throw new SecondFactorRequiredError(CODE_REFUSED);
  }

  private async consumeTotp(m: EntityManager, userId: string, code: string, now: Date, confirmed: boolean): Promise<boolean> {
    const [factor] = await queryPrepared<FactorRow>(
      m,
      `SELECT secret_key_id, secret_sealed, confirmed_at, last_used_step FROM user_second_factor WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    if (!factor || (factor.confirmed_at !== null) !== confirmed) return false;
    const secret = unseal(this.keyring, { keyId: factor.secret_key_id, data: factor.secret_sealed }, secretAad(userId));
    const step = matchingStep(secret, normaliseOneTimeCode(code), now);
    const lastUsed = factor.last_used_step === null ? null : Number(factor.last_used_step);
    if (step === null || !isFreshStep(step, lastUsed)) return false;
    await m.query(`UPDATE user_second_factor SET last_used_step = $2 WHERE user_id = $1`, [userId, step]);
    return true;
  }

  private async replaceRecoveryCodes(m: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await m.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
    await m.query(`INSERT INTO user_recovery_code (user_id, code_hash) SELECT $1, unnest($2::bytea[])`, [userId, codes.map(hashRecoveryCode)]);
    return codes;
  }

  /**
   * Runs a step that checks a one-time code: refused while too many of the user's codes were
   * wrong; a wrong code counts against that budget and is audited (the step's own transaction
   * having rolled back).
   */
  private async withCode<T>(ctx: AuthenticatedContext, userId: string, on: FreshCheckOn, step: () => Promise<T>): Promise<T> {
    await this.throttle.admitCode(userId);
    try {
      return await step();
    } catch (error) {
      const wrongCode =
        error instanceof SecondFactorRequiredError || (error instanceof BadUserInputError && error.problems.some((p) => p.field === 'code'));
      if (wrongCode) {
        await this.throttle.codeFailed(userId);
        const outcome = error instanceof SecondFactorRequiredError ? 'DENIED' : 'FAILURE';
        await this.audit.recordAlone(ctx, { ...on, outcome, details: { reason: (error as DomainError).message.slice(0, 200) } });
      }
      throw error;
    }
  }
}
