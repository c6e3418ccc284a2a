import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, RuleSet } from './rule';

export interface NotificationTargets {
  /** A user's choices of how notifications reach them by e-mail, and the language of the mails. */
  'notification-preference:set': { readonly ownerUserId: string };
  /** The mails that could not be delivered to the users of an agency. */
  'mail-delivery:list': { readonly agencyId: string };
}

export const notificationsRules: RuleSet<NotificationTargets> = {
  'notification-preference:set': (actor, target) =>
    target.ownerUserId === actor.userId ? ALLOW : hide('preferences of another user'),
  // The list runs it as agencyMailDeliveriesSql below: change both together.
  'mail-delivery:list': (actor, target) => {
    if (!has(actor, Role.AGENCY_ADMIN)) return refuse('only an agency admin reads failed mail deliveries');
    return target.agencyId === actor.agencyId ? ALLOW : hide('mail deliveries of another agency');
  },
};

/**
 * 'mail-delivery:list' (above) as the SQL condition over mail deliveries `alias`: those to the
 * users of the caller's agency, given as `agencyUsers`, identity's subquery of that agency's user
 * ids. The role is checked by the rule, once, before the list runs.
 */
export const agencyMailDeliveriesSql = (alias: string, agencyUsers: string): string => `${alias}.recipient_user_id IN (${agencyUsers})`;
