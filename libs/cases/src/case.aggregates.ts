import { EntityManager } from 'typeorm';
import { Action, PolicyTargets } from '@app/access';
import { Aggregate } from '@app/commands';
import { queryPrepared } from '@app/database';
import { Clock } from '@app/kernel';
import { IdentifierType } from './domain/case.enums';
import { isCardActive } from './domain/sharing';
import { CaseShareView, CaseView } from './case.views';

/** Each stored field of a case as read from `case_file` under `alias`. */
export const caseFieldColumns = (alias: string): Record<keyof CaseView, string> => ({
  id: `${alias}.id`,
  agencyId: `${alias}.agency_id AS "agencyId"`,
  nationalReference: `${alias}.national_reference AS "nationalReference"`,
  title: `${alias}.title`,
  status: `${alias}.status`,
  formsOfExploitation: `${alias}.forms_of_exploitation AS "formsOfExploitation"`,
  childVictims: `${alias}.child_victims AS "childVictims"`,
  organisedCrimeGroup: `${alias}.organised_crime_group AS "organisedCrimeGroup"`,
  financialInvestigation: `${alias}.financial_investigation AS "financialInvestigation"`,
  version: `${alias}.version`,
  createdAt: `${alias}.created_at AS "createdAt"`,
  updatedAt: `${alias}.updated_at AS "updatedAt"`,
});

/** The columns of a case as CaseView, from `case_file c`. */
export const CASE_COLUMNS = Object.values(caseFieldColumns('c')).join(', ');

type CaseAction = Extract<Action, 'case:read' | 'case:update' | 'case:share'>;

async function one<Row>(m: EntityManager, sql: string, id: string): Promise<Row | null> {
  return (await queryPrepared<Row & object>(m, sql, [id]))[0] ?? null;
}

/** A national case: only the owning agency's case users see it. */
export const caseFiles: Aggregate<CaseView, CaseAction> = {
  type: 'case',
  table: 'case_file',
  noun: 'the case',
  duplicate: 'a case with this national reference already exists in your agency',
  returning: Object.values(caseFieldColumns('t')).join(', '),
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

/** The columns of a reference card as ShareRow, from `case_share` under `alias`. */
export const shareColumns = (alias: string): string =>
  `${alias}.id, ${alias}.case_id AS "caseId", ${alias}.summary, ${alias}.contact_point AS "contactPoint",
   ${alias}.handling_code AS "handlingCode", ${alias}.handling_restriction AS "handlingRestriction",
   ${alias}.expires_at AS "expiresAt", ${alias}.match_id AS "matchId", ${alias}.shared_at AS "sharedAt",
   ${alias}.first_read_at AS "firstReadAt", ${alias}.acknowledged_at AS "acknowledgedAt", ${alias}.revoked_at AS "revokedAt",
   ${alias}.owner_agency_id AS "ownerAgencyId", ${alias}.recipient_agency_id AS "recipientAgencyId"`;

/** Sharing a card is authorized on its case ('case:share'); the rest on the card. */
type CardAction = Extract<Action, 'case:share' | 'case-share:read' | 'case-share:acknowledge' | 'case-share:revoke'>;

/**
 * Reference cards. Whether a card is still active for its recipient depends on the time, so
 * the aggregate is made with the app's clock. A card keeps no version: each change is one-way.
 */
export const caseShares = (clock: Clock): Aggregate<ShareRow, CardAction> => ({
  type: 'case-share',
  table: 'case_share',
  noun: 'the reference card',
  returning: shareColumns('t'),
  read: (m, id) => one(m, `SELECT ${shareColumns('sh')} FROM case_share sh WHERE sh.id = $1`, id),
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
