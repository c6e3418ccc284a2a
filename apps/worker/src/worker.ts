import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import pino, { DestinationStream } from 'pino';
import { AppConfig } from '@app/config';
import { loggerOptions, PinoNestLogger } from '@app/platform';
import { WorkerModule } from './worker.module';

/** Builds the worker application (used by main and the e2e tests). */
export async function createWorker(config: AppConfig, logDestination?: DestinationStream): Promise<NestFastifyApplication> {
  const logger = pino(loggerOptions(config, 'worker'), logDestination);
  const adapter = new FastifyAdapter({ loggerInstance: logger });
  const app = await NestFactory.create<NestFastifyApplication>(WorkerModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}
