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
  'mail-delivery:list': (actor, target) => {
    if (!has(actor, Role.AGENCY_ADMIN)) return refuse('only an agency admin reads failed mail deliveries');
    return target.agencyId === actor.agencyId ? ALLOW : hide('mail deliveries of another agency');
  },
};
