import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ASSISTANCE_ACTION_TYPES, ASSISTANCE_STATUSES, type AssistanceStatus } from '@tracker/domain';
import { UserEntity } from '../../users/user.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { sqlList } from './sql-list';

/** The lifecycle of a request, one row per step: who moved it from which status to which, when and why. */
@Entity({ name: 'assistance_transition' })
@Index('IDX_assistance_transition_request', ['requestId', 'id'])
@Check('CHK_assistance_transition_action', `"action" IN ('create', ${sqlList(ASSISTANCE_ACTION_TYPES.filter((a) => a !== 'edit'))})`)
@Check('CHK_assistance_transition_to_status', `"to_status" IN (${sqlList(ASSISTANCE_STATUSES)})`)
export class AssistanceTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AssistanceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_assistance_transition_request' })
  request?: AssistanceRequestEntity;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  /** Null for the creation of the draft. */
  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus!: AssistanceStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus!: AssistanceStatus;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_assistance_transition_actor' })
  actor?: UserEntity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** When the step happened (an officer may record a Board decision after the fact). */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  /** When it was recorded. */
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
