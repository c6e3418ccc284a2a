import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { RefreshCookieJar } from '@app/platform';
import { Actor, RequestContext, UnauthenticatedError } from '@app/kernel';

/** The HTTP request as the GraphQL layer sees it, with the actor once authenticated. */
/** What the API reads of a request: an HTTP request, or the WebSocket connection a subscription came on. */
export type GatewayRequest = Pick<FastifyRequest, 'id' | 'ip' | 'headers'> & { actor?: Actor };

export interface GraphQLContext {
  req: GatewayRequest;
  refreshCookie: RefreshCookieJar;
}

export const IS_PUBLIC = 'isPublic';
/** Marks an operation that needs no signed-in user (sign-in, refresh). Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestOf(context: ExecutionContext): GatewayRequest {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
}

export function requestContextOf(req: GatewayRequest): RequestContext {
  return { actor: req.actor ?? null, requestId: String(req.id), clientAddress: req.ip, userAgent: req.headers['user-agent'] };
}

/** The caller and request id, for operations that may be called without signing in. */
export const AnyCtx = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => requestContextOf(requestOf(context)),
);

/** The signed-in caller and request id. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const ctx = requestContextOf(requestOf(context));
  if (!ctx.actor) throw new UnauthenticatedError('Sign in first');
  return ctx;
});

/** The console's refresh-token cookie, for the operations that begin, renew or end a session. */
export const RefreshCookie = createParamDecorator(
  (_: unknown, context: ExecutionContext): RefreshCookieJar => GqlExecutionContext.create(context).getContext<GraphQLContext>().refreshCookie,
);
