import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx, Loaders, RequestLoaders, selectedNodeFields } from '@app/platform';
import { CasesService } from './cases.service';
import { AddIdentifierInput, CasesArgs, CreateCaseInput, IdArgs, UpdateCaseInput } from './dto/case.inputs';
import { CaseConnection, CaseIdentifierModel, CaseModel } from './dto/case.types';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Query(() => CaseConnection, { description: "Your agency's cases, most recently updated first" })
  cases(@Ctx() ctx: AuthenticatedContext, @Args() args: CasesArgs, @Info() info: GraphQLResolveInfo): Promise<CaseConnection> {
    return this.service.list(ctx, args, selectedNodeFields(info));
  }

  @Query(() => CaseModel, { name: 'case', description: 'A case of your agency' })
  caseById(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<CaseModel> {
    return this.service.get(ctx, id);
  }

  @ResolveField(() => [CaseIdentifierModel])
  identifiers(
    @Ctx() ctx: AuthenticatedContext,
    @Parent() parent: CaseModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CaseIdentifierModel[]> {
    return this.service.identifiers(ctx, parent, loaders);
  }

  @Mutation(() => CaseModel)
  createCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => CaseModel)
  updateCase(@Ctx() ctx: AuthenticatedContext, @Args('input') input: UpdateCaseInput): Promise<CaseModel> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => CaseIdentifierModel, { description: 'Adds an identifier; the worker then looks for hits in other States' })
  addIdentifier(@Ctx() ctx: AuthenticatedContext, @Args('input') input: AddIdentifierInput): Promise<CaseIdentifierModel> {
    return this.service.addIdentifier(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an identifier and withdraws the hits only it supported' })
  removeIdentifier(@Ctx() ctx: AuthenticatedContext, @Args() { id }: IdArgs): Promise<boolean> {
    return this.service.removeIdentifier(ctx, id);
  }
}
