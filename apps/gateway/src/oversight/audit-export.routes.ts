import { Readable } from 'node:stream';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '@app/identity';
import { AccountRestrictedError, AuthenticatedContext, BadUserInputError, DomainError, ErrorCode } from '@app/kernel';
import { AUDIT_EXPORT_MAX_ROWS, AuditTrailQueries, isExportFormat } from '@app/oversight';
import { AuditEventFilterInput } from './audit-event.types';

type ExportQuery = Record<string, string | undefined>;
type ExportRequest = FastifyRequest<{ Querystring: ExportQuery }>;

// Every refusal the export can meet; the codes of a restricted account are refusals too.
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, BAD_USER_INPUT: 400, TOO_MANY_REQUESTS: 429 };

/**
 * `GET /audit-events/export?format=csv|jsonl&action=…&from=…`: the auditor's filtered
 * selection as a file, streamed, with the same bearer token and filters as `auditEvents`.
 */
@Injectable()
export class AuditExportRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly trail: AuditTrailQueries,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.get('/audit-events/export', (req: ExportRequest, reply) => this.answer(reply, () => this.export(req, reply)));
  }

  private async export(req: ExportRequest, reply: FastifyReply): Promise<Readable> {
    const { actor, pending } = await this.auth.authenticate(req.headers.authorization);
    if (pending[0]) throw new AccountRestrictedError(pending[0]);
    const ctx: AuthenticatedContext = { actor, requestId: String(req.id) };
    const { format, ...query } = req.query;
    if (!isExportFormat(format)) throw BadUserInputError.of([{ field: 'format', problem: 'must be csv or jsonl' }]);
    const filter = await filterOf(query);
    const { fileName, mediaType, lines } = await this.trail.export(ctx, filter, format);
    reply
      .header('content-type', mediaType)
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .header('x-export-row-limit', String(AUDIT_EXPORT_MAX_ROWS));
    return Readable.from(lines, { objectMode: false });
  }

  /** Refusals answer with their code as JSON, like the document routes; anything else is a 500 naming the request id. */
  private async answer(reply: FastifyReply, handle: () => Promise<unknown>): Promise<unknown> {
    try {
      return await handle();
    } catch (error) {
      if (error instanceof DomainError) {
        return reply.code(HTTP_STATUS[error.code] ?? 403).send({ error: { code: error.code, message: error.message, problems: error.problems } });
      }
      reply.log.error({ err: error }, 'unexpected error');
      return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error; quote request id ${String(reply.request.id)}` } });
    }
  }
}

/** The query string's filters, checked by the same rules as the GraphQL filter. */
async function filterOf(query: ExportQuery): Promise<AuditEventFilterInput> {
  const { withPurpose, ...rest } = query;
  const filter = plainToInstance(AuditEventFilterInput, { ...rest, ...(withPurpose === 'true' ? { withPurpose: true } : {}) });
  const errors = await validate(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    throw BadUserInputError.of(errors.map((e) => ({ field: e.property, problem: Object.values(e.constraints ?? {}).join('; ') })));
  }
  return filter;
}
