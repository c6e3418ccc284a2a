import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, Action } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { pageColumnsFor, queryPrepared, SqlFilter } from '@app/database';
import { OutboxService } from '@app/events';
import { AuthenticatedContext, BadUserInputError, ConflictError, cursorTimestampSql, decodeKeyset, pageSize } from '@app/kernel';
import { ConnectionShape, childrenOf, RequestLoaders, toConnection } from '@app/platform';
import { blindIndexLockKey } from './domain/blind-index';
import { normaliseIdentifier } from './domain/identifier-normalisation';
import { containsPattern } from './domain/text-search';
import { CasesArgs, AddIdentifierInput, CreateCaseInput, UpdateCaseInput } from './dto/case.inputs';
import { CaseIdentifierModel, CaseModel } from './dto/case.types';

/** Each stored field of CaseModel as read from `case_file c`. */
const CASE_FIELD_COLUMNS: Record<string, string> = {
  id: 'c.id',
  agencyId: 'c.agency_id AS "agencyId"',
  nationalReference: 'c.national_reference AS "nationalReference"',
  title: 'c.title',
  status: 'c.status',
  formsOfExploitation: 'c.forms_of_exploitation AS "formsOfExploitation"',
  childVictims: 'c.child_victims AS "childVictims"',
  organisedCrimeGroup: 'c.organised_crime_group AS "organisedCrimeGroup"',
  financialInvestigation: 'c.financial_investigation AS "financialInvestigation"',
  version: 'c.version',
  createdAt: 'c.created_at AS "createdAt"',
  updatedAt: 'c.updated_at AS "updatedAt"',
};

/** The columns of a case as CaseModel, from `case_file c`. */
const CASE_COLUMNS = Object.values(CASE_FIELD_COLUMNS).join(', ');

/**
 * The columns a page needs for the fields its query selects: always the id and the owning
 * agency (field resolvers such as `identifiers` check access with them) and the time the
 * cursor is made of.
 */
const pageColumns = pageColumnsFor(CASE_FIELD_COLUMNS, ['id', 'agencyId', 'updatedAt']);

const IDENTIFIER_COLUMNS = `i.id, i.type, i.value, i.role, i.note, i.created_at AS "addedAt"`;

const DUPLICATE_REFERENCE = 'a case with this national reference already exists in your agency';

type CaseAction = Extract<Action, 'case:read' | 'case:update' | 'case:share'>;

