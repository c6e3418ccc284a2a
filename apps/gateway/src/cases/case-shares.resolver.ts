import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseSharesCommands, CaseSharesQueries } from '@app/cases';
import { AuthenticatedContext } from '@app/kernel';
import { connectionOf, Ctx, PageArgs } from '@app/graphql';
import { CaseIdArgs, IdArgs, ShareCaseInput } from './case.inputs';
import { CaseShareConnection, CaseShareModel } from './case.types';

@Resolver(() => CaseShareModel)
export class CaseSharesResolver {
  constructor(
    private readonly queries: CaseSharesQueries,
    private readonly commands: CaseSharesCommands,
  ) {}

  @Mutation(() => CaseShareModel, { description: 'Shares a reference card of your case with an agency of another State' })
  shareCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: ShareCaseInput): Promise<CaseShareModel> {
    return this.commands.share(ctx, input);
  }

  @Mutation(() => CaseShareModel)
  revokeCaseShare(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.commands.revoke(ctx, id);
  }

  @Mutation(() => CaseShareModel)
  acknowledgeCaseShare(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.commands.acknowledge(ctx, id);
  }

  @Query(() => [CaseShareModel], { description: 'The reference cards shared of one of your cases' })
  caseShares(@Ctx() ctx: AuthenticatedContext, @Args() { caseId }: CaseIdArgs): Promise<CaseShareModel[]> {
    return this.queries.ofCase(ctx, caseId);
  }

  @Query(() => CaseShareConnection, { description: 'Reference cards shared with your agency (neither revoked nor expired)' })
  async sharedCases(@Ctx() ctx: AuthenticatedContext, @Args() args: PageArgs): Promise<CaseShareConnection> {
    return connectionOf(await this.queries.received(ctx, args));
  }

  // Reading a card is a command: the recipient's first reading is recorded and told to the owner.
  @Query(() => CaseShareModel, { description: 'One reference card, shared by or with your agency' })
  sharedCase(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseShareModel> {
    return this.commands.read(ctx, id);
  }
}
