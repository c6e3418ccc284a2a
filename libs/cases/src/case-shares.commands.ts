import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditedChange, CommandStep } from '@app/commands';
import { CaseCardPayload, DomainEvent } from '@app/events';
import { AgencyDirectory } from '@app/identity';
import { AuthenticatedContext, BadUserInputError, Clock, CLOCK, FieldProblem } from '@app/kernel';
import { referenceCardProblems } from './domain/sharing';
import { caseFiles, caseShares, ShareRow } from './case.aggregates';
import { NewReferenceCard } from './case.requests';
import { cardViews } from './case-shares.queries';
import { CaseShareView } from './case.views';

type CardEvent = 'cases.card-shared' | 'cases.card-read' | 'cases.card-acknowledged' | 'cases.card-revoked';

const cardEvent = (type: CardEvent, row: Pick<ShareRow, 'id' | 'ownerAgencyId' | 'recipientAgencyId' | 'handlingCode'>): DomainEvent => {
  const payload: CaseCardPayload = { shareId: row.id, ownerAgencyId: row.ownerAgencyId, recipientAgencyId: row.recipientAgencyId, handlingCode: row.handlingCode };
  return { type, aggregateType: 'case-share', aggregateId: row.id, payload };
};

/** A one-way change of a card: made once and told to the other side once; asked again, it changes nothing (and is audited). */
interface OneWay {
  /** Made already: nothing is changed, nobody told. */
  readonly done: boolean;
  readonly set: Record<string, unknown>;
  readonly audit: AuditedChange;
  readonly event: CardEvent;
}

/**
 * Reference cards: the owner of a case shares a card (never the file) with an agency of
 * another State, which reads and acknowledges it until it is revoked or expires. Reading a
 * card is a command too: the recipient's first reading is recorded and told to the owner.
 */
@Injectable()
export class CaseSharesCommands {
  private readonly shares: ReturnType<typeof caseShares>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly step: CommandStep,
    private readonly directory: AgencyDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.shares = caseShares(clock);
  }

  async share(ctx: AuthenticatedContext, input: NewReferenceCard): Promise<CaseShareView> {
    const owned = await this.step.visible(ctx, caseFiles, 'case:share', input.caseId);
    const card = await this.step.create(ctx, this.shares, {
      action: 'case:share',
      target: { agencyId: owned.agencyId },
      decide: async () => {
        const problems = await this.problemsOf(ctx, input);
        if (problems.length) throw BadUserInputError.of(problems);
        const id = randomUUID();
        return {
          insert: {
            id,
            case_id: owned.id,
            owner_agency_id: owned.agencyId,
            recipient_agency_id: input.recipientAgencyId,
            summary: input.summary.trim(),
            contact_point: input.contactPoint.trim(),
            handling_code: input.handlingCode,
            handling_restriction: input.handlingRestriction?.trim() || null,
            expires_at: input.expiresAt ?? null,
            match_id: input.matchId ?? null,
            shared_by: ctx.actor.userId,
          },
          audit: {
            action: 'case.share',
            purpose: 'cross-border case coordination',
            recipients: [input.recipientAgencyId],
            details: { caseId: owned.id, handlingCode: input.handlingCode },
          },
          events: [cardEvent('cases.card-shared', { id, ownerAgencyId: owned.agencyId, recipientAgencyId: input.recipientAgencyId, handlingCode: input.handlingCode })],
        };
      },
    });
    return this.viewOf(card);
  }

  /**
   * Reads a card; the recipient's first reading tells the owner, once: a card keeps no version, so
   * the reading is written only while the card is still unread.
   */
  async read(ctx: AuthenticatedContext, id: string): Promise<CaseShareView> {
    const card = await this.step.change(ctx, this.shares, {
      action: 'case-share:read',
      id,
      expectedVersion: null,
      decide: async (row) => {
        const firstReading = row.recipientAgencyId === ctx.actor.agencyId && row.firstReadAt === null;
        return {
          set: firstReading ? { first_read_at: this.clock.now() } : {},
          // Two first readings at the same instant: one is the first, the other is told to reload.
          stillTrue: firstReading ? 'sh.first_read_at IS NULL' : undefined,
          // The owner's State sees its card read by the recipient's users in its own trail.
          audit: { action: 'case-share.read', targetState: await this.ownerState(row) },
          events: firstReading ? [cardEvent('cases.card-read', row)] : [],
        };
      },
    });
    return this.viewOf(card);
  }

  async acknowledge(ctx: AuthenticatedContext, id: string): Promise<CaseShareView> {
    return this.oneWay(ctx, 'case-share:acknowledge', id, async (row) => ({
      done: row.acknowledgedAt !== null,
      set: { acknowledged_at: this.clock.now(), acknowledged_by: ctx.actor.userId },
      audit: { action: 'case-share.acknowledge', targetState: await this.ownerState(row) },
      event: 'cases.card-acknowledged',
    }));
  }

  async revoke(ctx: AuthenticatedContext, id: string): Promise<CaseShareView> {
    return this.oneWay(ctx, 'case-share:revoke', id, async (row) => ({
      done: row.revokedAt !== null,
      set: { revoked_at: this.clock.now() },
      audit: { action: 'case-share.revoke' },
      event: 'cases.card-revoked',
    }));
  }

  private async oneWay(
    ctx: AuthenticatedContext,
    action: 'case-share:acknowledge' | 'case-share:revoke',
    id: string,
    change: (row: ShareRow) => Promise<OneWay>,
  ): Promise<CaseShareView> {
    const card = await this.step.change(ctx, this.shares, {
      action,
      id,
      expectedVersion: null,
      decide: async (row) => {
        const { done, set, audit, event } = await change(row);
        // Done meanwhile by someone else: nothing written twice, nobody told twice.
        const stillUndone = Object.keys(set).map((column) => `sh.${column} IS NULL`).join(' AND ');
        return done ? { audit } : { set, audit, events: [cardEvent(event, row)], stillTrue: stillUndone };
      },
    });
    return this.viewOf(card);
  }

  /** What is wrong with a card before it is shared: its rules, its recipient, and the hit it answers. */
  private async problemsOf(ctx: AuthenticatedContext, input: NewReferenceCard): Promise<FieldProblem[]> {
    const recipient = await this.directory.agency(input.recipientAgencyId);
    if (!recipient) return [{ field: 'recipientAgencyId', problem: 'no such agency' }];
    const problems = referenceCardProblems({ ...input, recipientStateCode: recipient.stateCode }, ctx.actor.stateCode, this.clock.now());
    if (input.matchId && !(await this.matchLinks(input.matchId, input.caseId, input.recipientAgencyId))) {
      problems.push({ field: 'matchId', problem: 'is not a hit between this case and a case of the recipient agency' });
    }
    return problems;
  }

  private async matchLinks(matchId: string, caseId: string, recipientAgencyId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM case_match mt JOIN case_file other
          ON other.id = CASE WHEN mt.case_a_id = $2 THEN mt.case_b_id ELSE mt.case_a_id END
        WHERE mt.id = $1 AND (mt.case_a_id = $2 OR mt.case_b_id = $2) AND mt.withdrawn_at IS NULL
          AND other.agency_id = $3`,
      [matchId, caseId, recipientAgencyId],
    );
    return rows.length > 0;
  }

  private async ownerState(row: ShareRow): Promise<string | undefined> {
    return (await this.directory.agency(row.ownerAgencyId))?.stateCode;
  }

  private async viewOf(row: ShareRow): Promise<CaseShareView> {
    const [card] = await cardViews(this.directory, [row]);
    return card;
  }
}
