import { createServer } from 'node:http';
import Redis from 'ioredis';
import { WebSocket, WebSocketServer } from 'ws';
import { loadConfigOrExit } from '@app/config';
import { liveChannelName, LiveSignals } from '@app/events';
import { AccessTokens } from '@app/identity';

/**
 * The live bench's floor: the same Redis signal relayed to the same number of sockets with no
 * framework. A socket says once which request it follows, with an access token verified by the
 * gateway's own library; each signal of that request is then written to it as it came.
 */
function serveBareLive(): void {
  const config = loadConfigOrExit();
  const tokens = new AccessTokens(config);
  const following = new Map<WebSocket, string>();
  const server = createServer((_req, res) => res.writeHead(200).end());
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket) => {
    socket.once('message', (data) => {
      const { authorization, requestId } = JSON.parse(String(data)) as { authorization: string; requestId: string };
      if (!tokens.actorOfHeader(authorization)) return socket.close(4403);
      following.set(socket, requestId);
      socket.send('{"type":"ready"}');
    });
    socket.on('close', () => following.delete(socket));
  });
  const subscriber = new Redis(config.REDIS_URL);
  void subscriber.subscribe(liveChannelName(config.QUEUE_PREFIX, 'mla-request-changed'));
  subscriber.on('message', (_channel: string, message: string) => {
    const { requestId } = JSON.parse(message) as LiveSignals['mla-request-changed'];
    for (const [socket, followed] of following) if (followed === requestId) socket.send(message);
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

serveBareLive();
