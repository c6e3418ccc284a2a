import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccountRestrictedError, AccountRestriction, Actor, AuthenticatedContext, DomainError, ErrorCode } from '@app/kernel';
import { keepsOwnTimeLimits } from '@app/platform';
import { DocumentIntegrityError, DocumentRejectedError, UploadsBusyError } from './document-errors';
import { DocumentIntake, IncomingFile } from './document-intake';
import { UploadTransfer } from './upload-transfer';

const STATUS: Record<ErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
  SECOND_FACTOR_REQUIRED: 403, PASSWORD_CHANGE_REQUIRED: 403, SECOND_FACTOR_ENROLMENT_REQUIRED: 403 };

interface DocumentRoute {
  Params: { id: string; documentId?: string };
  Querystring: Record<string, string | undefined>;
}
export type DocumentRequest = FastifyRequest<DocumentRoute>;

/** What a download answers with in its headers. */
export interface DocumentHead {
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
}

/** The sign-in check of the GraphQL API (identity's AuthService), as the routes need it. */
export interface RouteAuthenticator {
  authenticate(authorization: string | undefined): Promise<{ actor: Actor; pending: readonly AccountRestriction[] }>;
}

/** One context's document routes: `POST <base>/:id/documents` and `GET <base>/:id/documents/:documentId`. */
export interface DocumentRoutesOf {
  /** e.g. `/mla-requests` */
  readonly base: string;
  readonly auth: RouteAuthenticator;
  readonly intake: DocumentIntake;
  /** Receives the file for the parent `req.params.id`; answers the document. */
  readonly upload: (ctx: AuthenticatedContext, req: DocumentRequest, file: IncomingFile) => Promise<unknown>;
  /** The document and its content, already verified against its SHA-256. */
  readonly download: (ctx: AuthenticatedContext, req: DocumentRequest) => Promise<{ document: DocumentHead; content: Readable }>;
}

/**
 * The HTTP side of documents (GraphQL carries no files): multipart upload and download, with
 * the same bearer token as the API. The multipart parser is registered in a scope of its own,
 * so no other route accepts multipart bodies.
 */
export async function registerDocumentRoutes(fastify: FastifyInstance, routes: DocumentRoutesOf): Promise<void> {
  await fastify.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: routes.intake.maxBytes, files: 1, fields: 0, parts: 1 },
      throwFileSizeLimit: false,
    });
    scope.post<DocumentRoute>(
      `${routes.base}/:id/documents`,
      // An upload is timed by its own limits (UploadTransfer), not by the server's request timeout.
      { onRequest: async (req, reply) => keepsOwnTimeLimits(req.raw, reply.raw) },
      (req: DocumentRequest, reply) => answer(reply, () => upload(routes, req)),
    );
    scope.get(`${routes.base}/:id/documents/:documentId`, (req: DocumentRequest, reply) => answer(reply, () => download(routes, req, reply)));
  });
}

async function upload(routes: DocumentRoutesOf, req: DocumentRequest): Promise<unknown> {
  const transfer = new UploadTransfer(routes.intake.transferLimits);
  const ctx = await contextOf(routes.auth, req);
  if (!req.isMultipart()) throw new DocumentRejectedError(400, 'send the document as multipart/form-data');
  // The parser's own errors (no boundary, a body cut short or not multipart at all) are the client's: 400, not its message.
  const malformed = () => new DocumentRejectedError(400, 'is not a well-formed multipart/form-data body');
  // A client may stop before its first part, too. Nothing to abandon yet: the 408 goes out
  // with `connection: close`, which ends the connection and the pending read with it.
  const part = await transfer.wait(req.file().catch(() => Promise.reject(malformed())), () => 0, () => undefined);
  if (!part) throw new DocumentRejectedError(400, 'no file in the upload');
  try {
    return await routes.upload(ctx, req, {
      fileName: part.filename,
      mediaType: part.mimetype,
      content: part.file,
      truncated: () => part.file.truncated,
      abandon: () => part.file.destroy(),
      transfer,
    });
  } catch (error) {
    // The file stream fails only with the parser's error (a body cut short): the client's fault too.
    throw error !== null && error === part.file.errored ? malformed() : error;
  }
}

/** Streams the content, already verified against its SHA-256 (a change since then cuts the connection). */
async function download(routes: DocumentRoutesOf, req: DocumentRequest, reply: FastifyReply): Promise<Readable> {
  const { document, content } = await routes.download(await contextOf(routes.auth, req), req);
  reply
    .header('content-type', document.mediaType)
    .header('content-length', String(document.sizeBytes))
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
    .header('x-content-sha256', document.sha256);
  return content;
}

/** The caller, checked like a GraphQL request's: a live session, and no restriction pending. */
async function contextOf(auth: RouteAuthenticator, req: FastifyRequest): Promise<AuthenticatedContext> {
  const { actor, pending } = await auth.authenticate(req.headers.authorization);
  if (pending[0]) throw new AccountRestrictedError(pending[0]);
  return { actor, requestId: String(req.id) };
}

/** Domain errors answer with their code, like the GraphQL API; anything else is a 500 naming only the request id. */
async function answer(reply: FastifyReply, handle: () => Promise<unknown>): Promise<unknown> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof DocumentIntegrityError) {
      return reply.code(500).send({ error: { code: 'INTEGRITY_CHECK_FAILED', message: 'The stored document failed its integrity check' } });
    }
    if (error instanceof UploadsBusyError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.code(503).send({ error: { code: 'UPLOADS_BUSY', message: error.message } });
    }
    if (!(error instanceof DomainError)) {
      // Never the database's or parser's message: the detail goes to the log, the client gets the request id.
      reply.log.error({ err: error }, 'unexpected error');
      return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error; quote request id ${String(reply.request.id)}` } });
    }
    const status = error instanceof DocumentRejectedError ? error.httpStatus : STATUS[error.code];
    // A stalled upload's body will never be read to its end: the connection goes with the answer.
    if (status === 408) reply.header('connection', 'close');
    return reply.code(status).send({ error: { code: error.code, message: error.message, problems: error.problems } });
  }
}
