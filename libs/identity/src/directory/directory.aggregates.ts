import { EntityManager } from 'typeorm';
import { Aggregate } from '@app/commands';
import { DomainEvent } from '@app/events';
import { AgencyKind, Role } from '@app/kernel';
import { AgencyView, UserEnrolment } from '../identity.views';

/**
 * The directory's aggregates as the command step knows them. A State and an agency are created
 * once and never changed (so they keep no version); a user is changed by its agency's admins.
 */

export interface StateRow {
  readonly code: string;
  readonly name: string;
}

export interface AgencyRow {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly stateCode: string;
  readonly stateName: string;
}

/** What the rules of a user's administration decide on. */
export interface UserRow {
  readonly id: string;
  readonly agencyId: string;
  readonly roles: Role[];
  readonly disabledAt: Date | null;
  readonly lockedUntil: Date | null;
  readonly version: number;
}

const STATE_COLUMNS = `t.code, t.name`;

export const STATE_EXISTS = 'state already exists';

export const STATES: Aggregate<StateRow, 'state:create'> = {
  type: 'state',
  table: 'state',
  noun: 'the State',
  duplicate: STATE_EXISTS,
  returning: STATE_COLUMNS,
  read: async (m: EntityManager, code: string) => ((await m.query(`SELECT ${STATE_COLUMNS} FROM state t WHERE t.code = $1`, [code])) as StateRow[])[0] ?? null,
  target: () => ({}),
  version: () => null,
};

// The State's name comes along (a subquery, so an INSERT's RETURNING gives it too).
const AGENCY_COLUMNS = `t.id, t.name, t.kind, t.state_code AS "stateCode", (SELECT s.name FROM state s WHERE s.code = t.state_code) AS "stateName"`;

const readAgency = async (m: EntityManager, id: string) =>
  ((await m.query(`SELECT ${AGENCY_COLUMNS} FROM agency t WHERE t.id = $1`, [id])) as AgencyRow[])[0] ?? null;

export const AGENCIES: Aggregate<AgencyRow, 'agency:create'> = {
  type: 'agency',
  table: 'agency',
  noun: 'the agency',
  duplicate: 'agency already exists',
  returning: AGENCY_COLUMNS,
  read: readAgency,
  target: (agency) => ({ stateCode: agency.stateCode }),
  version: () => null,
};

/** An agency as the platform admin gives it its first administrator: the agency's row is left as it is, a user is added. */
export const AGENCY_ADMINISTRATION: Aggregate<AgencyRow, 'agency:first-admin'> = {
  ...AGENCIES,
  duplicate: 'user already exists',
  target: () => ({}),
};

const USER_COLUMNS = `t.id, t.agency_id AS "agencyId", t.roles, t.disabled_at AS "disabledAt", t.locked_until AS "lockedUntil", t.version`;

export type UserAction = 'user:create' | 'user:disable' | 'user:enable' | 'user:unlock' | 'user:grant-roles' | 'user:list' | 'user:reset-password';

/**
 * Users as an agency admin manages them. `roles`: those the policy judges — the ones being
 * given, or 'own' for the roles the user holds (so no admin takes over an account it could not
 * create); none for the commands any user of the agency may be the target of.
 */
export function managedUsers(roles?: readonly Role[] | 'own'): Aggregate<UserRow, UserAction> {
  return {
    type: 'user',
    table: 'app_user',
    noun: 'the user',
    // The only unique key a user's row has is the e-mail address.
    duplicate: 'user already exists',
    returning: USER_COLUMNS,
    read: async (m: EntityManager, id: string) => ((await m.query(`SELECT ${USER_COLUMNS} FROM app_user t WHERE t.id = $1`, [id])) as UserRow[])[0] ?? null,
    target: (user) => ({ agencyId: user.agencyId, roles: roles === 'own' ? user.roles : roles }),
    version: (user) => user.version,
  };
}

/** An agency as the directory shows it. */
export function agencyView(agency: AgencyRow): AgencyView {
  return { id: agency.id, name: agency.name, kind: agency.kind, state: { code: agency.stateCode, name: agency.stateName } };
}

/** The columns of a new user's row: its address kept in lower case, its roles once each. */
export function newUserColumns(id: string, agencyId: string, user: UserEnrolment, passwordHash: string, passwordChangeRequired: boolean) {
  return {
    id,
    email: user.email.trim().toLowerCase(),
    display_name: user.displayName,
    password_hash: passwordHash,
    password_change_required: passwordChangeRequired,
    agency_id: agencyId,
    roles: [...new Set(user.roles)],
  };
}

/** What other contexts hear of a change to a user (notifications, mail preferences ...). */
export function userChanged(
  type: 'identity.user-created' | 'identity.user-disabled' | 'identity.user-roles-changed',
  userId: string,
  agencyId: string,
): DomainEvent {
  return { type, aggregateType: 'user', aggregateId: userId, payload: { userId, agencyId } };
}
