import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext, RequestContext } from '@app/kernel';
import { AnyCtx, Ctx, Public } from '@app/platform';
import { AuthPayload, SignInInput, UserModel } from '../dto/identity.types';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload)
  signIn(@AnyCtx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.auth.signIn(ctx, input.email, input.password);
  }

  @Public()
  @Mutation(() => AuthPayload)
  refreshSession(@AnyCtx() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refreshSession(ctx, refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session: its refresh tokens stop working' })
  signOut(@Ctx() ctx: AuthenticatedContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Query(() => UserModel)
  me(@Ctx() ctx: AuthenticatedContext): Promise<UserModel> {
    return this.auth.me(ctx);
  }
}
