import { Role } from './roles';

/** The signed-in person on whose behalf a command or query runs. */
export interface Actor {
  readonly userId: string;
  readonly agencyId: string;
  readonly stateCode: string;
  readonly roles: readonly Role[];
  /** Refresh-token family of the session that issued the access token. */
  readonly sessionId: string;
}

/** Everything a use case needs to know about the call besides its input. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly requestId: string;
  /** The client's address (behind a proxy, as X-Forwarded-For names it); sign-in is throttled by it. */
  readonly clientAddress?: string;
  /** The client's User-Agent header, recorded with a session. */
  readonly userAgent?: string;
}

export interface AuthenticatedContext extends RequestContext {
  readonly actor: Actor;
}
