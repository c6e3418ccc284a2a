import { Actor, Role } from '@app/kernel';

/**
 * The access policy: every permission of the platform is decided here, deny by default.
 * Services ask `decide()` before acting; list queries use the scopes below in SQL, so
 * GraphQL, workers and exports all go through the same rules.
 */
export type Action =
  | 'state:create'
  | 'agency:create'
  | 'user:create'
  | 'user:disable'
  | 'user:grant-roles'
  | 'user:list'
  | 'audit:read'
  | 'notification:read';

export const ALL_ACTIONS: readonly Action[] = [
  'state:create',
  'agency:create',
  'user:create',
  'user:disable',
  'user:grant-roles',
  'user:list',
  'audit:read',
  'notification:read',
];

/** What an action is aimed at, as far as the rules need to know. */
export interface Target {
  readonly agencyId?: string;
  readonly stateCode?: string;
  readonly ownerUserId?: string;
  /** Roles being given, for user creation and role grants. */
  readonly roles?: readonly Role[];
}

export type Decision =
  | { readonly allowed: true }
  /** `hidden`: the caller may not even learn that the target exists (answer NOT_FOUND). */
  | { readonly allowed: false; readonly hidden: boolean; readonly reason: string };

const ALLOW: Decision = { allowed: true };
const refuse = (reason: string): Decision => ({ allowed: false, hidden: false, reason });
const hide = (reason: string): Decision => ({ allowed: false, hidden: true, reason });

const has = (actor: Actor, role: Role) => actor.roles.includes(role);

/** Roles an agency admin may hand out: everything but the platform's own administration. */
const GRANTABLE_BY_AGENCY_ADMIN: readonly Role[] = [
  Role.PROSECUTOR,
  Role.LIAISON_OFFICER,
  Role.CENTRAL_AUTHORITY_OFFICER,
  Role.VICTIM_COORDINATOR,
  Role.AGENCY_ADMIN,
  Role.AUDITOR,
];

function manageUserOfAgency(actor: Actor, target: Target): Decision {
  if (!has(actor, Role.AGENCY_ADMIN)) return refuse('only an agency admin manages users');
  if (target.agencyId !== actor.agencyId) return hide('user of another agency');
  const forbiddenRole = (target.roles ?? []).find((r) => !GRANTABLE_BY_AGENCY_ADMIN.includes(r));
  if (forbiddenRole) return refuse(`an agency admin may not grant ${forbiddenRole}`);
  return ALLOW;
}

export function decide(actor: Actor, action: Action, target: Target = {}): Decision {
  switch (action) {
    case 'state:create':
    case 'agency:create':
      return has(actor, Role.PLATFORM_ADMIN) ? ALLOW : refuse('only a platform admin manages States and agencies');
    case 'user:create':
      // The platform admin bootstraps a new agency with its first agency admin, nothing more.
      if (
        has(actor, Role.PLATFORM_ADMIN) &&
        target.roles?.length &&
        target.roles.every((r) => r === Role.AGENCY_ADMIN)
      ) {
        return ALLOW;
      }
      return manageUserOfAgency(actor, target);
    case 'user:disable':
    case 'user:grant-roles':
    case 'user:list':
      return manageUserOfAgency(actor, target);
    case 'audit:read':
      if (!has(actor, Role.AUDITOR)) return refuse('only an auditor reads the audit trail');
      return target.stateCode === actor.stateCode ? ALLOW : hide('audit trail of another State');
    case 'notification:read':
      return target.ownerUserId === actor.userId ? ALLOW : hide('notification of another user');
  }
}
