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

/** Only the agency admins of the endpoint's own agency; another agency's endpoint stays hidden. */
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
