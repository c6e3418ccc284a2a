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
