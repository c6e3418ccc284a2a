import fastifyHelmet, { FastifyHelmetOptions } from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/config';

/**
 * The policy every answer carries: scripts only from this origin (the console's own files),
 * styles also inline (Mantine writes its theme as a style element), nothing framed in or by
 * another page, no referrer, no content sniffing; HSTS in production, where TLS ends in front.
 */
export function securityHeaderOptions(config: Pick<AppConfig, 'isProduction'>): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}

// Apollo's sandbox (development only, at GET /graphql) runs an inline script that embeds
// Apollo's hosted explorer: only that page gets a policy that lets it.
const SANDBOX_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  'frame-src https://sandbox.embed.apollographql.com',
  "frame-ancestors 'none'",
].join('; ');

export async function applySecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyHelmet, securityHeaderOptions(config));
  if (config.isProduction) return;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
      if (html && request.url.startsWith('/graphql')) reply.header('content-security-policy', SANDBOX_POLICY);
      return payload;
    });
}
