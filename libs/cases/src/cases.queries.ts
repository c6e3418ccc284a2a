import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, listedCasesSql } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { CommandStep } from '@app/commands';
import { childrenOf, pageColumnsFor, queryPrepared, SqlFilter } from '@app/database';
import { AuthenticatedContext, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { containsPattern } from './domain/text-search';
import { CASE_COLUMNS, CASE_FIELD_COLUMNS, caseFiles } from './case.aggregates';
import { CaseListRequest } from './case.requests';
import { CaseIdentifierView, CaseView } from './case.views';

/**
 * The columns a page needs for the fields its query selects: always the id and the owning
 * agency (field resolvers such as `identifiers` check access with them) and the time the
 * cursor is made of.
 */
const pageColumns = pageColumnsFor(CASE_FIELD_COLUMNS, ['id', 'agencyId', 'updatedAt']);

const IDENTIFIER_COLUMNS = `i.id, i.type, i.value, i.role, i.note, i.created_at AS "addedAt"`;

/** The reads of national cases: only the owning agency's case users see one, and every read is audited. */
@Injectable()
export class CasesQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly step: CommandStep,
  ) {}

  /** A page of the agency's cases; with `fields`, an item carries only those fields (and id, agencyId, updatedAt). */
  async list(ctx: AuthenticatedContext, request: CaseListRequest, fields?: ReadonlySet<string>): Promise<Page<CaseView>> {
    const first = pageSize(request.first);
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case:list', { agencyId }, { type: 'case' });
    const after = request.after ? decodeKeyset(request.after) : null;
    const filter = request.filter ?? {};
    const where = new SqlFilter([agencyId, first + 1]);
    if (filter.status?.length) where.where(`c.status = ANY(${where.param(filter.status)}::text[])`);
    if (filter.formOfExploitation) where.where(`${where.param(filter.formOfExploitation)} = ANY(c.forms_of_exploitation)`);
    if (filter.text) {
      const pattern = where.param(containsPattern(filter.text));
      where.where(`(c.national_reference ILIKE ${pattern} OR c.title ILIKE ${pattern})`);
    }
    if (filter.updatedSince) where.where(`c.updated_at >= ${where.param(filter.updatedSince)}`);
    if (after) where.where(`(c.updated_at, c.id) < (${where.param(after.at)}::timestamptz, ${where.param(after.id)}::uuid)`);
    const rows = await queryPrepared<CaseView & { cursorAt: string }>(
      this.db,
      `SELECT ${fields ? pageColumns(fields) : CASE_COLUMNS}, ${cursorTimestampSql('c.updated_at')} AS "cursorAt"
         FROM case_file c
        WHERE ${listedCasesSql('c', '$1')}${where.and}
        ORDER BY c.updated_at DESC, c.id DESC
        LIMIT $2`,
      where.params,
    );
    const page = pageOf(rows, first, (r) => [r.cursorAt, r.id], ({ cursorAt: _, ...c }) => c);
    await this.commands.read(ctx, {
      action: 'case.list',
      targetType: 'case',
      details: { caseIds: page.entries.map((e) => e.item.id).join(',') },
    });
    return page;
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<CaseView> {
    const found = await this.step.visible(ctx, caseFiles, 'case:read', id);
    await this.commands.read(ctx, { action: 'case.read', targetType: 'case', targetId: id });
    return found;
  }

  /**
   * Checks that the caller may read a case already loaded (a parent in a GraphQL answer): its
   * children are then read in a batch with the other rows of the request.
   */
  mayRead(ctx: AuthenticatedContext, found: Pick<CaseView, 'id' | 'agencyId'>): Promise<void> {
    return this.access.authorize(ctx, 'case:read', { agencyId: found.agencyId }, { type: 'case', id: found.id });
  }

  /** The identifiers of each case, aligned with `caseIds`; only for cases the caller was allowed to read. */
  identifiersOf(caseIds: readonly string[]): Promise<CaseIdentifierView[][]> {
    return childrenOf(
      this.db,
      `SELECT ${IDENTIFIER_COLUMNS}, i.case_id AS "parentId" FROM case_identifier i
        WHERE i.case_id = ANY($1::uuid[]) ORDER BY i.created_at, i.id`,
      caseIds,
    );
  }
}
