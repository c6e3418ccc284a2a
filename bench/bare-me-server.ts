import { createServer } from 'node:http';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { AccessTokens, loadUserView } from '@app/identity';

/**
 * The yardstick for the gateway: a bare Node HTTP handler doing the same work as the `me`
 * query — verify the same JWT with the same library, run the same SQL — and nothing else.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const tokens = new AccessTokens(config);
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, extra: { max: config.DATABASE_POOL_SIZE } }).initialize();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      try {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const actor = tokens.actorOf(token);
        if (!actor) throw new Error('invalid token');
        const me = await loadUserView(db.manager, actor.userId);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { me } }));
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
