import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DirectoryCommands, DirectoryQueries } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { connectionOf, ConnectionShape, Ctx } from '@app/graphql';
import {
  AgencyModel,
  AgencyUsersArgs,
  ChangeRolesInput,
  CreateAgencyInput,
  CreateStateInput,
  CreateUserInput,
  EnrolledUser,
  EnrolUserInput,
  StateModel,
  TemporaryPassword,
  UserConnection,
  UserModel,
} from './identity.types';

@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryQueries,
    private readonly commands: DirectoryCommands,
  ) {}

  @Query(() => [StateModel], { description: 'Participating States' })
  states(): Promise<StateModel[]> {
    return this.directory.states();
  }

  @Query(() => [AgencyModel], { description: 'Agencies, to address shares, requests and handoffs' })
  agencies(@Args('stateCode', { nullable: true }) stateCode?: string): Promise<AgencyModel[]> {
    return this.directory.agencies(stateCode);
  }

  @Query(() => UserConnection, { description: 'AGENCY_ADMIN: the users of the own agency, newest first' })
  async agencyUsers(@Ctx() ctx: AuthenticatedContext, @Args() args: AgencyUsersArgs): Promise<ConnectionShape<UserModel>> {
    return connectionOf(await this.directory.agencyUsers(ctx, args));
  }

  @Query(() => UserModel, { description: 'AGENCY_ADMIN: one user of the own agency' })
  agencyUser(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.directory.agencyUser(ctx, id);
  }

  @Mutation(() => StateModel)
  createState(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateStateInput): Promise<StateModel> {
    return this.commands.createState(ctx, input);
  }

  @Mutation(() => AgencyModel)
  createAgency(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateAgencyInput): Promise<AgencyModel> {
    return this.commands.createAgency(ctx, input);
  }

  @Mutation(() => UserModel)
  createUser(@Ctx() ctx: AuthenticatedContext, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.commands.createUser(ctx, input);
  }

  @Mutation(() => EnrolledUser, {
    description: 'AGENCY_ADMIN: a user of the own agency, who chooses a password with a one-time link (its token shown once)',
  })
  enrolUser(@Ctx() ctx: AuthenticatedContext, @Args('input') input: EnrolUserInput): Promise<EnrolledUser> {
    return this.commands.enrolUser(ctx, input);
  }

  @Mutation(() => UserModel, { description: 'AGENCY_ADMIN, users of the own agency: lifts a lock-out (CONFLICT reason STATE if not locked)' })
  unlockUser(@Ctx() ctx: AuthenticatedContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.commands.unlockUser(ctx, userId);
  }

  @Mutation(() => UserModel, { description: 'AGENCY_ADMIN, users of the own agency: undoes disableUser (CONFLICT reason STATE if not disabled)' })
  enableUser(@Ctx() ctx: AuthenticatedContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.commands.enableUser(ctx, userId);
  }

  @Mutation(() => UserModel)
  disableUser(@Ctx() ctx: AuthenticatedContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.commands.disableUser(ctx, userId);
  }

  @Mutation(() => TemporaryPassword, {
    description: "AGENCY_ADMIN, users of the own agency: a temporary password (shown once); the user's sessions end and the next must change it",
  })
  resetUserPassword(@Ctx() ctx: AuthenticatedContext, @Args('userId', { type: () => ID }) userId: string): Promise<TemporaryPassword> {
    return this.commands.resetUserPassword(ctx, userId);
  }

  @Mutation(() => UserModel)
  grantRoles(@Ctx() ctx: AuthenticatedContext, @Args('input') input: ChangeRolesInput): Promise<UserModel> {
    return this.commands.grantRoles(ctx, input);
  }

  @Mutation(() => UserModel)
  revokeRoles(@Ctx() ctx: AuthenticatedContext, @Args('input') input: ChangeRolesInput): Promise<UserModel> {
    return this.commands.revokeRoles(ctx, input);
  }
}
