import { Injectable } from '@nestjs/common';
import { AuditedCommands } from '@app/audit';
import { AuthenticatedContext, ForbiddenError, NotFoundError } from '@app/kernel';
import { Action, decide, PolicyTargets } from './policy';

/** What the refused attempt was aimed at, for the audit trail. */
export interface AttemptedOn {
  readonly type: string;
  readonly id?: string;
}

/**
 * Applies the policy for services: a refusal is audited as DENIED (by AuditedCommands, where
 * every refusal is) and answered NOT_FOUND when the target must stay hidden, FORBIDDEN otherwise.
 */
@Injectable()
export class AccessService {
  constructor(private readonly commands: AuditedCommands) {}

  async authorize<A extends Action>(
    ctx: AuthenticatedContext,
    action: A,
    target: PolicyTargets[A],
    on: AttemptedOn,
  ): Promise<void> {
    const decision = decide(ctx.actor, action, target);
    if (decision.allowed) return;
    const error = decision.hidden ? new NotFoundError(`${on.type} not found`) : new ForbiddenError(`Not allowed: ${decision.reason}`);
    return this.commands.refuse(ctx, { action, targetType: on.type, targetId: on.id }, error, decision.reason);
  }

  /** For a target that does not exist: answered exactly like a hidden one, and audited as denied. */
  async notFound(ctx: AuthenticatedContext, action: Action, on: AttemptedOn): Promise<never> {
    const error = new NotFoundError(`${on.type} not found`);
    return this.commands.refuse(ctx, { action, targetType: on.type, targetId: on.id }, error, 'no such object visible to the caller');
  }
}
