import { Actor, Role } from '@app/kernel';
import { ALLOW, Decision, has, hide, refuse, RuleSet } from './rule';

/** The roles that keep cases, share reference cards and receive hits. */
export const CASE_ROLES: readonly Role[] = [Role.PROSECUTOR, Role.LIAISON_OFFICER];

/** A case, or the agency whose cases are listed or created. */
export interface CaseTarget {
  readonly agencyId: string;
}

/** A reference card as the policy sees it. */
export interface CaseShareTarget {
  readonly ownerAgencyId: string;
  readonly recipientAgencyId: string;
  /** Neither revoked nor expired. */
  readonly active: boolean;
}

/** A hit between two cases: the agencies owning them. */
export interface CaseMatchTarget {
  readonly agencyIds: readonly string[];
}

export interface CaseTargets {
  'case:create': CaseTarget;
  'case:list': CaseTarget;
  'case:read': CaseTarget;
  /** Editing the case and its identifiers. */
  'case:update': CaseTarget;
  /** Sharing a reference card of the case, and listing its cards. */
  'case:share': CaseTarget;
  /** Cards shared with the actor's agency. */
  'case-share:list-received': { readonly recipientAgencyId: string };
  'case-share:read': CaseShareTarget;
  'case-share:acknowledge': CaseShareTarget;
  'case-share:revoke': CaseShareTarget;
  'case-match:read': CaseMatchTarget;
  'case-match:request-disclosure': CaseMatchTarget;
}

const isCaseUser = (actor: Actor) => has(actor, ...CASE_ROLES);

/**
 * Acting on the own agency's cases as a whole (create, list): other roles are refused openly.
 * A list's SQL keeps to the same agency with `listedCasesSql` below.
 */
const ownAgencyCases = (actor: Actor, agencyId: string): Decision => {
  if (!isCaseUser(actor)) return refuse('only prosecutors and liaison officers keep cases');
  return agencyId === actor.agencyId ? ALLOW : hide('cases of another agency');
};

/** One case: whoever may not act on it does not learn that it exists. */
const ownCase = (actor: Actor, target: CaseTarget): Decision =>
  isCaseUser(actor) && target.agencyId === actor.agencyId ? ALLOW : hide('case of another agency');

const ownerOfCard = (actor: Actor, target: CaseShareTarget): Decision =>
  isCaseUser(actor) && target.ownerAgencyId === actor.agencyId ? ALLOW : hide('reference card of another agency');

/**
 * The recipient sees a card only while it is active, and never anything else of the file.
 * The list of received cards says the same in SQL with `receivedCardsSql` below.
 */
const recipientOfCard = (actor: Actor, target: CaseShareTarget): Decision =>
  isCaseUser(actor) && target.recipientAgencyId === actor.agencyId && target.active
    ? ALLOW
    : hide('no active reference card shared with this agency');

const partyToMatch = (actor: Actor, target: CaseMatchTarget): Decision =>
  isCaseUser(actor) && target.agencyIds.includes(actor.agencyId) ? ALLOW : hide('hit of other agencies');

export const casesRules: RuleSet<CaseTargets> = {
  'case:create': (actor, target) => ownAgencyCases(actor, target.agencyId),
  'case:list': (actor, target) => ownAgencyCases(actor, target.agencyId),
  'case:read': ownCase,
  'case:update': ownCase,
  'case:share': ownCase,
  'case-share:list-received': (actor, target) => ownAgencyCases(actor, target.recipientAgencyId),
  'case-share:read': (actor, target) =>
    ownerOfCard(actor, target).allowed ? ALLOW : recipientOfCard(actor, target),
  'case-share:acknowledge': recipientOfCard,
  'case-share:revoke': ownerOfCard,
  'case-match:read': partyToMatch,
  'case-match:request-disclosure': partyToMatch,
};

/**
 * `case:list` in SQL, for the lists of the caller's cases (and of their hits): the case under
 * `caseAlias` belongs to the agency `agencyId` names, the caller's own, as `ownAgencyCases`
 * above allows. Who may list at all is decided by the rule before the query runs.
 */
export const listedCasesSql = (caseAlias: string, agencyId: string): string => `${caseAlias}.agency_id = ${agencyId}`;

/**
 * `case-share:list-received` in SQL: the card under `shareAlias` was shared with the agency
 * `agencyId` names and is active at `now` (neither revoked nor expired), as `recipientOfCard`
 * above allows a card to be read.
 */
export const receivedCardsSql = (shareAlias: string, agencyId: string, now: string): string =>
  `${shareAlias}.recipient_agency_id = ${agencyId} AND ${shareAlias}.revoked_at IS NULL ` +
  `AND (${shareAlias}.expires_at IS NULL OR ${shareAlias}.expires_at > ${now})`;
