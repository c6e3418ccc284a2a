import { AgencyKind, Role } from '@app/kernel';
import { AccountStatus } from './directory/account-status';

/**
 * What identity's services answer and take, as plain types: the GraphQL edge's object and
 * input classes implement them, so no service depends on the API's shapes.
 */

export interface StateView {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly name: string;
}

export interface AgencyView {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly state: StateView;
}

/** A user as the user and the agency admin see the account. */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly agency: AgencyView;
  readonly disabled: boolean;
  readonly status: AccountStatus;
  /** While LOCKED: when the lock-out ends by itself. */
  readonly lockedUntil: Date | null;
  readonly lastSignInAt: Date | null;
  readonly secondFactorEnrolled: boolean;
  readonly secondFactorRequired: boolean;
  readonly passwordChangeRequired: boolean;
}

/** A user just enrolled, with the one-time link's token (shown this once) to choose a password with. */
export interface EnrolledUserView {
  readonly user: UserView;
  readonly setPasswordToken: string;
  readonly setPasswordExpiresAt: Date;
}

/** A password an administrator set, shown this once. */
export interface TemporaryPasswordView {
  readonly password: string;
}

/** An agency as the platform admin manages it: no user's name or address. */
export interface PlatformAgencyView extends AgencyView {
  readonly activeAdministrators: number;
}

/** An agency's first administrator, with the temporary password shown this once. */
export interface FirstAgencyAdminView {
  readonly user: UserView;
  readonly temporaryPassword: string;
}

export interface NewState {
  readonly code: string;
  /** Defaults to the English name of the country. */
  readonly name?: string | null;
}

export interface NewAgency {
  readonly stateCode: string;
  readonly name: string;
  readonly kind: AgencyKind;
}

/** A user an agency admin enrols: it chooses its password with a one-time link. */
export interface UserEnrolment {
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
}

/** A user created with an initial password, in the caller's agency unless `agencyId` says otherwise. */
export interface NewUser extends UserEnrolment {
  readonly password: string;
  readonly agencyId?: string | null;
}

export interface RoleChange {
  readonly userId: string;
  readonly roles: Role[];
}

export interface NewFirstAgencyAdmin {
  readonly agencyId: string;
  readonly email: string;
  readonly displayName: string;
}

/** Which page of an agency's users, optionally only those in one status. */
export interface AgencyUsersQuery {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly status?: AccountStatus | null;
}

/** A session begun or renewed: its tokens and the user it is of. */
export interface AuthPayloadView {
  /** Short-lived JWT for the Authorization: Bearer header. */
  readonly accessToken: string;
  /** Single-use; rotates on every refresh. */
  readonly refreshToken: string;
  readonly accessTokenExpiresAt: Date;
  /** The web console ends a session left idle this long. */
  readonly idleLockSeconds: number;
  readonly user: UserView;
}

export interface SignInCommand {
  readonly email: string;
  readonly password: string;
  /** For a user with a second factor: the current TOTP code, or an unused recovery code. */
  readonly oneTimeCode?: string | null;
}

/** One of the caller's open sessions. */
export interface UserSessionView {
  readonly id: string;
  readonly startedAt: Date;
  readonly lastActiveAt: Date;
  readonly userAgent: string | null;
  readonly address: string | null;
  /** The session the request was made in. */
  readonly current: boolean;
}