/**
 * National cases and their identifiers. Only the owning agency's prosecutors and liaison
 * officers see a case; every read and change is audited.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
  ) {}

  /** A page of the agency's cases; with `fields`, a node carries only those fields (and id, agencyId, updatedAt). */
  async list(ctx: AuthenticatedContext, args: CasesArgs, fields?: ReadonlySet<string>): Promise<ConnectionShape<CaseModel>> {
    const first = pageSize(args.first);
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case:list', { agencyId }, { type: 'case' });
    const after = args.after ? decodeKeyset(args.after) : null;
    const filter = args.filter ?? {};
    // The policy in SQL: only the caller's agency's cases are ever loaded.
    const where = new SqlFilter([agencyId, first + 1]);
    if (filter.status?.length) where.where(`c.status = ANY(${where.param(filter.status)}::text[])`);
    if (filter.formOfExploitation) where.where(`${where.param(filter.formOfExploitation)} = ANY(c.forms_of_exploitation)`);
    if (filter.text) {
      const pattern = where.param(containsPattern(filter.text));
      where.where(`(c.national_reference ILIKE ${pattern} OR c.title ILIKE ${pattern})`);
    }
    if (filter.updatedSince) where.where(`c.updated_at >= ${where.param(filter.updatedSince)}`);
    if (after) where.where(`(c.updated_at, c.id) < (${where.param(after.at)}::timestamptz, ${where.param(after.id)}::uuid)`);
    const rows = await queryPrepared<CaseModel & { cursorAt: string }>(
      this.db,
      `SELECT ${fields ? pageColumns(fields) : CASE_COLUMNS}, ${cursorTimestampSql('c.updated_at')} AS "cursorAt"
         FROM case_file c
        WHERE c.agency_id = $1${where.and}
        ORDER BY c.updated_at DESC, c.id DESC
        LIMIT $2`,
      where.params,
    );
    const page = toConnection(rows, first, (r) => [r.cursorAt, r.id], ({ cursorAt: _, ...c }) => c);
    await this.commands.read(ctx, {
      action: 'case.list',
      targetType: 'case',
      details: { caseIds: page.edges.map((e) => e.node.id).join(',') },
    });
    return page;
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<CaseModel> {
    const found = await this.load(ctx, 'case:read', id);
    await this.commands.read(ctx, { action: 'case.read', targetType: 'case', targetId: id });
    return found;
  }

  /**
   * The identifiers of a case already authorised for the caller (its field resolver). The
   * check stays per case; only the read is batched with the other rows of the request.
   */
  async identifiers(ctx: AuthenticatedContext, parent: CaseModel, loaders: RequestLoaders): Promise<CaseIdentifierModel[]> {
    await this.access.authorize(ctx, 'case:read', { agencyId: parent.agencyId }, { type: 'case', id: parent.id });
    return loaders.load('cases.identifiers', (caseIds) => this.identifiersOf(caseIds), parent.id);
  }

  /** The identifiers of each case, aligned with `caseIds`; only for cases the caller was allowed to read. */
  async identifiersOf(caseIds: readonly string[]): Promise<CaseIdentifierModel[][]> {
    return childrenOf(
      this.db,
      `SELECT ${IDENTIFIER_COLUMNS}, i.case_id AS "parentId" FROM case_identifier i
        WHERE i.case_id = ANY($1::uuid[]) ORDER BY i.created_at, i.id`,
      caseIds,
    );
  }

  async create(ctx: AuthenticatedContext, input: CreateCaseInput): Promise<CaseModel> {
    const { agencyId, userId } = ctx.actor;
    await this.access.authorize(ctx, 'case:create', { agencyId }, { type: 'case' });
    return this.commands.run(
      ctx,
      (created) => ({ action: 'case.create', targetType: 'case', targetId: created?.id }),
      async (m) => {
        const [created]: CaseModel[] = await m.query(
          `INSERT INTO case_file AS c (agency_id, national_reference, title, status, forms_of_exploitation,
             child_victims, organised_crime_group, financial_investigation, contact_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           RETURNING ${CASE_COLUMNS}`,
          [
            agencyId,
            input.nationalReference.trim(),
            input.title.trim(),
            input.status ?? 'OPEN',
            [...new Set(input.formsOfExploitation)],
            input.childVictims ?? false,
            input.organisedCrimeGroup ?? false,
            input.financialInvestigation ?? false,
            userId,
          ],
        );
        await this.outbox.publish(m, [
          { type: 'cases.case-created', aggregateType: 'case', aggregateId: created.id, payload: { caseId: created.id, agencyId } },
        ]);
        return created;
      },
      DUPLICATE_REFERENCE,
    );
  }

  async update(ctx: AuthenticatedContext, input: UpdateCaseInput): Promise<CaseModel> {
    const current = await this.load(ctx, 'case:update', input.id);
    return this.commands.run(
      ctx,
      () => ({ action: 'case.update', targetType: 'case', targetId: input.id }),
      async (m) => {
        const updated: CaseModel[] = await m.query(
          `WITH changed AS (
             UPDATE case_file c SET
               national_reference = COALESCE($3, national_reference), title = COALESCE($4, title),
               status = COALESCE($5, status), forms_of_exploitation = COALESCE($6, forms_of_exploitation),
               child_victims = COALESCE($7, child_victims), organised_crime_group = COALESCE($8, organised_crime_group),
               financial_investigation = COALESCE($9, financial_investigation),
               version = version + 1, updated_at = now()
             WHERE id = $1 AND version = $2
             RETURNING ${CASE_COLUMNS})
           SELECT * FROM changed`,
          [
            input.id,
            input.version,
            input.nationalReference?.trim() ?? null,
            input.title?.trim() ?? null,
            input.status ?? null,
            input.formsOfExploitation ? [...new Set(input.formsOfExploitation)] : null,
            input.childVictims ?? null,
            input.organisedCrimeGroup ?? null,
            input.financialInvestigation ?? null,
          ],
        );
        if (updated.length === 0) {
          throw ConflictError.staleVersion(`case was changed meanwhile (version ${current.version}); reload it and try again`);
        }
        await this.outbox.publish(m, [
          {
            type: 'cases.case-updated',
            aggregateType: 'case',
            aggregateId: input.id,
            payload: { caseId: input.id, agencyId: current.agencyId },
          },
        ]);
        return updated[0];
      },
      DUPLICATE_REFERENCE,
    );
  }

  async addIdentifier(ctx: AuthenticatedContext, input: AddIdentifierInput): Promise<CaseIdentifierModel> {
    const owner = await this.load(ctx, 'case:update', input.caseId);
    const normalised = normaliseIdentifier(input.type, input.value);
    if (!normalised.ok) throw BadUserInputError.of([{ field: 'value', problem: normalised.problem }]);
    return this.commands.run(
      ctx,
      // The value stays out of the audit trail: the type and ids say what changed.
      (added) => ({
        action: 'case.identifier-add',
        targetType: 'case',
        targetId: input.caseId,
        details: { identifierId: added?.id ?? null, identifierType: input.type },
      }),
      async (m) => {
        const [added]: CaseIdentifierModel[] = await m.query(
          `INSERT INTO case_identifier AS i (case_id, type, value, role, note) VALUES ($1, $2, $3, $4, $5)
           RETURNING ${IDENTIFIER_COLUMNS}`,
          [input.caseId, input.type, normalised.value, input.role, input.note?.trim() || null],
        );
        await this.touch(m, input.caseId);
        await this.outbox.publish(m, [
          {
            type: 'cases.identifier-added',
            aggregateType: 'case',
            aggregateId: input.caseId,
            payload: { caseId: input.caseId, agencyId: owner.agencyId, identifierId: added.id, identifierType: input.type },
          },
        ]);
        return added;
      },
      'this identifier is already on the case',
    );
  }

  /** Removes an identifier; hits it alone supported are withdrawn, and it yields no new ones. */
  async removeIdentifier(ctx: AuthenticatedContext, identifierId: string): Promise<boolean> {
    const [found]: { caseId: string; agencyId: string; type: string; blindIndex: Buffer | null }[] = await this.db.query(
      `SELECT i.case_id AS "caseId", c.agency_id AS "agencyId", i.type, i.blind_index AS "blindIndex"
         FROM case_identifier i JOIN case_file c ON c.id = i.case_id WHERE i.id = $1`,
      [identifierId],
    );
    const on = { type: 'case-identifier', id: identifierId };
    if (!found) return this.access.notFound(ctx, 'case:update', on);
    await this.access.authorize(ctx, 'case:update', { agencyId: found.agencyId }, on);
    return this.commands.run(
      ctx,
      () => ({
        action: 'case.identifier-remove',
        targetType: 'case',
        targetId: found.caseId,
        details: { identifierId, identifierType: found.type },
      }),
      async (m) => {
        // Takes turns with the matching of the same value (see CaseMatchingConsumer), before any row lock.
        if (found.blindIndex) {
          await m.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [blindIndexLockKey(found.blindIndex)]);
        }
        await m.query(`DELETE FROM case_identifier WHERE id = $1`, [identifierId]);
        await m.query(
          `UPDATE case_match mt SET withdrawn_at = now()
            WHERE mt.withdrawn_at IS NULL AND mt.identifier_type = $2 AND (mt.case_a_id = $1 OR mt.case_b_id = $1)
              AND NOT EXISTS (
                SELECT 1 FROM case_identifier x
                  JOIN case_identifier y ON y.blind_index = x.blind_index AND y.case_id = mt.case_b_id
                 WHERE x.case_id = mt.case_a_id AND x.type = mt.identifier_type)`,
          [found.caseId, found.type],
        );
        await this.touch(m, found.caseId);
        await this.outbox.publish(m, [
          {
            type: 'cases.identifier-removed',
            aggregateType: 'case',
            aggregateId: found.caseId,
            payload: { caseId: found.caseId, agencyId: found.agencyId, identifierId, identifierType: found.type },
          },
        ]);
        return true;
      },
    );
  }

  /**
   * Loads a case the caller may act on; anything else, existing or not, answers NOT_FOUND
   * and is audited as denied.
   */
  async load(ctx: AuthenticatedContext, action: CaseAction, id: string): Promise<CaseModel> {
    const [found] = await queryPrepared<CaseModel>(this.db, `SELECT ${CASE_COLUMNS} FROM case_file c WHERE c.id = $1`, [id]);
    if (!found) return this.access.notFound(ctx, action, { type: 'case', id });
    await this.access.authorize(ctx, action, { agencyId: found.agencyId }, { type: 'case', id });
    return found;
  }

  private async touch(m: EntityManager, caseId: string): Promise<void> {
    await m.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [caseId]);
  }
}
