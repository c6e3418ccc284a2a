import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, listedCasesSql } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { CommandStep } from '@app/commands';
import { AgencyDirectory, contactsOf } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { IdentifierType } from './domain/case.enums';
import { agencyRefs } from './agency-refs';
import { caseFiles } from './case.aggregates';
import { CaseMatchView } from './case.views';

interface HitRow {
  id: string;
  caseId: string;
  caseReference: string;
  identifierType: IdentifierType;
  foundAt: Date;
  otherAgencyId: string;
  contactUserId: string;
}

/**
 * The hits of the caller's own cases that `ownCase` (a condition on `own`, the caller's
 * case) selects, with the other case's agency and officer in charge: nothing else of it.
 */
const matchesSql = (ownCase: string, limit = '') => `
  SELECT mt.id, own.id AS "caseId", own.national_reference AS "caseReference",
         mt.identifier_type AS "identifierType", mt.found_at AS "foundAt",
         other.agency_id AS "otherAgencyId", other.contact_user_id AS "contactUserId"
    FROM case_file own
    JOIN case_match mt ON own.id IN (mt.case_a_id, mt.case_b_id)
    JOIN case_file other ON other.id = CASE WHEN mt.case_a_id = own.id THEN mt.case_b_id ELSE mt.case_a_id END
   WHERE ${ownCase} AND mt.withdrawn_at IS NULL
   ORDER BY mt.found_at DESC, mt.id${limit}`;

/**
 * Hits of a case with cases of other States: that they exist, with whom, and whom to
 * contact there. Nothing of the other case (reference, title, identifiers) is ever loaded.
 */
@Injectable()
export class CaseMatchesQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly step: CommandStep,
    private readonly directory: AgencyDirectory,
  ) {}

  async ofCase(ctx: AuthenticatedContext, caseId: string): Promise<CaseMatchView[]> {
    await this.step.visible(ctx, caseFiles, 'case:read', caseId);
    const rows: HitRow[] = await this.db.query(matchesSql('own.id = $1'), [caseId]);
    await this.commands.read(ctx, { action: 'case-match.list', targetType: 'case', targetId: caseId });
    return this.viewsOf(rows);
  }

  /** The latest hits on any case of the caller's agency (My desk), newest first. */
  async recent(ctx: AuthenticatedContext, first: number): Promise<CaseMatchView[]> {
    const agencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case:list', { agencyId }, { type: 'case-match' });
    const rows: HitRow[] = await this.db.query(matchesSql(listedCasesSql('own', '$1'), ' LIMIT $2'), [agencyId, first]);
    await this.commands.read(ctx, { action: 'case-match.list', targetType: 'agency', targetId: agencyId });
    return this.viewsOf(rows);
  }

  /** The hits with the other side named by identity: its agency and the officer in charge of its case. */
  private async viewsOf(rows: readonly HitRow[]): Promise<CaseMatchView[]> {
    const [agency, contacts] = await Promise.all([
      agencyRefs(this.directory, rows.map((r) => r.otherAgencyId)),
      contactsOf(this.db, rows.map((r) => r.contactUserId)),
    ]);
    return rows.flatMap(({ otherAgencyId, contactUserId, ...hit }) => {
      const contact = contacts.get(contactUserId);
      // The officer in charge references a user (a foreign key): a hit without one is not shown, as before with the join.
      return contact ? [{ ...hit, otherAgency: agency(otherAgencyId), contact }] : [];
    });
  }
}
