import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Role } from '@tracker/domain';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity';
import { StateEntity } from '../states/state.entity';

/**
 * A person with a local account. Never deleted: deactivation keeps the row (audit rows and
 * assessment sources point to it). The scope columns depend on the role (see accountScopeProblems).
 */
@Entity({ name: 'user_account' })
@Unique('UQ_user_account_email', ['email'])
@Check('CHK_user_account_role', "\"role\" IN ('administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor')")
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Lower-cased on the way in; unique. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id, PHC string format (algorithm and parameters included). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3!: string | null;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_user_account_state' })
  state?: StateEntity;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_user_account_organisation' })
  organisation?: StakeholderEntity;

  /** Institutions of its State a focal point is bound to (stakeholder ids, checked on every change). */
  @Column({ name: 'institution_ids', type: 'integer', array: true, default: () => "'{}'" })
  institutionIds!: number[];

  /** Base32 TOTP secret once the second factor is enrolled. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  /** Secret offered during enrolment, until a first code confirms it. */
  @Column({ name: 'pending_totp_secret', type: 'text', nullable: true })
  pendingTotpSecret!: string | null;

  /** Last accepted TOTP time step: a code is never accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
