import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PlatformDirectoryCommands, PlatformDirectoryQueries } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/graphql';
import { CreateFirstAgencyAdminInput, FirstAgencyAdmin, PlatformAgencyModel } from './platform.types';

@Resolver()
export class PlatformDirectoryResolver {
  constructor(
    private readonly platform: PlatformDirectoryQueries,
    private readonly commands: PlatformDirectoryCommands,
  ) {}

  @Query(() => [PlatformAgencyModel], { description: 'PLATFORM_ADMIN: every agency with its number of active administrators' })
  platformAgencies(@Ctx() ctx: AuthenticatedContext): Promise<PlatformAgencyModel[]> {
    return this.platform.platformAgencies(ctx);
  }

  @Mutation(() => FirstAgencyAdmin, {
    description: 'PLATFORM_ADMIN: the first AGENCY_ADMIN of an agency without one (CONFLICT once it has one), with a temporary password shown once',
  })
  createFirstAgencyAdmin(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateFirstAgencyAdminInput): Promise<FirstAgencyAdmin> {
    return this.commands.createFirstAgencyAdmin(ctx, input);
  }
}
