import { Role } from '@app/kernel';
import { ALLOW, has, hide, refuse, Rule, RuleSet } from './rule';

/** A user being managed, or created, in an agency. */
export interface UserTarget {
  readonly agencyId: string;
  /** Roles being given, for user creation and role grants. */
  readonly roles?: readonly Role[];
}

export interface IdentityTargets {
  'state:create': Record<string, never>;
  'agency:create': { readonly stateCode: string };
  /** The platform's agencies with how many active administrators each has (no user's name or address). */
  'agency:overview': Record<string, never>;
  /** The first agency admin of an agency that has none: the platform admin's only hand in an agency's users. */
  'agency:first-admin': Record<string, never>;
  'user:create': UserTarget;
  'user:disable': UserTarget;
  /** `roles`: the user's own, as for a password reset. */
  'user:enable': UserTarget;
  /** `roles`: the user's own, as for a password reset. */
  'user:unlock': UserTarget;
  'user:grant-roles': UserTarget;
  'user:list': UserTarget;
  /** `roles`: the user's own, so an agency admin cannot take over an account it could not create. */
  'user:reset-password': UserTarget;
  'session:end': { readonly ownerUserId: string };
}

/** Roles an agency admin may hand out: everything but the platform's own administration. */
const GRANTABLE_BY_AGENCY_ADMIN: readonly Role[] = [
  Role.PROSECUTOR,
  Role.LIAISON_OFFICER,
  Role.CENTRAL_AUTHORITY_OFFICER,
  Role.VICTIM_COORDINATOR,
  Role.AGENCY_ADMIN,
  Role.AUDITOR,
];

// Mirrored in SQL by usersOfAgencySql, for the list of users ('user:list').
const manageUserOfAgency: Rule<UserTarget> = (actor, target) => {
  if (!has(actor, Role.AGENCY_ADMIN)) return refuse('only an agency admin manages users');
  if (target.agencyId !== actor.agencyId) return hide('user of another agency');
  const forbiddenRole = (target.roles ?? []).find((r) => !GRANTABLE_BY_AGENCY_ADMIN.includes(r));
  if (forbiddenRole) return refuse(`an agency admin may not grant ${forbiddenRole}`);
  return ALLOW;
};

/**
 * manageUserOfAgency in SQL, for a list of users aliased `u` whose caller the rule allowed for
 * its own agency (`agencyId`: the parameter holding it): only that agency's users are loaded.
 */
export const usersOfAgencySql = (agencyId: string): string => `u.agency_id = ${agencyId}`;

const platformAdminOnly: Rule<unknown> = (actor) =>
  has(actor, Role.PLATFORM_ADMIN) ? ALLOW : refuse('only a platform admin manages States and agencies');

export const identityRules: RuleSet<IdentityTargets> = {
  'state:create': platformAdminOnly,
  'agency:create': platformAdminOnly,
  'agency:overview': platformAdminOnly,
  // Whether the agency has an admin already is the command's to check (CONFLICT): later admins come from its own.
  'agency:first-admin': platformAdminOnly,
  'user:create': manageUserOfAgency,
  'user:disable': manageUserOfAgency,
  'user:enable': manageUserOfAgency,
  'user:unlock': manageUserOfAgency,
  'user:grant-roles': manageUserOfAgency,
  'user:list': manageUserOfAgency,
  'user:reset-password': manageUserOfAgency,
  // A user ends only their own sessions (an administrator ends all of a user's by a reset or disabling).
  'session:end': (actor, target) => (target.ownerUserId === actor.userId ? ALLOW : hide('session of another user')),
};
