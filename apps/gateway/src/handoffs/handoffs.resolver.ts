import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { LiveFeed } from '@app/events';
import { AuthenticatedContext } from '@app/kernel';
import { BatchLoad, connectionOf, ConnectionShape, Ctx, Loaders, RequestLoaders } from '@app/graphql';
import {
  LogHandoffServiceInput,
  HandoffsArgs,
  ProposeHandoffInput,
  RecordConsentInput,
  RecordSafeguardInput,
  RevealVictimIdentityArgs,
  SendHandoffMessageInput,
  TransitionHandoffInput,
  WithdrawConsentInput,
} from './handoff.inputs';
import {
  actionsOpenTo,
  Handoff,
  HandoffAction,
  HandoffMessage,
  HandoffsCommands,
  HandoffServiceEntry,
  HandoffSide,
  HandoffsQueries,
  HandoffStatistics,
  HandoffViewKind,
  IdentityReveal,
  VictimIdentity,
} from '@app/handoffs';
import {
  HandoffChangeModel,
  HandoffConnection,
  HandoffMessageModel,
  HandoffModel,
  HandoffServiceModel,
  HandoffStatisticsModel,
  IdentityRevealModel,
  VictimIdentityModel,
} from './handoff.types';

function sideOf(handoff: Handoff, agencyId: string): HandoffSide | null {
  if (handoff.referringAgency.id === agencyId) return HandoffSide.REFERRING;
  return handoff.receivingAgency.id === agencyId ? HandoffSide.RECEIVING : null;
}

/** Children of a handoff read with a coordinator's view, batched per request; law enforcement gets null. */
function coordinatorsOnly<V>(handoff: Handoff, loaders: RequestLoaders, name: string, batch: BatchLoad<V[]>): Promise<V[] | null> {
  if (handoff.view !== HandoffViewKind.COORDINATOR) return Promise.resolve(null);
  return loaders.load(name, batch, handoff.id);
}

@Resolver(() => HandoffModel)
export class HandoffsResolver {
  constructor(
    private readonly commands: HandoffsCommands,
    private readonly queries: HandoffsQueries,
    private readonly feed: LiveFeed,
  ) {}

  @Subscription(() => HandoffChangeModel, {
    description: 'Each committed change of a handoff the caller may read, checked again at every delivery (consent included; graphql-ws)',
    resolve: (change: HandoffChangeModel) => change,
  })
  async handoffChanged(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string) {
    await this.queries.checkVisible(ctx, id);
    return this.feed.follow('handoff-changed', (change) => change.handoffId === id && this.queries.mayRead(ctx.actor, id, change));
  }

  @Query(() => HandoffModel, { description: 'A handoff the caller may see (audited)' })
  handoff(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string): Promise<Handoff> {
    return this.queries.handoff(ctx, id);
  }

  @Query(() => HandoffConnection, { description: 'Handoffs the caller may see, newest first (audited)' })
  async handoffs(@Ctx() ctx: AuthenticatedContext, @Args() args: HandoffsArgs): Promise<ConnectionShape<Handoff>> {
    return connectionOf(await this.queries.handoffs(ctx, args));
  }

  @Query(() => HandoffStatisticsModel, { description: "Victim coordinators: figures of their own agency's handoffs" })
  handoffStatistics(@Ctx() ctx: AuthenticatedContext): Promise<HandoffStatistics> {
    return this.queries.statistics(ctx);
  }

  @Mutation(() => HandoffModel)
  proposeHandoff(@Ctx() ctx: AuthenticatedContext, @Args('input') input: ProposeHandoffInput): Promise<Handoff> {
    return this.commands.propose(ctx, input);
  }

  @Mutation(() => HandoffModel, { description: 'ACCEPT, DECLINE (reason), START, COMPLETE by the receiving agency; WITHDRAW by the referrer' })
  transitionHandoff(@Ctx() ctx: AuthenticatedContext, @Args('input') input: TransitionHandoffInput): Promise<Handoff> {
    return this.commands.transition(ctx, input);
  }

  @Mutation(() => HandoffModel, { description: 'Records (again) the consent, replacing a withdrawn one' })
  recordHandoffConsent(@Ctx() ctx: AuthenticatedContext, @Args('input') input: RecordConsentInput): Promise<Handoff> {
    return this.commands.recordConsent(ctx, input);
  }

  @Mutation(() => HandoffModel, { description: 'Takes effect at once: law enforcement no longer sees the handoff' })
  withdrawHandoffConsent(@Ctx() ctx: AuthenticatedContext, @Args('input') input: WithdrawConsentInput): Promise<Handoff> {
    return this.commands.withdrawConsent(ctx, input);
  }

  @Mutation(() => HandoffModel)
  recordHandoffSafeguard(@Ctx() ctx: AuthenticatedContext, @Args('input') input: RecordSafeguardInput): Promise<Handoff> {
    return this.commands.recordSafeguard(ctx, input);
  }

  @Mutation(() => HandoffModel)
  logHandoffService(@Ctx() ctx: AuthenticatedContext, @Args('input') input: LogHandoffServiceInput): Promise<Handoff> {
    return this.commands.logService(ctx, input);
  }

  @Mutation(() => HandoffModel)
  sendHandoffMessage(@Ctx() ctx: AuthenticatedContext, @Args('input') input: SendHandoffMessageInput): Promise<Handoff> {
    return this.commands.sendMessage(ctx, input);
  }

  @Mutation(() => VictimIdentityModel, {
    description: 'The victim coordinators of the two agencies only; the stated purpose is audited. Anyone else: FORBIDDEN.',
  })
  revealVictimIdentity(@Ctx() ctx: AuthenticatedContext, @Args() args: RevealVictimIdentityArgs): Promise<VictimIdentity> {
    return this.queries.revealVictimIdentity(ctx, args.handoffId, args.purpose, args.oneTimeCode);
  }

  @ResolveField(() => [HandoffAction], {
    description: "The steps the caller's agency may take now, by the lifecycle (safeguards are checked when taken); none for law enforcement",
  })
  availableActions(@Parent() handoff: Handoff, @Ctx() ctx: AuthenticatedContext): HandoffAction[] {
    const side = handoff.view !== HandoffViewKind.COORDINATOR ? null : sideOf(handoff, ctx.actor.agencyId);
    return side ? actionsOpenTo(handoff.status, side) : [];
  }

  @ResolveField(() => [IdentityRevealModel], {
    nullable: true,
    description: "Coordinators only: every reveal of the victim's identity — who, when, for what purpose — oldest first",
  })
  identityReveals(@Parent() handoff: Handoff, @Loaders() loaders: RequestLoaders): Promise<IdentityReveal[] | null> {
    return coordinatorsOnly(handoff, loaders, 'handoffs.reveals', (ids) => this.queries.revealsOf(ids));
  }

  @ResolveField(() => [HandoffServiceModel], { nullable: true, description: 'Coordinators only: services delivered' })
  services(@Parent() handoff: Handoff, @Loaders() loaders: RequestLoaders): Promise<HandoffServiceEntry[] | null> {
    return coordinatorsOnly(handoff, loaders, 'handoffs.services', (ids) => this.queries.servicesOf(ids));
  }

  @ResolveField(() => [HandoffMessageModel], { nullable: true, description: 'Coordinators only: messages between the two coordinators' })
  messages(@Parent() handoff: Handoff, @Loaders() loaders: RequestLoaders): Promise<HandoffMessage[] | null> {
    return coordinatorsOnly(handoff, loaders, 'handoffs.messages', (ids) => this.queries.messagesOf(ids));
  }
}
