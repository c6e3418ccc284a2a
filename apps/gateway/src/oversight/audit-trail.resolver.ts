import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { AuditChainStateView, AuditEventView, AuditTrailQueries } from '@app/oversight';
import { connectionOf, Ctx, ConnectionShape } from '@app/graphql';
import { AuditChainStateArgs, AuditChainStateModel, AuditEventArgs, AuditEventConnection, AuditEventModel, AuditEventsArgs } from './audit-event.types';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailQueries) {}

  @Query(() => AuditEventConnection, {
    description: "The audit trail of the auditor's own State (its users' events and others' events on its data), newest first",
  })
  async auditEvents(@Ctx() ctx: AuthenticatedContext, @Args() args: AuditEventsArgs): Promise<ConnectionShape<AuditEventView>> {
    return connectionOf(await this.trail.events(ctx, args));
  }

  @Query(() => AuditEventModel, { description: "One event of the auditor's own State's trail, in full" })
  auditEvent(@Ctx() ctx: AuthenticatedContext, @Args() { id }: AuditEventArgs): Promise<AuditEventView> {
    return this.trail.event(ctx, id);
  }

  @Query(() => AuditChainStateModel, { description: 'Events sealed, the latest signed checkpoint and, when verified, the first broken link' })
  auditChainState(@Ctx() ctx: AuthenticatedContext, @Args() { verify }: AuditChainStateArgs): Promise<AuditChainStateView> {
    return this.trail.chainState(ctx, verify);
  }
}
