import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { GatewayRequest, IS_PUBLIC, requestOf } from '@app/graphql';
import { AccountRestriction, AccountRestrictedError } from '@app/kernel';
import { Authentication, AuthService, blockingRestriction } from '@app/identity';

const ALLOWED_WHILE = 'allowedWhileRestricted';
/**
 * Marks an operation a restricted session may still call: the one that lifts the restriction
 * (changing the password, enrolling), or one harmless under any (me, signOut).
 */
export const AllowedWhile = (...restrictions: AccountRestriction[]) => SetMetadata(ALLOWED_WHILE, restrictions);
export const ALWAYS_ALLOWED: AccountRestriction[] = ['PASSWORD_CHANGE_REQUIRED', 'SECOND_FACTOR_ENROLMENT_REQUIRED'];

/**
 * Every GraphQL operation needs a valid access token of a live session unless marked
 * @Public(); a restricted session (password to change, second factor to enrol) reaches only
 * the operations marked @AllowedWhile its restriction. This is the one place both are
 * checked. Plain HTTP routes (health) are outside the API and open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  // Once per request: an operation with several root fields passes the guard for each.
  private readonly checked = new WeakMap<GatewayRequest, Promise<Authentication>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    let authentication = this.checked.get(req);
    if (!authentication) {
      authentication = this.auth.authenticate(req.headers.authorization);
      this.checked.set(req, authentication);
    }
    const { actor, pending } = await authentication;
    req.actor = actor;
    const blocking = blockingRestriction(pending, this.reflector.getAllAndOverride<AccountRestriction[]>(ALLOWED_WHILE, targets) ?? []);
    if (blocking) throw new AccountRestrictedError(blocking);
    return true;
  }
}
