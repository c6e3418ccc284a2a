import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/platform';
import { AuditChainStateArgs, AuditChainStateModel, AuditEventArgs, AuditEventConnection, AuditEventModel, AuditEventsArgs } from './audit-event.types';
import { AuditTrailService } from './audit-trail.service';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventConnection, {
    description: "The audit trail of the auditor's own State (its users' events and others' events on its data), newest first",
  })
  auditEvents(@Ctx() ctx: AuthenticatedContext, @Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.trail.events(ctx, args);
  }

  @Query(() => AuditEventModel, { description: "One event of the auditor's own State's trail, in full" })
  auditEvent(@Ctx() ctx: AuthenticatedContext, @Args() { id }: AuditEventArgs): Promise<AuditEventModel> {
    return this.trail.event(ctx, id);
  }

  @Query(() => AuditChainStateModel, { description: 'Events sealed, the latest signed checkpoint and, when verified, the first broken link' })
  auditChainState(@Ctx() ctx: AuthenticatedContext, @Args() { verify }: AuditChainStateArgs): Promise<AuditChainStateModel> {
    return this.trail.chainState(ctx, verify);
  }
}
