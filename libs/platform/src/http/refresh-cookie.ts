import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web console keeps its refresh token in this cookie, where no script can read it:
 * HttpOnly, SameSite=Strict, sent only to the GraphQL endpoint (where `refreshSession`
 * is), Secure in production. The access token stays in the page's memory.
 */
export const REFRESH_COOKIE = 'cbc_refresh';
const REFRESH_COOKIE_PATH = '/graphql';

/** Sets or clears the refresh cookie on the reply of the current operation. */
export interface RefreshCookieJar {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
  /** The token the browser sent, if any. */
  readonly sent: string | undefined;
}

// A jar rather than the reply itself: Fastify's reply is thenable, and Nest awaits resolved
// parameters, which would wait for the very response being built.
export function refreshCookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): RefreshCookieJar {
  const attributes = { httpOnly: true, sameSite: 'strict' as const, secure, path: REFRESH_COOKIE_PATH };
  return {
    set: (token, maxAgeSeconds) => void reply.setCookie(REFRESH_COOKIE, token, { ...attributes, maxAge: maxAgeSeconds }),
    clear: () => void reply.clearCookie(REFRESH_COOKIE, attributes),
    sent: req.cookies?.[REFRESH_COOKIE],
  };
}
