import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { AuthenticatedContext, ForbiddenError, NotFoundError } from '@app/kernel';
import { Action, decide, PolicyTargets } from './policy';

/** What the refused attempt was aimed at, for the audit trail. */
export interface AttemptedOn {
  readonly type: string;
  readonly id?: string;
}

/**
 * Applies the policy for services: a refusal is audited (in its own transaction, since the
 * command's transaction will not commit) and answered NOT_FOUND when the target must stay hidden.
 */
@Injectable()
export class AccessService {
  constructor(private readonly audit: AuditService) {}

  async authorize<A extends Action>(
    ctx: AuthenticatedContext,
    action: A,
    target: PolicyTargets[A],
    on: AttemptedOn,
  ): Promise<void> {
    const decision = decide(ctx.actor, action, target);
    if (decision.allowed) return;
    await this.recordDenial(ctx, action, on, decision.reason);
    if (decision.hidden) throw new NotFoundError(`${on.type} not found`);
    throw new ForbiddenError(`Not allowed: ${decision.reason}`);
  }

  /** For a target that does not exist: answered exactly like a hidden one, and audited as denied. */
  async notFound(ctx: AuthenticatedContext, action: Action, on: AttemptedOn): Promise<never> {
    await this.recordDenial(ctx, action, on, 'no such object visible to the caller');
    throw new NotFoundError(`${on.type} not found`);
  }

  private recordDenial(ctx: AuthenticatedContext, action: Action, on: AttemptedOn, reason: string): Promise<void> {
    return this.audit.recordAlone(ctx, {
      action,
      outcome: 'DENIED',
      targetType: on.type,
      targetId: on.id,
      details: { reason },
    });
  }
}
