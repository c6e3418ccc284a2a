import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { IS_PUBLIC, requestOf } from '@app/platform';
import { UnauthenticatedError } from '@app/kernel';
import { AuthService } from './auth.service';

/**
 * Every GraphQL operation needs a valid access token unless marked @Public(). Plain HTTP
 * routes (health) are outside the API and open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const req = requestOf(context);
    const header = req.headers.authorization;
    // Once per request: an operation with several root fields passes the guard for each.
    req.actor ??= this.auth.actorOfHeader(header) ?? undefined;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.actor) return true;
    throw new UnauthenticatedError(header ? 'Access token invalid or expired' : 'Sign in first');
  }
}
