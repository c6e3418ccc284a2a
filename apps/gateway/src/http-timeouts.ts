import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { AppConfig } from '@app/config';
import { hasOwnTimeLimits } from '@app/platform';

type TimeoutSettings = Pick<
  AppConfig,
  'HTTP_HEADERS_TIMEOUT_SECONDS' | 'HTTP_REQUEST_TIMEOUT_SECONDS' | 'HTTP_IDLE_TIMEOUT_SECONDS' | 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS'
>;

export interface HttpTimeoutOptions {
  connectionTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
}

/**
 * Fastify's server options against slow clients, all off (or minutes) by default: a client that
 * stops within its headers or its body is answered 408 and cut (Node's headersTimeout and
 * requestTimeout), a connection silent in both directions is cut (connectionTimeout), an idle
 * kept-alive one closed.
 */
export function httpTimeoutOptions(config: TimeoutSettings): HttpTimeoutOptions {
  const headersTimeout = config.HTTP_HEADERS_TIMEOUT_SECONDS * 1000;
  return {
    connectionTimeout: config.HTTP_IDLE_TIMEOUT_SECONDS * 1000,
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
    // Node looks for expired headers and requests at this interval (30 s by default), so a cut
    // comes at most this late.
    http: { headersTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout / 2) },
  };
}

type ClientErrorListener = (error: Error & { code?: string }, socket: Socket) => void;

/**
 * The overall request timeout spares a request that keeps time limits of its own (an upload,
 * see keepsOwnTimeLimits); any other client error is answered as before (Fastify's 408, 400,
 * 431). Node reports a connection's request timeout once, so the upload is not reported again.
 */
export function spareOwnTimeLimits(server: Server, config: Pick<AppConfig, 'HTTP_IDLE_TIMEOUT_SECONDS'>): void {
  const answers = server.listeners('clientError') as ClientErrorListener[];
  server.removeAllListeners('clientError');
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && hasOwnTimeLimits(socket)) {
      // Node stopped the connection's idle timer when reporting the timeout: it stays as a backstop.
      socket.setTimeout(config.HTTP_IDLE_TIMEOUT_SECONDS * 1000);
      return;
    }
    for (const answer of answers) answer.call(server, error, socket);
  });
}
