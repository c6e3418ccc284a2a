import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LiveFeed } from '@app/events';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx, Loaders, RequestLoaders, selectedNodeFields } from '@app/platform';
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
} from './dto/mla.types';
import { MlaDocumentsService } from './documents/mla-documents.service';
import { MlaAction } from './domain/mla-vocabulary';
import { MlaRequestNode } from './mla-request.view';
import { MlaService } from './mla.service';

@Resolver(() => MlaRequestModel)
export class MlaResolver {
  constructor(
    private readonly mla: MlaService,
    private readonly documentStore: MlaDocumentsService,
    private readonly feed: LiveFeed,
  ) {}

  @Query(() => MlaRequestConnection, { description: "The caller's agency's MLA requests, incoming and outgoing, latest change first" })
  mlaRequests(@Ctx() ctx: AuthenticatedContext, @Args() args: MlaRequestsArgs, @Info() info: GraphQLResolveInfo) {
    return this.mla.list(ctx, args, selectedNodeFields(info));
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
    await this.mla.visibleRequest(ctx, 'mla:read', id);
    return this.feed.follow('mla-request-changed', (change) => change.requestId === id && this.mla.mayRead(ctx.actor, id, change));
  }

  @Query(() => MlaStatisticsModel, { description: "Counts and medians of the caller's agency's requests" })
  mlaStatistics(@Ctx() ctx: AuthenticatedContext) {
    return this.mla.statistics(ctx);
  }

  @Mutation(() => MlaRequestModel, { description: 'Drafts a request; it is checked for completeness when submitted' })
  createMlaRequest(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateMlaRequestInput) {
    return this.mla.create(ctx, input);
  }

  @Mutation(() => MlaRequestModel)
  updateMlaDraft(@Ctx() ctx: AuthenticatedContext, @Args('input') input: UpdateMlaDraftInput) {
    return this.mla.updateDraft(ctx, input);
  }

  @Mutation(() => MlaRequestModel, { description: 'One step of the lifecycle, by the side whose turn it is' })
  transitionMlaRequest(@Ctx() ctx: AuthenticatedContext, @Args('input') input: MlaTransitionInput) {
    return this.mla.transition(ctx, input);
  }

  @Mutation(() => MlaMessageModel)
  postMlaMessage(@Ctx() ctx: AuthenticatedContext, @Args('input') input: PostMlaMessageInput) {
    return this.mla.postMessage(ctx, input);
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
  availableActions(@Parent() request: MlaRequestNode, @Ctx() ctx: AuthenticatedContext) {
    return this.mla.actionsFor(ctx, request);
  }

  @ResolveField(() => [MlaDocumentModel], { description: 'Documents of the request and its messages, oldest first' })
  documents(@Parent() request: MlaRequestModel, @Loaders() loaders: RequestLoaders) {
    return loaders.load('mla.documents', (ids) => this.documentStore.listOf(ids), request.id);
  }
}
