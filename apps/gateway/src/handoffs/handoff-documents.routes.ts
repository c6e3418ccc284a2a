import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { registerDocumentRoutes } from '@app/documents';
import { AuthService } from '@app/identity';
import { HandoffDocumentsService } from '@app/handoffs';

/** Handoff documents over HTTP: `POST /handoffs/:id/documents?kind=CONSENT_FORM`, `GET /handoffs/:id/documents/:documentId`. */
@Injectable()
export class HandoffDocumentsRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly documents: HandoffDocumentsService,
    private readonly auth: AuthService,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    await registerDocumentRoutes(fastify, {
      base: '/handoffs',
      auth: this.auth,
      intake: this.documents.intake,
      upload: async (ctx, req, file) => ({ document: await this.documents.upload(ctx, req.params.id, req.query.kind, file) }),
      download: (ctx, req) => this.documents.download(ctx, req.params.id, req.params.documentId ?? ''),
    });
  }
}
