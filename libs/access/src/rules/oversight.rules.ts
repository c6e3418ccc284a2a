import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, RuleSet } from './rule';

export interface OversightTargets {
  /** The audit trail of a State. */
  'audit:read': { readonly stateCode: string };
  /** A user's own notifications. */
  'notification:read': { readonly ownerUserId: string };
}

export const oversightRules: RuleSet<OversightTargets> = {
  'audit:read': (actor, target) => {
    if (!has(actor, Role.AUDITOR)) return refuse('only an auditor reads the audit trail');
    return target.stateCode === actor.stateCode ? ALLOW : hide('audit trail of another State');
  },
  'notification:read': (actor, target) =>
    target.ownerUserId === actor.userId ? ALLOW : hide('notification of another user'),
};
