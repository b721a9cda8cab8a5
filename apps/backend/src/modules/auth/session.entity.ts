import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Where a session is in the sign-in: waiting for a TOTP code, for a TOTP enrolment, or complete. */
export type SessionStage = 'second_factor' | 'enrol_second_factor' | 'complete';

/**
 * A browser session. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database opens no session. Ended sessions keep their row (revoked_at, revoked_reason).
 */
@Entity({ name: 'user_session' })
@Index('UQ_user_session_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_user_session_user', ['userId'])
@Check('CHK_user_session_stage', "\"stage\" IN ('second_factor', 'enrol_second_factor', 'complete')")
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 24 })
  stage!: SessionStage;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
