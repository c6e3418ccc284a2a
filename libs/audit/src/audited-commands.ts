import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@app/database';
import { AuthenticatedContext, ConflictError, DomainError, isUnauditedRefusal, RequestContext, refusalExtensions } from '@app/kernel';
import { AuditEntry, AuditService } from './audit.service';

export type AuditDraft = Omit<AuditEntry, 'outcome' | 'actor'>;

/** What a command is aimed at: the DENIED row of its refusal names it. */
export interface Attempt {
  /** The policy action (`mla:act`, `handoff:update` ...) or, for a command the policy allowed, the command's audit action. */
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string;
}

/**
 * The one place refusals meet the audit trail, and the runner of commands: one transaction
 * per command, in which the change, its audit row and its domain events commit together.
 * Every refusal but invalid input (NOT_FOUND, FORBIDDEN, CONFLICT) is recorded as DENIED,
 * in its own statement, since the command's transaction will not commit.
 */
@Injectable()
export class AuditedCommands {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * `audited` gives the SUCCESS row from the result, and with null what a refusal is recorded
   * on. A unique violation (a duplicate reference, identifier, e-mail ...) answers CONFLICT
   * (reason DUPLICATE).
   */
  run<T>(
    ctx: AuthenticatedContext,
    audited: (result: T | null) => AuditDraft,
    change: (m: EntityManager) => Promise<T>,
    duplicate = 'already exists',
  ): Promise<T> {
    const { action, targetType = 'unknown', targetId } = audited(null);
    return this.attempt(ctx, { action, targetType, targetId }, async () => {
      try {
        return await this.db.transaction(async (m) => {
          const result = await change(m);
          await this.audit.record(m, ctx, { ...audited(result), outcome: 'SUCCESS' });
          return result;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw ConflictError.duplicate(duplicate);
        throw error;
      }
    });
  }

  /** Runs a command whose refusals, wherever raised (policy, version, lifecycle), are audited as DENIED on `on`. */
  async attempt<T>(ctx: RequestContext, on: Attempt, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (isUnauditedRefusal(error)) await this.recordDenial(ctx, on, error, error.message);
      throw error;
    }
  }

  /** Records `error` as a DENIED attempt on `on` (`reason`: why, for the auditor) and throws it. */
  async refuse(ctx: RequestContext, on: Attempt, error: DomainError, reason: string): Promise<never> {
    await this.recordDenial(ctx, on, error, reason);
    throw error;
  }

  /** Audits a consultation in its own statement (reads run outside a transaction). */
  read(ctx: AuthenticatedContext, entry: AuditDraft): Promise<void> {
    return this.audit.recordAlone(ctx, { ...entry, outcome: 'SUCCESS' });
  }

  private async recordDenial(ctx: RequestContext, on: Attempt, error: DomainError, reason: string): Promise<void> {
    // `reason` says why in words; a conflict's kind and the state it names go beside it.
    const { reason: conflict, state } = refusalExtensions(error);
    await this.audit.recordAlone(ctx, {
      action: on.action,
      outcome: 'DENIED',
      targetType: on.targetType,
      targetId: on.targetId,
      details: { reason: reason.slice(0, 500), code: error.code, ...(conflict ? { conflict } : {}), ...(state ? { state } : {}) },
    });
    error.deniedAudited = true;
  }
}
