import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, Action } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { CaseCardPayload, OutboxService } from '@app/events';
import { AuthenticatedContext, BadUserInputError, Clock, CLOCK, cursorTimestampSql, decodeKeyset, pageSize } from '@app/kernel';
import { ConnectionShape, toConnection, PageArgs } from '@app/platform';
import { CasesService } from './cases.service';
import { HandlingCode } from './domain/case.enums';
import { isCardActive, referenceCardProblems } from './domain/sharing';
import { ShareCaseInput } from './dto/case.inputs';
import { CaseShareModel } from './dto/case.types';

interface ShareRow {
  id: string;
  caseId: string;
  summary: string;
  contactPoint: string;
  handlingCode: HandlingCode;
  handlingRestriction: string | null;
  expiresAt: Date | null;
  matchId: string | null;
  sharedAt: Date;
  acknowledgedAt: Date | null;
  revokedAt: Date | null;
  ownerAgencyId: string;
  ownerAgencyName: string;
  ownerStateCode: string;
  ownerStateName: string;
  recipientAgencyId: string;
  recipientAgencyName: string;
  recipientStateCode: string;
  recipientStateName: string;
  cursorAt: string;
}

const SHARE_SELECT = `
  SELECT sh.id, sh.case_id AS "caseId", sh.summary, sh.contact_point AS "contactPoint",
         sh.handling_code AS "handlingCode", sh.handling_restriction AS "handlingRestriction",
         sh.expires_at AS "expiresAt", sh.match_id AS "matchId", sh.shared_at AS "sharedAt",
         sh.acknowledged_at AS "acknowledgedAt", sh.revoked_at AS "revokedAt",
         oa.id AS "ownerAgencyId", oa.name AS "ownerAgencyName", oa.state_code AS "ownerStateCode", os.name AS "ownerStateName",
         ra.id AS "recipientAgencyId", ra.name AS "recipientAgencyName", ra.state_code AS "recipientStateCode",
         rs.name AS "recipientStateName", ${cursorTimestampSql('sh.shared_at')} AS "cursorAt"
    FROM case_share sh
    JOIN agency oa ON oa.id = sh.owner_agency_id JOIN state os ON os.code = oa.state_code
    JOIN agency ra ON ra.id = sh.recipient_agency_id JOIN state rs ON rs.code = ra.state_code`;

/** A reference card only ever shows what its owner wrote for the recipient. */
function toCard(row: ShareRow): CaseShareModel {
  return {
    id: row.id,
    summary: row.summary,
    contactPoint: row.contactPoint,
    handlingCode: row.handlingCode,
    handlingRestriction: row.handlingRestriction,
    expiresAt: row.expiresAt,
    matchId: row.matchId,
    sharedAt: row.sharedAt,
    acknowledgedAt: row.acknowledgedAt,
    revokedAt: row.revokedAt,
    ownerAgency: { id: row.ownerAgencyId, name: row.ownerAgencyName, stateCode: row.ownerStateCode, stateName: row.ownerStateName },
    recipientAgency: {
      id: row.recipientAgencyId,
      name: row.recipientAgencyName,
      stateCode: row.recipientStateCode,
      stateName: row.recipientStateName,
    },
  };
}

const cardPayload = (row: ShareRow): CaseCardPayload => ({
  shareId: row.id,
  ownerAgencyId: row.ownerAgencyId,
  recipientAgencyId: row.recipientAgencyId,
  handlingCode: row.handlingCode,
});

type CardEvent = 'cases.card-shared' | 'cases.card-read' | 'cases.card-acknowledged' | 'cases.card-revoked';

/**
 * Reference cards: the owner of a case shares a card (never the file) with an agency of
 * another State, which reads and acknowledges it until it is revoked or expires.
 */
