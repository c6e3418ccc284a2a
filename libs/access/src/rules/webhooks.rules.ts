import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, Rule, RuleSet } from './rule';

/** A webhook endpoint of an agency, or the agency one is being registered for. */
export interface WebhookTarget {
  readonly agencyId: string;
}

export interface WebhookTargets {
  'webhook:register': WebhookTarget;
  'webhook:list': WebhookTarget;
  'webhook:disable': WebhookTarget;
  /** The delivery log of an endpoint. */
  'webhook:read-deliveries': WebhookTarget;
}

/**
 * Only the agency admins of the endpoint's own agency; another agency's endpoint stays hidden.
 * Its list runs as `ownAgencyEndpointsSql` below: change both together.
 */
const ownAgencyAdmin: Rule<WebhookTarget> = (actor, target) => {
  if (!has(actor, Role.AGENCY_ADMIN)) return refuse('only an agency admin manages webhook endpoints');
  return target.agencyId === actor.agencyId ? ALLOW : hide('webhook endpoint of another agency');
};

export const webhooksRules: RuleSet<WebhookTargets> = {
  'webhook:register': ownAgencyAdmin,
  'webhook:list': ownAgencyAdmin,
  'webhook:disable': ownAgencyAdmin,
  'webhook:read-deliveries': ownAgencyAdmin,
};

/**
 * 'webhook:list' (ownAgencyAdmin above) as the SQL condition of a list of endpoints `alias`: those
 * of the agency bound at `agencyParam`, the caller's. The role is checked by the rule, once, before.
 */
export const ownAgencyEndpointsSql = (alias: string, agencyParam: string): string => `${alias}.agency_id = ${agencyParam}`;
