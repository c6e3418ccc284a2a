import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SessionsService } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/graphql';
import { UserSessionModel } from './identity.types';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [UserSessionModel], { description: "The caller's sessions still open, the most recently active first" })
  mySessions(@Ctx() ctx: AuthenticatedContext): Promise<UserSessionModel[]> {
    return this.sessions.mine(ctx);
  }

  @Mutation(() => Boolean, { description: "Ends one of the caller's sessions at once (its tokens stop working); another's answers NOT_FOUND" })
  endSession(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.sessions.end(ctx, id);
  }
}
