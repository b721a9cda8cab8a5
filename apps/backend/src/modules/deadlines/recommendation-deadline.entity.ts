import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DeadlineKind, QualifyingReportKind } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';

/**
 * A deadline of one recommendation, as `computeDeadlines` computed it from the recorded inputs,
 * with the date of the earliest document that meets it. Rewritten whenever an input changes;
 * a deadline that no longer applies is archived.
 */
@Entity({ name: 'recommendation_deadline' })
@Index('UQ_recommendation_deadline_kind', ['recommendationId', 'kind'], { unique: true })
/** The overdue list: in due-date order (most late first), checking overdue_from from the index. */
@Index('IDX_recommendation_deadline_overdue', ['dueOn', 'overdueFrom'], { where: '"archived_at" IS NULL AND "overdue_from" IS NOT NULL' })
@Check(
  'CHK_recommendation_deadline_kind',
  "\"kind\" IN ('upr_response', 'upr_mid_term_report', 'upr_next_review', 'treaty_follow_up_report', 'treaty_periodic_report', 'communication_reply')",
)
export class RecommendationDeadlineEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_deadline_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 32 })
  kind!: DeadlineKind;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  /** First day on which it is overdue when nothing meets it (due date + grace + 1); null for a milestone. */
  @Column({ name: 'overdue_from', type: 'date', nullable: true })
  overdueFrom!: string | null;

  /** Documents that meet it; empty for a calendar milestone. */
  @Column({ name: 'qualifying_kinds', type: 'text', array: true })
  qualifyingKinds!: QualifyingReportKind[];

  @Column({ name: 'grace_days', type: 'integer', default: 0 })
  graceDays!: number;

  @Column({ type: 'boolean', default: false })
  voluntary!: boolean;

  /** How it was computed, and the source of the rule. */
  @Column({ type: 'text' })
  basis!: string;

  @Column({ type: 'text' })
  source!: string;

  /** Date of the earliest qualifying document on or after `opens_on`; null while none. */
  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn!: string | null;

  /** That document, e.g. 'implementation_report:12'. */
  @Column({ name: 'met_by', type: 'text', nullable: true })
  metBy!: string | null;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/**
 * Whether a recommendation's deadlines must be recomputed. Database triggers set `stale` when an
 * input changes, whoever changes it (the registry, an import, a UPR review date, a treaty report);
 * the deadlines service recomputes stale rows (see docs/follow-up.md).
 */
@Entity({ name: 'recommendation_deadline_state' })
@Index('IDX_recommendation_deadline_state_stale', ['recommendationId'], { where: '"stale"' })
export class RecommendationDeadlineStateEntity {
  @PrimaryColumn({ name: 'recommendation_id', type: 'integer', primaryKeyConstraintName: 'PK_recommendation_deadline_state' })
  recommendationId!: number;

  @OneToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_deadline_state_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'boolean', default: true })
  stale!: boolean;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt!: Date | null;
}
