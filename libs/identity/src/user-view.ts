import { EntityManager } from 'typeorm';
import { AgencyKind, Role } from '@app/kernel';
import { UserView } from './identity.views';
import { AccountStatus, accountStatusSql } from './directory/account-status';
import { requiresSecondFactor } from './second-factor/second-factor.rules';

export interface UserViewRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  disabled: boolean;
  status: AccountStatus;
  locked_until: Date | null;
  last_sign_in_at: Date | null;
  password_change_required: boolean;
  second_factor_enrolled: boolean;
  agency_id: string;
  agency_name: string;
  agency_kind: AgencyKind;
  state_code: string;
  state_name: string;
}

/** The columns of a user view (user `u`, agency `a`, State `s`); `now` is the parameter of the instant its status is judged at. */
export const userViewColumns = (now: string) => `
  u.id, u.email, u.display_name, u.roles, u.disabled_at IS NOT NULL AS disabled, u.password_change_required,
  ${accountStatusSql(now)} AS status, CASE WHEN u.locked_until > ${now} THEN u.locked_until END AS locked_until,
  (SELECT max(us.started_at) FROM user_session us WHERE us.user_id = u.id) AS last_sign_in_at,
  EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second_factor_enrolled,
  a.id AS agency_id, a.name AS agency_name, a.kind AS agency_kind,
  s.code AS state_code, s.name AS state_name`;

export const USER_VIEW_FROM = `app_user u JOIN agency a ON a.id = u.agency_id JOIN state s ON s.code = a.state_code`;

const USER_VIEW_SQL = `SELECT ${userViewColumns('now()')} FROM ${USER_VIEW_FROM} WHERE u.id = $1`;

/** A user view row as the view; `secondFactorRoles` is SECOND_FACTOR_REQUIRED_ROLES. */
export function toUserView(row: UserViewRow, secondFactorRoles: string): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    disabled: row.disabled,
    status: row.status,
    lockedUntil: row.locked_until,
    lastSignInAt: row.last_sign_in_at,
    passwordChangeRequired: row.password_change_required,
    secondFactorEnrolled: row.second_factor_enrolled,
    secondFactorRequired: requiresSecondFactor(row.roles, secondFactorRoles),
    agency: {
      id: row.agency_id,
      name: row.agency_name,
      kind: row.agency_kind,
      state: { code: row.state_code, name: row.state_name },
    },
  };
}

/**
 * A user with agency and State, in one query (the `me` hot path). `secondFactorRoles` is
 * SECOND_FACTOR_REQUIRED_ROLES, which decides `secondFactorRequired`.
 */
export async function loadUserView(db: EntityManager, userId: string, secondFactorRoles: string): Promise<UserView | null> {
  const rows: UserViewRow[] = await db.query(USER_VIEW_SQL, [userId]);
  return rows[0] ? toUserView(rows[0], secondFactorRoles) : null;
}

/** The view of a user known to exist (just written, or just read by the step). */
export async function existingUserView(db: EntityManager, userId: string, secondFactorRoles: string): Promise<UserView> {
  const view = await loadUserView(db, userId, secondFactorRoles);
  if (!view) throw new Error(`user ${userId} vanished`);
  return view;
}
