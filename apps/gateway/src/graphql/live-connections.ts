import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { CloseCode, Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { AccessTokens, AuthService, SessionStates } from '@app/identity';
import { GraphQLContext } from '@app/graphql';

/** What graphql-ws hands the hooks of a connection on the `ws` server (Nest's typings leave `extra` unknown). */
export type LiveSocketContext = Context<Record<string, unknown> | undefined, unknown>;

interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

function socketOf(ctx: LiveSocketContext): SocketExtra {
  const extra = ctx.extra as Partial<SocketExtra> | undefined;
  // Duck-typed: @nestjs/graphql brings a `ws` of its own, whose WebSocket class is another one.
  if (typeof extra?.socket?.close !== 'function' || !extra.request) throw new Error('graphql-ws context without its ws socket');
  return { socket: extra.socket, request: extra.request };
}

interface LiveConnection {
  readonly socket: WebSocket;
  readonly authorization: string;
  readonly roles: string;
  readonly expiry: NodeJS.Timeout;
}

const authorizationOf = (ctx: LiveSocketContext): string | undefined => {
  const value = ctx.connectionParams?.authorization;
  return typeof value === 'string' ? value : undefined;
};

/** The roles as one comparable value. */
const rolesKey = (roles: readonly string[]): string => [...roles].sort().join(',');

/**
 * The WebSocket connections of signed-in users. Each opens with an access token of a live,
 * unrestricted session (in `connectionParams.authorization`); it is closed when that token
 * expires (the client reconnects with its new one), and at once when its user's sessions,
 * roles or account change anywhere and the token no longer passes as it did.
 */
export class LiveConnections {
  private readonly byUser = new Map<string, Set<LiveConnection>>();

  constructor(
    private readonly auth: AuthService,
    private readonly tokens: AccessTokens,
    sessions: SessionStates,
  ) {
    sessions.onUserChanged((userId) => void this.recheck(userId));
  }

  /** graphql-ws `onConnect`: false refuses the connection (4403 Forbidden). */
  async open(ctx: LiveSocketContext): Promise<boolean> {
    const authorization = authorizationOf(ctx);
    const expiresAt = this.tokens.expiryOfHeader(authorization);
    const authentication = await this.auth.authenticate(authorization).catch(() => null);
    if (!authorization || !expiresAt || !authentication || authentication.pending.length) return false;
    const { userId } = authentication.actor;
    const { socket } = socketOf(ctx);
    const connection: LiveConnection = {
      socket,
      authorization,
      roles: rolesKey(authentication.actor.roles),
      expiry: setTimeout(() => this.close(userId, connection, CloseCode.Unauthorized, 'Access token expired'), expiresAt.getTime() - Date.now()),
    };
    const connections = this.byUser.get(userId) ?? new Set<LiveConnection>();
    connections.add(connection);
    this.byUser.set(userId, connections);
    socket.once('close', () => this.forget(userId, connection));
    return true;
  }

  /** The GraphQL context of a subscription: the connection's token, read by the same guard as HTTP requests. */
  context(ctx: LiveSocketContext): GraphQLContext {
    const { request } = socketOf(ctx);
    return {
      req: { id: randomUUID(), ip: request.socket.remoteAddress ?? '', headers: { authorization: authorizationOf(ctx), 'user-agent': request.headers['user-agent'] } },
      refreshCookie: NO_REFRESH_COOKIE,
    };
  }

  /** How many connections are open (for the tests and the benchmark). */
  get size(): number {
    let open = 0;
    for (const connections of this.byUser.values()) open += connections.size;
    return open;
  }

  private async recheck(userId: string): Promise<void> {
    for (const connection of this.byUser.get(userId) ?? []) {
      const authentication = await this.auth.authenticate(connection.authorization).catch(() => null);
      if (!authentication || authentication.pending.length || rolesKey(authentication.actor.roles) !== connection.roles) {
        this.close(userId, connection, CloseCode.Forbidden, 'Session ended or rights changed');
      }
    }
  }

  private close(userId: string, connection: LiveConnection, code: CloseCode, reason: string): void {
    this.forget(userId, connection);
    connection.socket.close(code, reason);
  }

  private forget(userId: string, connection: LiveConnection): void {
    clearTimeout(connection.expiry);
    const connections = this.byUser.get(userId);
    connections?.delete(connection);
    if (connections?.size === 0) this.byUser.delete(userId);
  }
}

/** Subscriptions neither read nor set the console's cookie: sign-in and refresh are HTTP operations. */
const NO_REFRESH_COOKIE: GraphQLContext['refreshCookie'] = { set: () => undefined, clear: () => undefined, sent: undefined };
