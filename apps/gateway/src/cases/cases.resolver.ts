import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CasesCommands, CasesQueries } from '@app/cases';
import { AuthenticatedContext } from '@app/kernel';
import { connectionOf, Ctx, Loaders, RequestLoaders, selectedNodeFields } from '@app/graphql';
import { AddIdentifierInput, CasesArgs, CreateCaseInput, IdArgs, UpdateCaseInput } from './case.inputs';
import { CaseConnection, CaseIdentifierModel, CaseModel } from './case.types';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly queries: CasesQueries,
    private readonly commands: CasesCommands,
  ) {}

  @Query(() => CaseConnection, { description: "Your agency's cases, most recently updated first" })
  async cases(@Ctx() ctx: AuthenticatedContext, @Args() args: CasesArgs, @Info() info: GraphQLResolveInfo): Promise<CaseConnection> {
    return connectionOf(await this.queries.list(ctx, args, selectedNodeFields(info)));
  }

  @Query(() => CaseModel, { name: 'case', description: 'A case of your agency' })
  caseById(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseModel> {
    return this.queries.get(ctx, id);
  }

  // The check stays per case; only the read is batched with the other cases of the request.
  @ResolveField(() => [CaseIdentifierModel])
  async identifiers(@Ctx() ctx: AuthenticatedContext, @Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<CaseIdentifierModel[]> {
    await this.queries.mayRead(ctx, parent);
    return loaders.load('cases.identifiers', (caseIds) => this.queries.identifiersOf(caseIds), parent.id);
  }

  @Mutation(() => CaseModel)
  createCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return this.commands.create(ctx, input);
  }

  @Mutation(() => CaseModel)
  updateCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: UpdateCaseInput): Promise<CaseModel> {
    return this.commands.update(ctx, input);
  }

  @Mutation(() => CaseIdentifierModel, { description: 'Adds an identifier; the worker then looks for hits in other States' })
  addIdentifier(@Ctx() ctx: AuthenticatedContext, @Args('input') input: AddIdentifierInput): Promise<CaseIdentifierModel> {
    return this.commands.addIdentifier(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an identifier and withdraws the hits only it supported' })
  removeIdentifier(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<boolean> {
    return this.commands.removeIdentifier(ctx, id);
  }
}
