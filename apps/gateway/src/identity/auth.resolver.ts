import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthenticatedContext, RequestContext, UnauthenticatedError } from '@app/kernel';
import { RefreshCookieJar } from '@app/platform';
import { AnyCtx, Ctx, Public, RefreshCookie } from '@app/graphql';
import { AuthService, PasswordSetupService } from '@app/identity';
import { AuthPayload, ChangePasswordArgs, SetPasswordArgs, SignInInput, UserModel } from './identity.types';
import { AllowedWhile, ALWAYS_ALLOWED } from './auth.guard';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordSetup: PasswordSetupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Also sets the refresh token as an HttpOnly cookie, for the web console. A user with a second factor gives oneTimeCode: ' +
      'without it, once the password is verified, the answer is SECOND_FACTOR_REQUIRED; a wrong code fails like a wrong password',
  })
  async signIn(@AnyCtx() ctx: RequestContext, @Args('input') input: SignInInput, @RefreshCookie() cookie: RefreshCookieJar): Promise<AuthPayload> {
    return this.withCookie(cookie, await this.auth.signIn(ctx, input));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Without a session: the new user chooses a password with the one-time link of enrolUser (BAD_USER_INPUT on field token when unknown, used or expired)',
  })
  setPasswordWithLink(@AnyCtx() ctx: RequestContext, @Args() { token, newPassword }: SetPasswordArgs): Promise<boolean> {
    return this.passwordSetup.setPassword(ctx, token, newPassword);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Without refreshToken, the token of the HttpOnly cookie set at sign-in is used' })
  async refreshSession(
    @AnyCtx() ctx: RequestContext,
    @RefreshCookie() cookie: RefreshCookieJar,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<AuthPayload> {
    const token = refreshToken ?? cookie.sent;
    if (!token) throw new UnauthenticatedError('No session to refresh; sign in');
    try {
      return this.withCookie(cookie, await this.auth.refreshSession(ctx, token));
    } catch (error) {
      if (!refreshToken) cookie.clear();
      throw error;
    }
  }

  @AllowedWhile(...ALWAYS_ALLOWED)
  @Mutation(() => Boolean, { description: 'Ends the current session at once: its access and refresh tokens stop working' })
  async signOut(@Ctx() ctx: AuthenticatedContext, @RefreshCookie() cookie: RefreshCookieJar): Promise<boolean> {
    await this.auth.signOut(ctx);
    cookie.clear();
    return true;
  }

  @AllowedWhile(...ALWAYS_ALLOWED)
  @Query(() => UserModel)
  me(@Ctx() ctx: AuthenticatedContext): Promise<UserModel> {
    return this.auth.me(ctx);
  }

  @AllowedWhile('PASSWORD_CHANGE_REQUIRED', 'SECOND_FACTOR_ENROLMENT_REQUIRED')
  @Mutation(() => Boolean, { description: "Changes the caller's password and ends their other sessions" })
  changePassword(@Ctx() ctx: AuthenticatedContext, @Args() args: ChangePasswordArgs): Promise<boolean> {
    return this.auth.changePassword(ctx, args.currentPassword, args.newPassword);
  }

  private withCookie(cookie: RefreshCookieJar, payload: AuthPayload): AuthPayload {
    cookie.set(payload.refreshToken, this.config.REFRESH_TOKEN_TTL_DAYS * 86_400);
    return payload;
  }
}
