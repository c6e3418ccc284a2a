import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyKind, Role } from '@app/kernel';

@Entity('state')
export class StateRecord {
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Column()
  name: string;
}

@Entity('agency')
export class AgencyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'state_code', type: 'char', length: 2 })
  stateCode: string;

  @Column()
  name: string;

  @Column({ type: 'text' })
  kind: AgencyKind;
}

@Entity('app_user')
export class UserRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  email: string;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'failed_sign_ins', type: 'int' })
  failedSignIns: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'password_change_required', type: 'boolean' })
  passwordChangeRequired: boolean;
}

@Entity('refresh_token')
export class RefreshTokenRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

export const IDENTITY_ENTITIES = [StateRecord, AgencyRecord, UserRecord, RefreshTokenRecord];
