import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx, PageArgs } from '@app/platform';
import { CaseSharesService } from './case-shares.service';
import { CaseIdArgs, IdArgs, ShareCaseInput } from './dto/case.inputs';
import { CaseShareConnection, CaseShareModel } from './dto/case.types';

@Resolver(() => CaseShareModel)
export class CaseSharesResolver {
  constructor(private readonly shares: CaseSharesService) {}

  @Mutation(() => CaseShareModel, { description: 'Shares a reference card of your case with an agency of another State' })
  shareCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: ShareCaseInput): Promise<CaseShareModel> {
    return this.shares.share(ctx, input);
  }

  @Mutation(() => CaseShareModel)
  revokeCaseShare(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.shares.revoke(ctx, id);
  }

  @Mutation(() => CaseShareModel)
  acknowledgeCaseShare(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.shares.acknowledge(ctx, id);
  }

  @Query(() => [CaseShareModel], { description: 'The reference cards shared of one of your cases' })
  caseShares(@Ctx() ctx: AuthenticatedContext, @Args() { caseId }: CaseIdArgs): Promise<CaseShareModel[]> {
    return this.shares.ofCase(ctx, caseId);
  }

  @Query(() => CaseShareConnection, { description: 'Reference cards shared with your agency (neither revoked nor expired)' })
  sharedCases(@Ctx() ctx: AuthenticatedContext, @Args() args: PageArgs): Promise<CaseShareConnection> {
    return this.shares.received(ctx, args);
  }

  @Query(() => CaseShareModel, { description: 'One reference card, shared by or with your agency' })
  sharedCase(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.shares.read(ctx, id);
  }
}
