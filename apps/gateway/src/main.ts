import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@app/config';
import { lowerThreadpoolPriority } from './thread-priority';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // First, while the threadpool is not yet started (see there); the gateway's modules are
  // loaded only then, since some of them start it as they load.
  const reniced = await lowerThreadpoolPriority(config.THREADPOOL_NICENESS);
  const { createGateway } = await import('./gateway');
  const app = await createGateway(config);
  if (config.THREADPOOL_NICENESS > 0 && reniced === 0) {
    new Logger('Gateway').warn('threadpool priority unchanged (not Linux, or the threadpool was already running)');
  }
  await app.listen({ port: config.PORT, host: config.HOST });
}

void bootstrap();
