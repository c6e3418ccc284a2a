import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseMatchesCommands, CaseMatchesQueries } from '@app/cases';
import { AuthenticatedContext, pageSize } from '@app/kernel';
import { Ctx } from '@app/graphql';
import { CaseIdArgs, RecentMatchesArgs, RequestDisclosureArgs } from './case.inputs';
import { CaseMatchModel } from './case.types';

@Resolver(() => CaseMatchModel)
export class CaseMatchesResolver {
  constructor(
    private readonly queries: CaseMatchesQueries,
    private readonly commands: CaseMatchesCommands,
  ) {}

  @Query(() => [CaseMatchModel], { description: 'Hits of one of your cases with cases of other States' })
  matches(@Ctx() ctx: AuthenticatedContext, @Args() { caseId }: CaseIdArgs): Promise<CaseMatchModel[]> {
    return this.queries.ofCase(ctx, caseId);
  }

  @Query(() => [CaseMatchModel], { description: "The latest hits on your agency's cases, newest first (My desk)" })
  recentMatches(@Ctx() ctx: AuthenticatedContext, @Args() { first }: RecentMatchesArgs): Promise<CaseMatchModel[]> {
    return this.queries.recent(ctx, pageSize(first));
  }

  @Mutation(() => Boolean, { description: 'Asks the other party to a hit to share a reference card' })
  requestDisclosure(@Ctx() ctx: AuthenticatedContext, @Args() args: RequestDisclosureArgs): Promise<boolean> {
    return this.commands.requestDisclosure(ctx, args.matchId, args.message);
  }
}
