import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength, ArrayMinSize } from 'class-validator';
import {
  AccountStatus,
  AgencyUsersQuery,
  AgencyView,
  AuthPayloadView,
  EnrolledUserView,
  MIN_PASSWORD_LENGTH,
  NewAgency,
  NewState,
  NewUser,
  RoleChange,
  SignInCommand,
  StateView,
  TemporaryPasswordView,
  TotpEnrolment,
  UserEnrolment,
  UserSessionView,
  UserView,
} from '@app/identity';
import { AgencyKind, Role } from '@app/kernel';
import { Connection, PageArgs } from '@app/graphql';

registerEnumType(Role, { name: 'Role' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'Whether the account may sign in: active, disabled by an admin, or locked after failed sign-ins' });

@ObjectType('State')
export class StateModel implements StateView {
  @Field({ description: 'ISO 3166-1 alpha-2 code' })
  code: string;

  @Field()
  name: string;
}

@ObjectType('Agency')
export class AgencyModel implements AgencyView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => StateModel)
  state: StateModel;
}

@ObjectType('User')
export class UserModel implements UserView {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => AgencyModel)
  agency: AgencyModel;

  @Field()
  disabled: boolean;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => Date, { nullable: true, description: 'While LOCKED: when the lock-out ends by itself' })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the latest session began (null if the user never signed in)' })
  lastSignInAt: Date | null;

  @Field({ description: 'A second factor (TOTP) is enrolled: sign-in and sensitive operations ask for a one-time code' })
  secondFactorEnrolled: boolean;

  @Field({ description: "The user's roles require a second factor (SECOND_FACTOR_REQUIRED_ROLES); until enrolled, the session may only enrol" })
  secondFactorRequired: boolean;

  @Field({ description: 'The password was set by an administrator; until changed, the session may only change it' })
  passwordChangeRequired: boolean;
}

@ObjectType()
export class UserConnection extends Connection(UserModel) {}

@ArgsType()
export class AgencyUsersArgs extends PageArgs implements AgencyUsersQuery {
  @Field(() => AccountStatus, { nullable: true, description: 'Only the users in this status' })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus | null;
}

@ObjectType()
export class AuthPayload implements AuthPayloadView {
  @Field({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken: string;

  @Field({ description: 'Single-use token for refreshSession; rotates on every use' })
  refreshToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => Int, { description: 'The web console ends a session left idle this long' })
  idleLockSeconds: number;

  @Field(() => UserModel)
  user: UserModel;
}

@InputType()
export class SignInInput implements SignInCommand {
  @Field()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field({ nullable: true, description: 'For a user with a second factor: the current TOTP code, or an unused recovery code' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  oneTimeCode?: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters, not the current one` })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

@ArgsType()
export class OneTimeCodeArgs {
  @Field({ description: 'The current TOTP code of the authenticator, or an unused recovery code' })
  @IsString()
  @MaxLength(64)
  code: string;
}

@ObjectType()
export class TemporaryPassword implements TemporaryPasswordView {
  @Field({ description: 'Shown this once: hand it to the user, who must change it at the next sign-in' })
  password: string;
}

@ObjectType()
export class SecondFactorEnrolment implements TotpEnrolment {
  @Field({ description: 'otpauth://totp/... for an authenticator app' })
  otpauthUri: string;

  @Field({ description: 'The secret in base32, to type in by hand' })
  secret: string;

  @Field({ description: 'The otpauthUri as a QR code: a data:image/png;base64 URL' })
  qrCode: string;
}

@ObjectType()
export class RecoveryCodes {
  @Field(() => [String], { description: 'Shown this once; each signs in (or confirms) once in place of a TOTP code' })
  codes: string[];
}

@ObjectType('UserSession')
export class UserSessionModel implements UserSessionView {
  @Field(() => ID)
  id: string;

  @Field()
  startedAt: Date;

  @Field({ description: 'The last sign-in or refresh (access tokens are renewed every few minutes while in use)' })
  lastActiveAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'Client address at the last sign-in or refresh' })
  address: string | null;

  @Field({ description: 'The session this request was made in' })
  current: boolean;
}

@InputType()
export class CreateStateInput implements NewState {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'code must be an ISO 3166-1 alpha-2 code in upper case' })
  code: string;

  @Field({ nullable: true, description: 'Defaults to the English name of the country' })
  @IsOptional()
  @Length(2, 100)
  name?: string;
}

@InputType()
export class CreateAgencyInput implements NewAgency {
  @Field()
  @Matches(/^[A-Z]{2}$/, { message: 'stateCode must be an ISO 3166-1 alpha-2 code in upper case' })
  stateCode: string;

  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind: AgencyKind;
}

@InputType()
export class CreateUserInput implements NewUser {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @Length(1, 200)
  displayName: string;

  @Field({ description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field(() => ID, { nullable: true, description: "Defaults to the caller's own agency" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

@InputType()
export class EnrolUserInput implements UserEnrolment {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @Length(1, 200)
  displayName: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @IsEnum(Role, { each: true })
  roles: Role[];
}

@ObjectType()
export class EnrolledUser implements EnrolledUserView {
  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: 'Shown this once: the token of the one-time link (/set-password?token=...) the user chooses a password with' })
  setPasswordToken: string;

  @Field({ description: 'When the link stops working (SET_PASSWORD_LINK_HOURS)' })
  setPasswordExpiresAt: Date;
}

@ArgsType()
export class SetPasswordArgs {
  @Field({ description: 'The token of the set-password link' })
  @IsString()
  @MaxLength(128)
  token: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

@InputType()
export class ChangeRolesInput implements RoleChange {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @IsEnum(Role, { each: true })
  roles: Role[];
}
