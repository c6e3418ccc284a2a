import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, RuleSet } from './rule';

/** The two agencies of an MLA request: the requesting one and the one that holds it now. */
export interface MlaRequestTarget {
  readonly requestingAgencyId: string;
  readonly requestedAgencyId: string;
  /**
   * A request is the requesting agency's own until it is submitted: a draft, and a draft
   * withdrawn, were never sent, so the other agency never learns of them.
   */
  readonly submitted: boolean;
  /** Central authorities that held the request and forwarded it: involved, they read it but no longer act. */
  readonly forwardedBy: readonly string[];
}

export interface MlaTargets {
  /** Drafting a request in the caller's own agency. */
  'mla:create': Record<string, never>;
  /** Reading a request, its history, messages and documents (also: list queries). */
  'mla:read': MlaRequestTarget;
  /** Acting on a request (transitions, messages); the lifecycle decides which side may do what. */
  'mla:act': MlaRequestTarget;
  /** Statistics of the caller's own agency. */
  'mla:statistics': Record<string, never>;
}

/** Who works MLA requests: prosecutors and central-authority officers of the two agencies. */
export const MLA_ROLES: readonly Role[] = [Role.PROSECUTOR, Role.CENTRAL_AUTHORITY_OFFICER];

const isParty = (agencyId: string, target: MlaRequestTarget) =>
  agencyId === target.requestingAgencyId || (agencyId === target.requestedAgencyId && target.submitted);

/** Mirrored in SQL by mlaReadableSql below: a change to one is a change to the other. */
const reader: RuleSet<MlaTargets>['mla:read'] = (actor, target) => {
  const involved = isParty(actor.agencyId, target) || target.forwardedBy.includes(actor.agencyId);
  if (!involved || !has(actor, ...MLA_ROLES)) return hide('MLA request of another agency or outside the caller’s role');
  return ALLOW;
};

/** Only the two agencies act; a central authority that forwarded the request still sees it, so it is told why not. */
const party: RuleSet<MlaTargets>['mla:act'] = (actor, target) => {
  const seen = reader(actor, target);
  if (!seen.allowed || isParty(actor.agencyId, target)) return seen;
  return refuse('the request was forwarded: only the requesting agency and the one that holds it act on it');
};

const mlaRole = (reason: string): RuleSet<MlaTargets>['mla:create'] => (actor) =>
  has(actor, ...MLA_ROLES) ? ALLOW : refuse(reason);

export const mlaRules: RuleSet<MlaTargets> = {
  'mla:create': mlaRole('only prosecutors and central-authority officers draft MLA requests'),
  'mla:read': reader,
  'mla:act': party,
  'mla:statistics': mlaRole('only prosecutors and central-authority officers see MLA statistics'),
};

/**
 * 'mla:read' (the `reader` rule above) in SQL, for lists of the requests of agency `agency` (a
 * bound parameter) over `mla_request r`, as the parts whose union is what the agency reads: its
 * own (outgoing), those submitted to it (incoming), and, for a central authority, those it
 * forwarded. Each part is one index range; the union is much cheaper than an OR of them.
 * The caller's roles are checked before (a user without MLA_ROLES lists nothing).
 */
export const mlaReadableSql = {
  outgoing: (agency: string): string => `r.requesting_agency_id = ${agency}`,
  incoming: (agency: string): string => `r.requested_agency_id = ${agency} AND r.submitted_at IS NOT NULL AND r.requesting_agency_id <> ${agency}`,
  /** Written so the partial GIN index answers it (containment, and its predicate), not a read of every request. */
  forwarded: (agency: string): string =>
    `r.forwarded_by_ids <> '{}' AND r.forwarded_by_ids @> ARRAY[${agency}]::uuid[] AND r.requested_agency_id <> ${agency} AND r.requesting_agency_id <> ${agency}`,
};
