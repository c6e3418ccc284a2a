import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import pino, { DestinationStream } from 'pino';
import { AppConfig } from '@app/config';
import { BadUserInputError } from '@app/kernel';
import { loggerOptions, PinoNestLogger, requestIdFor } from '@app/platform';
import fastifyCookie from '@fastify/cookie';
import { serveConsole } from './console-files';
import { httpTimeoutOptions, spareOwnTimeLimits } from './http-timeouts';
import { applySecurityHeaders } from './security-headers';
import { validationProblems } from './graphql/errors';
import { GatewayModule } from './gateway.module';

/** Builds the gateway application (used by main and the e2e tests); logs go to stdout unless told otherwise. */
export async function createGateway(config: AppConfig, logDestination?: DestinationStream): Promise<NestFastifyApplication> {
  const logger = pino(loggerOptions(config, 'gateway'), logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestIdFor,
    // Fastify logs each request (method, url, status, time, request id) at info level, never bodies.
    // X-Forwarded-For is believed only from the proxies named: anyone else could pick their address.
    trustProxy: config.TRUST_PROXY.split(','),
    ...httpTimeoutOptions(config),
  });
  spareOwnTimeLimits(adapter.getInstance().server, config);
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  await applySecurityHeaders(app, config);
  await app.register(fastifyCookie);
  await serveConsole(app, config, logger);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => BadUserInputError.of(validationProblems(errors)),
    }),
  );
  app.enableShutdownHooks();
  return app;
}
