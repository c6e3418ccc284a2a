import { EntityManager } from 'typeorm';
import { Action, PolicyTargets } from '@app/access';
import { Aggregate } from '@app/commands';
import { queryPrepared } from '@app/database';
import { Clock } from '@app/kernel';
import { IdentifierType } from './domain/case.enums';
import { isCardActive } from './domain/sharing';
import { CaseShareView, CaseView } from './case.views';

/** Each stored field of a case as read from `case_file c`. */
export const CASE_FIELD_COLUMNS: Record<keyof CaseView, string> = {
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

/** The columns of a case as CaseView, from `case_file c`. */
export const CASE_COLUMNS = Object.values(CASE_FIELD_COLUMNS).join(', ');

type CaseAction = Extract<Action, 'case:read' | 'case:update' | 'case:share'>;

/** The row `sql` reads for `id` (its only parameter), or null. */
async function one<Row>(m: EntityManager, sql: string, id: string): Promise<Row | null> {
  return (await queryPrepared<Row & object>(m, sql, [id]))[0] ?? null;
}

/** A national case: only the owning agency's case users see it. */
export const caseFiles: Aggregate<CaseView, CaseAction> = {
  type: 'case',
  table: 'case_file',
  alias: 'c',
  noun: 'the case',
  duplicate: 'a case with this national reference already exists in your agency',
  returning: CASE_COLUMNS,
  read: (m, id) => one(m, `SELECT ${CASE_COLUMNS} FROM case_file c WHERE c.id = $1`, id),
  target: (row) => ({ agencyId: row.agencyId }),
  version: (row) => row.version,
};

/** A case as its identifiers are added to it: the same row, refused otherwise on a duplicate. */
export const caseFilesGainingIdentifiers: Aggregate<CaseView, 'case:update'> = {
  ...caseFiles,
  duplicate: 'this identifier is already on the case',
};

/** An identifier as its removal reads it: its case, the case's owner, and what it matches on. */
export interface IdentifierRow {
  readonly id: string;
  readonly caseId: string;
  readonly agencyId: string;
  readonly type: IdentifierType;
  readonly value: string;
}

/** An identifier of a case; it keeps no version of its own (an edit of its case is not stale for it). */
export const caseIdentifiers: Aggregate<IdentifierRow, 'case:update'> = {
  type: 'case-identifier',
  table: 'case_identifier',
  noun: 'the identifier',
  returning: `t.id, t.case_id AS "caseId", t.type, t.value`,
  read: (m, id) =>
    one(
      m,
      `SELECT i.id, i.case_id AS "caseId", c.agency_id AS "agencyId", i.type, i.value
         FROM case_identifier i JOIN case_file c ON c.id = i.case_id WHERE i.id = $1`,
      id,
    ),
  target: (row) => ({ agencyId: row.agencyId }),
  version: () => null,
};

/** A reference card's own columns: what it answers, but its agencies by id (identity's directory names them). */
export interface ShareRow extends Omit<CaseShareView, 'ownerAgency' | 'recipientAgency'> {
  readonly caseId: string;
  readonly firstReadAt: Date | null;
  readonly ownerAgencyId: string;
  readonly recipientAgencyId: string;
}

/** The columns of a reference card as ShareRow, from `case_share sh`. */
export const SHARE_COLUMNS = `sh.id, sh.case_id AS "caseId", sh.summary, sh.contact_point AS "contactPoint",
  sh.handling_code AS "handlingCode", sh.handling_restriction AS "handlingRestriction",
  sh.expires_at AS "expiresAt", sh.match_id AS "matchId", sh.shared_at AS "sharedAt",
  sh.first_read_at AS "firstReadAt", sh.acknowledged_at AS "acknowledgedAt", sh.revoked_at AS "revokedAt",
  sh.owner_agency_id AS "ownerAgencyId", sh.recipient_agency_id AS "recipientAgencyId"`;

/** Sharing a card is authorized on its case ('case:share'); the rest on the card. */
type CardAction = Extract<Action, 'case:share' | 'case-share:read' | 'case-share:acknowledge' | 'case-share:revoke'>;

/**
 * Reference cards. Whether a card is still active for its recipient depends on the time, so
 * the aggregate is made with the app's clock. A card keeps no version: each change is one-way.
 */
export const caseShares = (clock: Clock): Aggregate<ShareRow, CardAction> => ({
  type: 'case-share',
  table: 'case_share',
  alias: 'sh',
  noun: 'the reference card',
  returning: SHARE_COLUMNS,
  read: (m, id) => one(m, `SELECT ${SHARE_COLUMNS} FROM case_share sh WHERE sh.id = $1`, id),
  target: (row): PolicyTargets[CardAction] => ({
    ownerAgencyId: row.ownerAgencyId,
    recipientAgencyId: row.recipientAgencyId,
    active: isCardActive(row, clock.now()),
  }),
  version: () => null,
});

/** A hit as the policy sees it: the agencies owning its two cases. A withdrawn hit is no longer there. */
export interface MatchRow {
  readonly id: string;
  readonly agencyIds: readonly [string, string];
}

export const caseMatches: Aggregate<MatchRow, 'case-match:request-disclosure'> = {
  type: 'case-match',
  table: 'case_match',
  noun: 'the hit',
  returning: `t.id`,
  read: (m, id) =>
    one(
      m,
      `SELECT mt.id, ARRAY[a.agency_id::text, b.agency_id::text] AS "agencyIds"
         FROM case_match mt JOIN case_file a ON a.id = mt.case_a_id JOIN case_file b ON b.id = mt.case_b_id
        WHERE mt.id = $1 AND mt.withdrawn_at IS NULL`,
      id,
    ),
  target: (row) => ({ agencyIds: row.agencyIds }),
  version: () => null,
};
