import { loadConfigOrExit } from '@app/config';
import { createWorker } from './worker';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createWorker(config);
  await app.listen({ port: config.WORKER_PORT, host: config.HOST });
}

void bootstrap();
