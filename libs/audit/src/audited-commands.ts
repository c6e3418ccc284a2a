import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@app/database';
import { AuditEntry, AuditService } from './audit.service';
import { AuthenticatedContext, ConflictError } from '@app/kernel';

export type AuditDraft = Omit<AuditEntry, 'outcome' | 'actor'>;

/**
 * One transaction per command: the change, its audit row and its domain events commit
 * together. A unique violation (a duplicate reference, identifier, e-mail ...) answers CONFLICT.
 */
@Injectable()
export class AuditedCommands {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run<T>(
    ctx: AuthenticatedContext,
    audited: (result: T) => AuditDraft,
    change: (m: EntityManager) => Promise<T>,
    duplicate = 'already exists',
  ): Promise<T> {
    try {
      return await this.db.transaction(async (m) => {
        const result = await change(m);
        await this.audit.record(m, ctx, { ...audited(result), outcome: 'SUCCESS' });
        return result;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(duplicate);
      throw error;
    }
  }

  /** Audits a consultation in its own statement (reads run outside a transaction). */
  read(ctx: AuthenticatedContext, entry: AuditDraft): Promise<void> {
    return this.audit.recordAlone(ctx, { ...entry, outcome: 'SUCCESS' });
  }
}
