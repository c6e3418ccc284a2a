import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { AppConfig } from '@app/config';

/**
 * Serves the built web console at `/`: its files as they are (hashed assets cached for a
 * year, index.html never), and index.html for every other GET without a file extension, so
 * an address typed into the browser opens the console's own route. The API's routes are
 * registered by name and so win over this fallback.
 */
export async function serveConsole(app: NestFastifyApplication, config: AppConfig, logger: Logger): Promise<void> {
  const root = resolve(config.CONSOLE_DIR);
  if (!existsSync(join(root, 'index.html'))) {
    logger.warn({ root }, 'web console not built (npm run build): only the API is served');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      const immutable = path.includes(`${root}/assets/`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (extname(request.url.split('?')[0]) !== '') return reply.callNotFound();
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
}
