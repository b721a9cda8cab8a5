import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CooperationRuleId, FlagStatus, RuleCategory, Severity } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';

/**
 * A non-cooperation flag: one per State and rule, raised by the sweep the first time the rule fires
 * and reviewed by people (open → under review → confirmed | dismissed → reopened). Each window in
 * which the rule fired is a FlagWindowEntity with its evidence.
 */
@Entity({ name: 'cooperation_flag' })
@Index('UQ_cooperation_flag_state_rule', ['stateIso3', 'ruleId'], { unique: true })
@Index('IDX_cooperation_flag_status', ['status'])
@Check('CHK_cooperation_flag_status', "\"status\" IN ('open', 'under_review', 'confirmed', 'dismissed', 'reopened')")
@Check('CHK_cooperation_flag_severity', "\"severity\" IN ('low', 'medium', 'high')")
@Check('CHK_cooperation_flag_category', "\"category\" IN ('non_cooperation', 'regression')")
export class FlagEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_cooperation_flag_state' })
  state?: StateEntity;

  @Column({ name: 'rule_id', type: 'varchar', length: 64 })
  ruleId!: CooperationRuleId;

  @Column({ type: 'varchar', length: 16 })
  category!: RuleCategory;

  @Column({ type: 'varchar', length: 16 })
  status!: FlagStatus;

  /** Severity in the latest window in which the rule fired. */
  @Column({ type: 'varchar', length: 8 })
  severity!: Exclude<Severity, 'none'>;

  /** The rule fired in the K consecutive windows up to the latest one (K is configured). */
  @Column({ type: 'boolean' })
  persistent!: boolean;

  @Column({ name: 'first_seen_window', type: 'varchar', length: 8 })
  firstSeenWindow!: string;

  @Column({ name: 'last_seen_window', type: 'varchar', length: 8 })
  lastSeenWindow!: string;

  /** Window in which a reviewer last dismissed the flag (a later firing reopens it). */
  @Column({ name: 'dismissed_in_window', type: 'varchar', length: 8, nullable: true })
  dismissedInWindow!: string | null;

  /** The reviewer's reason for the latest dismissal or confirmation. */
  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
