import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '@app/access';
import { AuthenticatedContext, decodeSequenceCursor, pageSize } from '@app/kernel';
import { Ctx, PageArgs, toConnection } from '@app/platform';
import { AuditService } from '@app/audit';
import { AuditEventConnection } from './audit-event.types';

@Resolver()
export class AuditTrailResolver {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AuditEventConnection, { description: "The audit trail of the auditor's own State, newest first" })
  async auditEvents(
    @Ctx() ctx: AuthenticatedContext,
    @Args() { first, after }: PageArgs,
  ): Promise<AuditEventConnection> {
    const size = pageSize(first);
    const stateCode = ctx.actor.stateCode;
    await this.access.authorize(ctx, 'audit:read', { stateCode }, { type: 'audit-trail', id: stateCode });
    const afterId = after ? decodeSequenceCursor(after) : undefined;
    const rows = await this.audit.listForState(stateCode, size, afterId);
    // Consulting the audit trail is itself recorded.
    await this.audit.recordAlone(ctx, { action: 'audit.read', outcome: 'SUCCESS', targetType: 'audit-trail', targetId: stateCode });
    return toConnection(rows, size, (r) => [r.id], (r) => r);
  }
}
