import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LiveFeed } from '@app/events';
import { AuthenticatedContext } from '@app/kernel';
import { MlaAction, MlaCommands, MlaDocumentsService, MlaQueries, MlaRequestView } from '@app/mla';
import { connectionOf, Ctx, Loaders, RequestLoaders, selectedNodeFields } from '@app/graphql';
import {
  CreateMlaRequestInput,
  MlaDocumentModel,
  MlaHistoryEntryModel,
  MlaMessageModel,
  MlaRequestChangeModel,
  MlaRequestConnection,
  MlaRequestModel,
  MlaRequestsArgs,
  MlaStatisticsModel,
  MlaTransitionInput,
  PostMlaMessageInput,
  UpdateMlaDraftInput,
} from './mla.types';

@Resolver(() => MlaRequestModel)
export class MlaResolver {
  constructor(
    private readonly mla: MlaQueries,
    private readonly commands: MlaCommands,
    private readonly documentStore: MlaDocumentsService,
    private readonly feed: LiveFeed,
  ) {}

  @Query(() => MlaRequestConnection, { description: "The caller's agency's MLA requests, incoming and outgoing, latest change first" })
  mlaRequests(@Ctx() ctx: AuthenticatedContext, @Args() args: MlaRequestsArgs, @Info() info: GraphQLResolveInfo) {
    return this.mla.list(ctx, args, selectedNodeFields(info)).then(connectionOf);
  }

  @Query(() => MlaRequestModel)
  mlaRequest(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string) {
    return this.mla.get(ctx, id);
  }

  @Subscription(() => MlaRequestChangeModel, {
    description: 'Each committed change of a request the caller may read, checked again at every delivery (graphql-ws)',
    resolve: (change: MlaRequestChangeModel) => change,
  })
  async mlaRequestChanged(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string) {
    // Refused as a read would be: NOT_FOUND for a request the caller may not see.
    await this.mla.visible(ctx, 'mla:read', id);
    return this.feed.follow('mla-request-changed', (change) => change.requestId === id && this.mla.mayRead(ctx.actor, id, change));
  }

  @Query(() => MlaStatisticsModel, { description: "Counts and medians of the caller's agency's requests" })
  mlaStatistics(@Ctx() ctx: AuthenticatedContext) {
    return this.mla.statistics(ctx);
  }

  @Mutation(() => MlaRequestModel, { description: 'Drafts a request; it is checked for completeness when submitted' })
  createMlaRequest(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateMlaRequestInput) {
    return this.commands.create(ctx, input).then((row) => this.mla.viewOf(row));
  }

  @Mutation(() => MlaRequestModel)
  updateMlaDraft(@Ctx() ctx: AuthenticatedContext, @Args('input') input: UpdateMlaDraftInput) {
    return this.commands.updateDraft(ctx, input).then((row) => this.mla.viewOf(row));
  }

  @Mutation(() => MlaRequestModel, { description: 'One step of the lifecycle, by the side whose turn it is' })
  transitionMlaRequest(@Ctx() ctx: AuthenticatedContext, @Args('input') input: MlaTransitionInput) {
    return this.commands.transition(ctx, input).then((row) => this.mla.viewOf(row));
  }

  @Mutation(() => MlaMessageModel)
  postMlaMessage(@Ctx() ctx: AuthenticatedContext, @Args('input') input: PostMlaMessageInput) {
    return this.commands.postMessage(ctx, input);
  }

  // The parent was authorised when it was loaded (mlaRequest, mlaRequests, mutations), so
  // these fields need no check of their own; each reads all rows of the request in one query.
  @ResolveField(() => [MlaHistoryEntryModel], { description: 'Every step, oldest first' })
  history(@Parent() request: MlaRequestModel, @Loaders() loaders: RequestLoaders) {
    return loaders.load('mla.history', (ids) => this.mla.historyOf(ids), request.id);
  }

  @ResolveField(() => [MlaMessageModel], { description: 'The thread between the two sides, oldest first' })
  messages(@Parent() request: MlaRequestModel, @Loaders() loaders: RequestLoaders) {
    return loaders.load('mla.messages', (ids) => this.mla.messagesOf(ids), request.id);
  }

  @ResolveField(() => [MlaAction], {
    description: "The steps the caller's side may take now, by the lifecycle (what each needs is checked when taken); none for the other side",
  })
  availableActions(@Parent() request: MlaRequestView, @Ctx() ctx: AuthenticatedContext) {
    return this.mla.actionsFor(ctx, request);
  }

  @ResolveField(() => [MlaDocumentModel], { description: 'Documents of the request and its messages, oldest first' })
  documents(@Parent() request: MlaRequestModel, @Loaders() loaders: RequestLoaders) {
    return loaders.load('mla.documents', (ids) => this.documentStore.listOf(ids), request.id);
  }
}
