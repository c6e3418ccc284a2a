import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, Action, PolicyTargets } from '@app/access';
import { AuditedCommands, AuditService } from '@app/audit';
import { isConcurrentChange, isUniqueViolation, NamedStatement, runTogether, Statement } from '@app/database';
import { DeadlinesService } from '@app/deadlines';
import { OutboxService } from '@app/events';
import { AuthenticatedContext, ConflictError, RequestContext } from '@app/kernel';
import { Aggregate } from './aggregate';
import { AuditedChange, Change, Creation } from './change';

/** A command on an aggregate that exists: which one, under which policy action, on which version. */
export interface ChangeCommand<Row, A extends Action> {
  readonly action: A;
  readonly id: string;
  /** The version the caller saw; null for a command that does not depend on it (a message). */
  readonly expectedVersion: number | null;
  /** Decides on the row as read; throws a refusal (StepRefused, BadUserInputError ...) or gives the change. */
  decide(row: Row): Change | Promise<Change>;
}

/** A command that creates an aggregate, authorized on a target it describes. */
export interface CreateCommand<A extends Action> {
  readonly action: A;
  readonly target: PolicyTargets[A];
  decide(): Creation | Promise<Creation>;
}

/**
 * The one way to change anything. A command on an aggregate goes:
 *   1. read the row the caller may see         → NOT_FOUND when absent or hidden
 *   2. authorize with the one policy           → NOT_FOUND or FORBIDDEN
 *   3. check the version the caller saw        → CONFLICT reason VERSION
 *   4. decide (the feature's pure rules)       → CONFLICT reason STATE, BAD_USER_INPUT ...
 *   5. write the change with its history, audit, outbox and deadline rows as ONE statement,
 *      guarded by the version read (no lock held)  → CONFLICT reason VERSION if it moved
 * Every refusal but invalid input is audited as DENIED (AuditedCommands).
 */
@Injectable()
export class CommandStep {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** Runs a command on an existing aggregate; answers the row as the change left it. */
  change<Row, A extends Action>(ctx: AuthenticatedContext, aggregate: Aggregate<Row, A>, command: ChangeCommand<Row, A>): Promise<Row> {
    const { action, id, expectedVersion } = command;
    return this.commands.attempt(ctx, { action, targetType: aggregate.type, targetId: id }, async () => {
      const row = await this.visible(ctx, aggregate, action, id);
      const version = aggregate.version(row);
      if (expectedVersion !== null && version !== expectedVersion) {
        throw ConflictError.staleVersion(`${capitalised(aggregate.noun)} changed meanwhile (version ${version}, expected ${expectedVersion}); reload it`);
      }
      return this.write(this.db.manager, ctx, aggregate, id, version, await command.decide(row));
    });
  }

  /** Runs a command that creates an aggregate; answers the new row. */
  create<Row, A extends Action>(ctx: AuthenticatedContext, aggregate: Aggregate<Row, A>, command: CreateCommand<A>): Promise<Row> {
    return this.commands.attempt(ctx, { action: command.action, targetType: aggregate.type }, async () => {
      await this.access.authorize(ctx, command.action, command.target, { type: aggregate.type });
      const creation = await command.decide();
      const columns = Object.keys(creation.insert);
      const insert: NamedStatement = {
        name: 'changed',
        sql: `INSERT INTO ${aggregate.table} AS ${aggregate.alias ?? 't'} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
              RETURNING ${aggregate.returning}`,
        params: Object.values(creation.insert),
      };
      const id = String(creation.insert.id);
      const [row] = await this.together(this.db.manager, aggregate, creation, [insert, ...this.besides(ctx, aggregate, id, creation)], {
        sql: `SELECT * FROM changed`,
        params: [],
      });
      return row;
    });
  }

