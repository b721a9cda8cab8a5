import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { UprStepStatus } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

const STEP_CHECK = (column: string): string => `"${column}" IN ('done', 'missed', 'pending')`;

/** One UPR review of a State and its five participation steps (UPR Info + ISHR, HRC22, 2013). */
@Entity({ name: 'upr_participation' })
@Index('UQ_upr_participation_state_session', ['stateIso3', 'session'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_upr_participation_cycle', '"cycle" BETWEEN 1 AND 9')
@Check('CHK_upr_participation_national_report', STEP_CHECK('national_report'))
@Check('CHK_upr_participation_troika', STEP_CHECK('troika'))
@Check('CHK_upr_participation_interactive_dialogue', STEP_CHECK('interactive_dialogue'))
@Check('CHK_upr_participation_responses', STEP_CHECK('responses'))
@Check('CHK_upr_participation_mid_term_report', STEP_CHECK('mid_term_report'))
@Check('CHK_upr_participation_counts', '"without_response_count" IS NULL OR ("recommendations_count" IS NOT NULL AND "without_response_count" BETWEEN 0 AND "recommendations_count")')
export class UprParticipationEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_upr_participation_state' })
  state?: StateEntity;

  @Column({ type: 'smallint' })
  cycle!: number;

  /** UPR Working Group session. */
  @Column({ type: 'smallint' })
  session!: number;

  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  @Column({ name: 'national_report', type: 'varchar', length: 8 })
  nationalReport!: UprStepStatus;

  @Column({ type: 'varchar', length: 8 })
  troika!: UprStepStatus;

  @Column({ name: 'interactive_dialogue', type: 'varchar', length: 8 })
  interactiveDialogue!: UprStepStatus;

  @Column({ type: 'varchar', length: 8 })
  responses!: UprStepStatus;

  @Column({ name: 'mid_term_report', type: 'varchar', length: 8 })
  midTermReport!: UprStepStatus;

  /** Date the Council plenary adopted the outcome; null before. */
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn!: string | null;

  /** Recommendations received; null to count them in the registry (body UPR, this State and session). */
  @Column({ name: 'recommendations_count', type: 'integer', nullable: true })
  recommendationsCount!: number | null;

  /** Recommendations without a response at adoption; null to count them in the registry. */
  @Column({ name: 'without_response_count', type: 'integer', nullable: true })
  withoutResponseCount!: number | null;
}
