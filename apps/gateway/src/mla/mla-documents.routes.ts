import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { registerDocumentRoutes } from '@app/documents';
import { AuthService } from '@app/identity';
import { MlaDocumentsService } from '@app/mla';

/** MLA documents over HTTP: `/mla-requests/:id/documents` (`?messageId=` attaches to a message). */
@Injectable()
export class MlaDocumentsRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly documents: MlaDocumentsService,
    private readonly auth: AuthService,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    await registerDocumentRoutes(fastify, {
      base: '/mla-requests',
      auth: this.auth,
      intake: this.documents.intake,
      upload: async (ctx, req, file) => ({ document: await this.documents.upload(ctx, req.params.id, req.query.messageId ?? null, file) }),
      download: (ctx, req) => this.documents.download(ctx, req.params.id, req.params.documentId ?? ''),
    });
  }
}
