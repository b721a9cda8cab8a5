import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CooperationRuleId, Severity } from '@tracker/domain';
import { FlagEntity } from './flag.entity';

/**
 * The rule fired for the State in one evaluation window. The unique key (state, rule, window)
 * makes the sweep's writes idempotent: a retried or duplicated job updates the same row.
 */
@Entity({ name: 'cooperation_flag_window' })
@Index('UQ_cooperation_flag_window_key', ['stateIso3', 'ruleId', 'windowKey'], { unique: true })
@Index('IDX_cooperation_flag_window_flag', ['flagId'])
@Check('CHK_cooperation_flag_window_severity', "\"severity\" IN ('low', 'medium', 'high')")
export class FlagWindowEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'flag_id', type: 'integer' })
  flagId!: number;

  @ManyToOne(() => FlagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flag_id', foreignKeyConstraintName: 'FK_cooperation_flag_window_flag' })
  flag?: FlagEntity;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'rule_id', type: 'varchar', length: 64 })
  ruleId!: CooperationRuleId;

  /** '2026-Q4', '2026-11' or '2026'. */
  @Column({ name: 'window_key', type: 'varchar', length: 8 })
  windowKey!: string;

  @Column({ type: 'varchar', length: 8 })
  severity!: Exclude<Severity, 'none'>;

  @Column({ type: 'boolean' })
  persistent!: boolean;

  /** What the rule found, in words. */
  @Column({ type: 'text' })
  explanation!: string;

  /** The evaluation date (as of which the rules looked at the records). */
  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
