import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Role } from '@tracker/domain';
import { UserEntity } from './user.entity';

/** An administrator's invitation to open an account with a role and scope; the token is kept only as a hash. */
@Entity({ name: 'invitation' })
@Index('UQ_invitation_token_hash', ['tokenHash'], { unique: true })
@Check('CHK_invitation_role', "\"role\" IN ('administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor')")
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** SHA-256 of the token, hex. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3!: string | null;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @Column({ name: 'institution_ids', type: 'integer', array: true, default: () => "'{}'" })
  institutionIds!: number[];

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'FK_invitation_invited_by' })
  inviter?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