  /**
   * Reads an aggregate the caller may see for `action`: a missing one is answered exactly like
   * a hidden one (NOT_FOUND), and both are audited as DENIED. Reads of one object use it too.
   */
  async visible<Row, A extends Action>(ctx: AuthenticatedContext, aggregate: Aggregate<Row, A>, action: A, id: string): Promise<Row> {
    const row = isUUID(id) ? await aggregate.read(this.db.manager, id) : null;
    if (!row) return this.access.notFound(ctx, action, { type: aggregate.type, id });
    await this.access.authorize(ctx, action, aggregate.target(row), { type: aggregate.type, id });
    return row;
  }

  /**
   * Writes a change decided on the row at `version` (step 5 alone), in `m`'s transaction when
   * it has one: for the platform acting on its own (the worker), which no policy asks.
   */
  async write<Row, A extends Action>(
    m: EntityManager,
    ctx: RequestContext,
    aggregate: Aggregate<Row, A>,
    id: string,
    version: number | null,
    change: Change,
  ): Promise<Row> {
    const besides = this.besides(ctx, aggregate, id, change);
    const set = Object.entries(change.set ?? {});
    if (set.length === 0) {
      await this.together(m, aggregate, change, besides, { sql: 'SELECT 1', params: [] });
      return (await aggregate.read(m, id))!;
    }
    const guarded = version !== null && !change.keepVersion;
    const t = aggregate.alias ?? 't';
    const update: NamedStatement = {
      name: 'changed',
      sql: `UPDATE ${aggregate.table} ${t} SET ${[...set.map(([column], i) => `${column} = $${i + 3}`), ...(guarded ? [`version = ${t}.version + 1`] : [])].join(', ')}
             WHERE ${t}.id = $1${guarded ? ` AND ${t}.version = $2` : ' AND $2::int IS NULL'}${change.stillTrue ? ` AND (${change.stillTrue})` : ''}
         RETURNING ${aggregate.returning}`,
      params: [id, guarded ? version : null, ...set.map(([, value]) => value)],
    };
    try {
      // No row changed (the version moved, or the row is gone): expect_changed fails the whole statement.
      const [row] = await this.together(m, aggregate, change, [update, ...besides], {
        sql: `SELECT changed.* FROM (SELECT expect_changed(count(*)) AS ok FROM changed) guard JOIN changed ON guard.ok`,
        params: [],
      });
      return row;
    } catch (error) {
      if (isConcurrentChange(error)) throw ConflictError.staleVersion(`${capitalised(aggregate.noun)} changed meanwhile; reload it`);
      throw error;
    }
  }

  /** The rows that go with a change: its context's own, audit, outbox and deadlines. */
  private besides<Row, A extends Action>(ctx: RequestContext, aggregate: Aggregate<Row, A>, id: string, change: Change | Creation): Statement[] {
    const audited: readonly AuditedChange[] = Array.isArray(change.audit) ? change.audit : [change.audit as AuditedChange];
    return [
      ...(change.alongside ?? []),
      ...audited.map((entry) => this.audit.recordStatement(ctx, { targetType: aggregate.type, targetId: id, ...entry, outcome: 'SUCCESS' })),
      ...(change.events?.length ? [this.outbox.publishStatement(change.events)] : []),
      ...(change.deadlines ?? []).map((deadline) =>
        'stop' in deadline
          ? this.deadlines.clearStatement(aggregate.type, id, deadline.kind)
          : this.deadlines.scheduleStatement({ subjectType: aggregate.type, subjectId: id, ...deadline }),
      ),
    ];
  }

  private async together<Row, A extends Action>(
    m: EntityManager,
    aggregate: Aggregate<Row, A>,
    change: Change | Creation,
    statements: Statement[],
    final: Statement,
  ): Promise<Row[]> {
    try {
      if (!change.takeTurns) return await runTogether<Row & object>(m, statements, final);
      const turn = change.takeTurns;
      const run = async (tm: EntityManager) => {
        await tm.query(turn.sql, [...turn.params]);
        return runTogether<Row & object>(tm, statements, final);
      };
      return await (m.queryRunner?.isTransactionActive ? run(m) : m.transaction(run));
    } catch (error) {
      if (isUniqueViolation(error)) throw ConflictError.duplicate(aggregate.duplicate ?? `${aggregate.noun} already exists`);
      throw error;
    }
  }
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
