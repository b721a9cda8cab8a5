import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FlagStatus } from '@tracker/domain';
import { FlagEntity } from './flag.entity';

export const FLAG_EVENT_ACTIONS = ['raised', 'start_review', 'confirm', 'dismiss', 'reopened'] as const;
export type FlagEventAction = (typeof FLAG_EVENT_ACTIONS)[number];

/** The history of a flag: raised and reopened by the sweep, reviewed by people. */
@Entity({ name: 'cooperation_flag_event' })
@Index('IDX_cooperation_flag_event_flag', ['flagId', 'id'])
@Check('CHK_cooperation_flag_event_action', "\"action\" IN ('raised', 'start_review', 'confirm', 'dismiss', 'reopened')")
export class FlagEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'flag_id', type: 'integer' })
  flagId!: number;

  @ManyToOne(() => FlagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flag_id', foreignKeyConstraintName: 'FK_cooperation_flag_event_flag' })
  flag?: FlagEntity;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** A user id, or 'system' for the sweep. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: FlagEventAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: FlagStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: FlagStatus;

  /** Window of the firing that raised or reopened the flag. */
  @Column({ name: 'window_key', type: 'varchar', length: 8, nullable: true })
  windowKey!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
