import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Connections whose request in progress enforces time limits of its own (an upload: idle,
 * minimum rate, deadline) instead of the server's overall request timeout, which would cut a
 * large upload that is arriving at a good pace. Only until its response is done: the next
 * request on a kept-alive connection is timed as usual.
 */
const ownTimeLimits = new WeakSet<Socket>();

export function keepsOwnTimeLimits(request: IncomingMessage, response: ServerResponse): void {
  const { socket } = request;
  ownTimeLimits.add(socket);
  response.once('close', () => ownTimeLimits.delete(socket));
}

export function hasOwnTimeLimits(socket: Socket): boolean {
  return ownTimeLimits.has(socket);
}
