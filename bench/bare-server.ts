import { createServer } from 'node:http';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { AccessTokens } from '@app/identity';
import { Actor } from '@app/kernel';

/**
 * A bench yardstick's server: bare Node HTTP, each request's JWT verified with the gateway's
 * library, then `answer` given the actor and the body; its result is sent as JSON. No
 * framework in between, so the gateway's figures can be read against it.
 */
export async function serveBare(answer: (actor: Actor, body: string, db: DataSource) => Promise<unknown>): Promise<void> {
  const config = loadConfigOrExit();
  const tokens = new AccessTokens(config);
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, extra: { max: config.DATABASE_POOL_SIZE } }).initialize();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const actor = tokens.actorOfHeader(req.headers.authorization);
      if (!actor) {
        res.writeHead(401).end();
        return;
      }
      try {
        const body = JSON.stringify(await answer(actor, Buffer.concat(chunks).toString(), db));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}
