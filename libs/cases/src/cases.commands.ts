import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainEvent } from '@app/events';
import { AuthenticatedContext, BadUserInputError, Clock, CLOCK } from '@app/kernel';
import { blindIndex, blindIndexLockKey } from './domain/blind-index';
import { IdentifierType } from './domain/case.enums';
import { normaliseIdentifier } from './domain/identifier-normalisation';
import { caseFiles, caseFilesGainingIdentifiers, caseIdentifiers } from './case.aggregates';
import { CaseEdit, NewCase, NewIdentifier } from './case.requests';
import { CaseIdentifierView, CaseView } from './case.views';

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The columns an edit sets: those it names, and the time of the change. */
function editedColumns(edit: CaseEdit, now: Date): Record<string, unknown> {
  const columns: Record<string, unknown> = {
    national_reference: edit.nationalReference?.trim(),
    title: edit.title?.trim(),
    status: edit.status,
    forms_of_exploitation: edit.formsOfExploitation && distinct(edit.formsOfExploitation),
    child_victims: edit.childVictims,
    organised_crime_group: edit.organisedCrimeGroup,
    financial_investigation: edit.financialInvestigation,
  };
  return { ...Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined && value !== null)), updated_at: now };
}

/** The event of an identifier added to or removed from its case (never its value). */
const identifierEvent = (
  type: 'cases.identifier-added' | 'cases.identifier-removed',
  owner: { caseId: string; agencyId: string },
  identifier: { id: string; type: IdentifierType },
): DomainEvent => ({
  type,
  aggregateType: 'case',
  aggregateId: owner.caseId,
  payload: { caseId: owner.caseId, agencyId: owner.agencyId, identifierId: identifier.id, identifierType: identifier.type },
});

/**
 * The commands on national cases and their identifiers, each one step of the command pipeline:
 * only the owning agency's prosecutors and liaison officers change a case; every change is
 * audited and published to the worker (which matches identifiers across borders).
 */
@Injectable()
export class CasesCommands {
  constructor(
    private readonly step: CommandStep,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(ctx: AuthenticatedContext, input: NewCase): Promise<CaseView> {
    const { agencyId, userId } = ctx.actor;
    return this.step.create(ctx, caseFiles, {
      action: 'case:create',
      target: { agencyId },
      decide: () => {
        const id = randomUUID();
        return {
          insert: {
            id,
            agency_id: agencyId,
            national_reference: input.nationalReference.trim(),
            title: input.title.trim(),
            status: input.status ?? 'OPEN',
            forms_of_exploitation: distinct(input.formsOfExploitation),
            child_victims: input.childVictims ?? false,
            organised_crime_group: input.organisedCrimeGroup ?? false,
            financial_investigation: input.financialInvestigation ?? false,
            contact_user_id: userId,
          },
          audit: { action: 'case.create' },
          events: [{ type: 'cases.case-created', aggregateType: 'case', aggregateId: id, payload: { caseId: id, agencyId } }],
        };
      },
    });
  }

  update(ctx: AuthenticatedContext, edit: CaseEdit): Promise<CaseView> {
    return this.step.change(ctx, caseFiles, {
      action: 'case:update',
      id: edit.id,
      expectedVersion: edit.version,
      decide: (current) => ({
        set: editedColumns(edit, this.clock.now()),
        audit: { action: 'case.update' },
        events: [{ type: 'cases.case-updated', aggregateType: 'case', aggregateId: current.id, payload: { caseId: current.id, agencyId: current.agencyId } }],
      }),
    });
  }

  /**
   * Adds an identifier: a change of its case that is no new version of it (an edit open
   * meanwhile is not stale), which touches the case's time of change.
   */
  async addIdentifier(ctx: AuthenticatedContext, input: NewIdentifier): Promise<CaseIdentifierView> {
    const normalised = normaliseIdentifier(input.type, input.value);
    if (!normalised.ok) {
      // What the caller may not see is refused before its input is looked at.
      await this.step.visible(ctx, caseFiles, 'case:update', input.caseId);
      throw BadUserInputError.of([{ field: 'value', problem: normalised.problem }]);
    }
    const now = this.clock.now();
    const added: CaseIdentifierView = { id: randomUUID(), type: input.type, value: normalised.value, role: input.role, note: input.note?.trim() || null, addedAt: now };
    await this.step.change(ctx, caseFilesGainingIdentifiers, {
      action: 'case:update',
      id: input.caseId,
      expectedVersion: null,
      decide: (owner) => ({
        set: { updated_at: now },
        keepVersion: true,
        alongside: [
          {
            sql: `INSERT INTO case_identifier (id, case_id, type, value, role, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            params: [added.id, owner.id, added.type, added.value, added.role, added.note, now],
          },
        ],
        // The value stays out of the audit trail: the type and ids say what changed.
        audit: { action: 'case.identifier-add', details: { identifierId: added.id, identifierType: added.type } },
        events: [identifierEvent('cases.identifier-added', { caseId: owner.id, agencyId: owner.agencyId }, added)],
      }),
    });
    return added;
  }

  /**
   * Removes an identifier; hits it alone supported are withdrawn, and it yields no new ones.
   * It takes turns with the matching of the same value (see CaseMatchingConsumer): after the
   * turn, matching either ran to its end, and its hits are seen here, or it finds no identifier.
   */
  async removeIdentifier(ctx: AuthenticatedContext, identifierId: string): Promise<boolean> {
    await this.step.change(ctx, caseIdentifiers, {
      action: 'case:update',
      id: identifierId,
      expectedVersion: null,
      decide: (removed) => ({
        takeTurns: {
          sql: `SELECT pg_advisory_xact_lock($1::bigint)`,
          params: [blindIndexLockKey(blindIndex(this.config.BLIND_INDEX_KEY, removed.type, removed.value))],
        },
        alongside: [
          { sql: `DELETE FROM case_identifier WHERE id = $1`, params: [removed.id] },
          {
            // One statement sees the identifiers as before the delete: the removed one is left out by hand.
            sql: `UPDATE case_match mt SET withdrawn_at = now()
                   WHERE mt.withdrawn_at IS NULL AND mt.identifier_type = $2 AND (mt.case_a_id = $1 OR mt.case_b_id = $1)
                     AND NOT EXISTS (
                       SELECT 1 FROM case_identifier x
                         JOIN case_identifier y ON y.blind_index = x.blind_index AND y.case_id = mt.case_b_id AND y.id <> $3
                        WHERE x.case_id = mt.case_a_id AND x.type = mt.identifier_type AND x.id <> $3)`,
            params: [removed.caseId, removed.type, removed.id],
          },
          { sql: `UPDATE case_file SET updated_at = $2 WHERE id = $1`, params: [removed.caseId, this.clock.now()] },
        ],
        audit: {
          action: 'case.identifier-remove',
          targetType: 'case',
          targetId: removed.caseId,
          details: { identifierId: removed.id, identifierType: removed.type },
        },
        events: [identifierEvent('cases.identifier-removed', removed, removed)],
      }),
    });
    return true;
  }
}