@Injectable()
export class CaseSharesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    private readonly cases: CasesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async share(ctx: AuthenticatedContext, input: ShareCaseInput): Promise<CaseShareModel> {
    const shared = await this.cases.load(ctx, 'case:share', input.caseId);
    const [recipient]: { stateCode: string }[] = await this.db.query(
      `SELECT state_code AS "stateCode" FROM agency WHERE id = $1`,
      [input.recipientAgencyId],
    );
    if (!recipient) throw BadUserInputError.of([{ field: 'recipientAgencyId', problem: 'no such agency' }]);
    const problems = referenceCardProblems({ ...input, recipientStateCode: recipient.stateCode }, ctx.actor.stateCode, this.clock.now());
    if (input.matchId && !(await this.matchLinks(input.matchId, input.caseId, input.recipientAgencyId))) {
      problems.push({ field: 'matchId', problem: "is not a hit between this case and a case of the recipient agency" });
    }
    if (problems.length) throw BadUserInputError.of(problems);
    return this.commands.run(
      ctx,
      (card) => ({
        action: 'case.share',
        targetType: 'case-share',
        targetId: card?.id,
        purpose: 'cross-border case coordination',
        recipients: [input.recipientAgencyId],
        details: { caseId: input.caseId, handlingCode: input.handlingCode },
      }),
      async (m) => {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO case_share (case_id, owner_agency_id, recipient_agency_id, summary, contact_point, handling_code,
             handling_restriction, expires_at, match_id, shared_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            input.caseId,
            shared.agencyId,
            input.recipientAgencyId,
            input.summary.trim(),
            input.contactPoint.trim(),
            input.handlingCode,
            input.handlingRestriction?.trim() || null,
            input.expiresAt ?? null,
            input.matchId ?? null,
            ctx.actor.userId,
          ],
        );
        const row = await this.row(m, id);
        await this.publishCard(m, 'cases.card-shared', row);
        return toCard(row);
      },
    );
  }

  /** The cards of one case, for its owner (revoked and expired ones included). */
  async ofCase(ctx: AuthenticatedContext, caseId: string): Promise<CaseShareModel[]> {
    await this.cases.load(ctx, 'case:share', caseId);
    const rows: ShareRow[] = await this.db.query(`${SHARE_SELECT} WHERE sh.case_id = $1 ORDER BY sh.shared_at DESC, sh.id DESC`, [
      caseId,
    ]);
    await this.commands.read(ctx, { action: 'case-share.list', targetType: 'case', targetId: caseId });
    return rows.map(toCard);
  }

  /** The active cards shared with the caller's agency, newest first. */
  async received(ctx: AuthenticatedContext, args: PageArgs): Promise<ConnectionShape<CaseShareModel>> {
    const first = pageSize(args.first);
    const recipientAgencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case-share:list-received', { recipientAgencyId }, { type: 'case-share' });
    const after = args.after ? decodeKeyset(args.after) : null;
    // The policy in SQL: the caller's agency's cards, while neither revoked nor expired.
    const rows: ShareRow[] = await this.db.query(
      `${SHARE_SELECT}
        WHERE sh.recipient_agency_id = $1 AND sh.revoked_at IS NULL AND (sh.expires_at IS NULL OR sh.expires_at > $2)
          AND ($3::timestamptz IS NULL OR (sh.shared_at, sh.id) < ($3::timestamptz, $4::uuid))
        ORDER BY sh.shared_at DESC, sh.id DESC
        LIMIT $5`,
      [recipientAgencyId, this.clock.now(), after?.at ?? null, after?.id ?? null, first + 1],
    );
    const page = toConnection(rows, first, (r) => [r.cursorAt, r.id], toCard);
    await this.commands.read(ctx, {
      action: 'case-share.list-received',
      targetType: 'case-share',
      details: { shareIds: page.edges.map((e) => e.node.id).join(',') },
    });
    return page;
  }

  /** Reads a card; the recipient's first reading tells the owner. */
  async read(ctx: AuthenticatedContext, id: string): Promise<CaseShareModel> {
    const row = await this.authorized(ctx, 'case-share:read', id);
    const byRecipient = row.recipientAgencyId === ctx.actor.agencyId;
    return this.commands.run(
      ctx,
      // The owner's State sees its card read by the recipient's users in its own trail.
      () => ({ action: 'case-share.read', targetType: 'case-share', targetId: id, targetState: row.ownerStateCode }),
      async (m) => {
        if (byRecipient) {
          const first: unknown[] = await m.query(
            `WITH r AS (UPDATE case_share SET first_read_at = now() WHERE id = $1 AND first_read_at IS NULL RETURNING id)
             SELECT id FROM r`,
            [id],
          );
          if (first.length) await this.publishCard(m, 'cases.card-read', row);
        }
        return toCard(row);
      },
    );
  }

  async acknowledge(ctx: AuthenticatedContext, id: string): Promise<CaseShareModel> {
    const { ownerStateCode } = await this.authorized(ctx, 'case-share:acknowledge', id);
    return this.commands.run(
      ctx,
      () => ({ action: 'case-share.acknowledge', targetType: 'case-share', targetId: id, targetState: ownerStateCode }),
      async (m) => {
        const changed: unknown[] = await m.query(
          `WITH t AS (UPDATE case_share SET acknowledged_at = now(), acknowledged_by = $2
                       WHERE id = $1 AND acknowledged_at IS NULL RETURNING id)
           SELECT id FROM t`,
          [id, ctx.actor.userId],
        );
        return this.afterChange(m, id, changed.length > 0, 'cases.card-acknowledged');
      },
    );
  }

  async revoke(ctx: AuthenticatedContext, id: string): Promise<CaseShareModel> {
    await this.authorized(ctx, 'case-share:revoke', id);
    return this.commands.run(
      ctx,
      () => ({ action: 'case-share.revoke', targetType: 'case-share', targetId: id }),
      async (m) => {
        const changed: unknown[] = await m.query(
          `WITH t AS (UPDATE case_share SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id)
           SELECT id FROM t`,
          [id],
        );
        return this.afterChange(m, id, changed.length > 0, 'cases.card-revoked');
      },
    );
  }

  /** The card after a one-way change; the other side is told the first time only. */
  private async afterChange(m: EntityManager, id: string, changed: boolean, event: CardEvent): Promise<CaseShareModel> {
    const row = await this.row(m, id);
    if (changed) await this.publishCard(m, event, row);
    return toCard(row);
  }

  /** Loads a card for `action`; missing or not for the caller answers NOT_FOUND, audited. */
  private async authorized(
    ctx: AuthenticatedContext,
    action: Extract<Action, 'case-share:read' | 'case-share:acknowledge' | 'case-share:revoke'>,
    id: string,
  ): Promise<ShareRow> {
    const on = { type: 'case-share', id };
    const [row]: ShareRow[] = await this.db.query(`${SHARE_SELECT} WHERE sh.id = $1`, [id]);
    if (!row) return this.access.notFound(ctx, action, on);
    const active = isCardActive(row, this.clock.now());
    await this.access.authorize(ctx, action, { ownerAgencyId: row.ownerAgencyId, recipientAgencyId: row.recipientAgencyId, active }, on);
    return row;
  }

  private async row(m: EntityManager, id: string): Promise<ShareRow> {
    const [row]: ShareRow[] = await m.query(`${SHARE_SELECT} WHERE sh.id = $1`, [id]);
    return row;
  }

  private matchLinks(matchId: string, caseId: string, recipientAgencyId: string): Promise<boolean> {
    return this.db
      .query(
        `SELECT 1 FROM case_match mt JOIN case_file other
            ON other.id = CASE WHEN mt.case_a_id = $2 THEN mt.case_b_id ELSE mt.case_a_id END
          WHERE mt.id = $1 AND (mt.case_a_id = $2 OR mt.case_b_id = $2) AND mt.withdrawn_at IS NULL
            AND other.agency_id = $3`,
        [matchId, caseId, recipientAgencyId],
      )
      .then((rows: unknown[]) => rows.length > 0);
  }

  private publishCard(m: EntityManager, type: CardEvent, row: ShareRow): Promise<void> {
    return this.outbox.publish(m, [{ type, aggregateType: 'case-share', aggregateId: row.id, payload: cardPayload(row) }]);
  }
}
