import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/platform';
import { CaseMatchesService } from './case-matches.service';
import { CaseIdArgs, RequestDisclosureArgs } from './dto/case.inputs';
import { CaseMatchModel } from './dto/case.types';

@Resolver(() => CaseMatchModel)
export class CaseMatchesResolver {
  constructor(private readonly service: CaseMatchesService) {}

  @Query(() => [CaseMatchModel], { description: 'Hits of one of your cases with cases of other States' })
  matches(@Ctx() ctx: AuthenticatedContext, @Args() { caseId }: CaseIdArgs): Promise<CaseMatchModel[]> {
    return this.service.ofCase(ctx, caseId);
  }

  @Mutation(() => Boolean, { description: 'Asks the other party to a hit to share a reference card' })
  requestDisclosure(@Ctx() ctx: AuthenticatedContext, @Args() args: RequestDisclosureArgs): Promise<boolean> {
    return this.service.requestDisclosure(ctx, args.matchId, args.message);
  }
}
