import { loadConfigOrExit } from '@app/config';
import { createGateway } from './gateway';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createGateway(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

void bootstrap();
