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
    const rows: MatchRow[] = await this.db.query(
      `SELECT mt.id, mt.identifier_type AS "identifierType", mt.found_at AS "foundAt",
              oa.id AS "agencyId", oa.name AS "agencyName", oa.state_code AS "stateCode", os.name AS "stateName",
              u.display_name AS "contactName", u.email AS "contactEmail"
         FROM case_match mt
         JOIN case_file other ON other.id = CASE WHEN mt.case_a_id = $1 THEN mt.case_b_id ELSE mt.case_a_id END
         JOIN agency oa ON oa.id = other.agency_id JOIN state os ON os.code = oa.state_code
         JOIN app_user u ON u.id = other.contact_user_id
        WHERE (mt.case_a_id = $1 OR mt.case_b_id = $1) AND mt.withdrawn_at IS NULL
        ORDER BY mt.found_at DESC, mt.id`,
      [caseId],
    );
    await this.commands.read(ctx, { action: 'case-match.list', targetType: 'case', targetId: caseId });
    return rows.map((r) => ({
      id: r.id,
      caseId,
      identifierType: r.identifierType,
      foundAt: r.foundAt,
      otherAgency: { id: r.agencyId, name: r.agencyName, stateCode: r.stateCode, stateName: r.stateName },
      contact: { displayName: r.contactName, email: r.contactEmail },
    }));
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
