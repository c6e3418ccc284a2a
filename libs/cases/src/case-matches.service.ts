import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { OutboxService } from '@app/events';
import { AuthenticatedContext } from '@app/kernel';
import { CasesService } from './cases.service';
import { IdentifierType } from './domain/case.enums';
import { CaseMatchModel } from './dto/case.types';

interface MatchRow {
  id: string;
  caseId: string;
  caseReference: string;
  identifierType: IdentifierType;
  foundAt: Date;
  agencyId: string;
  agencyName: string;
  stateCode: string;
  stateName: string;
  contactName: string;
  contactEmail: string;
}

/**
 * The hits of the caller's own cases that `ownCase` (a condition on `own`, the caller's
 * case) selects, with the other side's agency and contact: nothing else of the other case.
 */
const matchesSql = (ownCase: string, limit = '') => `
  SELECT mt.id, own.id AS "caseId", own.national_reference AS "caseReference",
         mt.identifier_type AS "identifierType", mt.found_at AS "foundAt",
         oa.id AS "agencyId", oa.name AS "agencyName", oa.state_code AS "stateCode", os.name AS "stateName",
         u.display_name AS "contactName", u.email AS "contactEmail"
    FROM case_file own
    JOIN case_match mt ON own.id IN (mt.case_a_id, mt.case_b_id)
    JOIN case_file other ON other.id = CASE WHEN mt.case_a_id = own.id THEN mt.case_b_id ELSE mt.case_a_id END
    JOIN agency oa ON oa.id = other.agency_id JOIN state os ON os.code = oa.state_code
    JOIN app_user u ON u.id = other.contact_user_id
   WHERE ${ownCase} AND mt.withdrawn_at IS NULL
   ORDER BY mt.found_at DESC, mt.id${limit}`;

const toModel = (r: MatchRow): CaseMatchModel => ({
  id: r.id,
  caseId: r.caseId,
  caseReference: r.caseReference,
  identifierType: r.identifierType,
  foundAt: r.foundAt,
  otherAgency: { id: r.agencyId, name: r.agencyName, stateCode: r.stateCode, stateName: r.stateName },
  contact: { displayName: r.contactName, email: r.contactEmail },
});

/**
 * Hits of a case with cases of other States: that they exist, with whom, and whom to
 * contact there. Nothing of the other case (reference, title, identifiers) is ever loaded.
 */
@Injectable()
export class CaseMatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly outbox: OutboxService,
    private readonly cases: CasesService,
  ) {}

  async ofCase(ctx: AuthenticatedContext, caseId: string): Promise<CaseMatchModel[]> {
    await this.cases.load(ctx, 'case:read', caseId);
    const rows: MatchRow[] = await this.db.query(matchesSql('own.id = $1'), [caseId]);
    await this.commands.read(ctx, { action: 'case-match.list', targetType: 'case', targetId: caseId });
    return rows.map(toModel);
  }

  /** The latest hits on any case of the caller's agency (My desk), newest first. */
  async recent(ctx: AuthenticatedContext, first: number): Promise<CaseMatchModel[]> {
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case:list', { agencyId }, { type: 'case-match' });
    const rows: MatchRow[] = await this.db.query(matchesSql('own.agency_id = $1', ' LIMIT $2'), [agencyId, first]);
    await this.commands.read(ctx, { action: 'case-match.list', targetType: 'agency', targetId: agencyId });
    return rows.map(toModel);
  }

  /** Asks the other party to a hit to share a reference card of its case. */
  async requestDisclosure(ctx: AuthenticatedContext, matchId: string, message: string): Promise<boolean> {
    const action = 'case-match:request-disclosure';
    const on = { type: 'case-match', id: matchId };
    const [found]: { agencyA: string; agencyB: string }[] = await this.db.query(
      `SELECT a.agency_id AS "agencyA", b.agency_id AS "agencyB"
         FROM case_match mt JOIN case_file a ON a.id = mt.case_a_id JOIN case_file b ON b.id = mt.case_b_id
        WHERE mt.id = $1 AND mt.withdrawn_at IS NULL`,
      [matchId],
    );
    if (!found) return this.access.notFound(ctx, action, on);
    await this.access.authorize(ctx, action, { agencyIds: [found.agencyA, found.agencyB] }, on);
    const ownerAgencyId = found.agencyA === ctx.actor.agencyId ? found.agencyB : found.agencyA;
    return this.commands.run(
      ctx,
      () => ({ action: 'case-match.request-disclosure', targetType: 'case-match', targetId: matchId, recipients: [ownerAgencyId] }),
      async (m) => {
        await this.outbox.publish(m, [
          {
            type: 'cases.disclosure-requested',
            aggregateType: 'case-match',
            aggregateId: matchId,
            payload: { matchId, requesterAgencyId: ctx.actor.agencyId, ownerAgencyId, message: message.trim() },
          },
        ]);
        return true;
      },
    );
  }
}
