import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, RuleSet } from './rule';

export interface OversightTargets {
  /** The audit trail of a State. */
  'audit:read': { readonly stateCode: string };
  /** A user's own notifications. */
  'notification:read': { readonly ownerUserId: string };
}

export const oversightRules: RuleSet<OversightTargets> = {
  // The trail's reads run it in SQL as stateTrailStatement and STATE_EVENT_SQL (libs/audit/src/audit-query.ts: the
  // State's users' events and others' events on its data), which stay in audit since audit may not import access.
  'audit:read': (actor, target) => {
    if (!has(actor, Role.AUDITOR)) return refuse('only an auditor reads the audit trail');
    return target.stateCode === actor.stateCode ? ALLOW : hide('audit trail of another State');
  },
  // Lists and marks run it as ownNotificationsSql below: change both together.
  'notification:read': (actor, target) =>
    target.ownerUserId === actor.userId ? ALLOW : hide('notification of another user'),
};

/**
 * 'notification:read' (above) as the SQL condition over notifications `alias`: those whose
 * recipient is the user bound at `userParam`, the caller. Others' rows are never loaded.
 */
export const ownNotificationsSql = (alias: string, userParam: string): string => `${alias}.recipient_user_id = ${userParam}`;
