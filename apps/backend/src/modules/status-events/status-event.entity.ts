import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AssertingParty, ImplementationStatus, StatusEventSource } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';

/**
 * One status claim about one recommendation: who asserts it, from when, on what record.
 * Claims are appended, never edited; a later record for the same day corrects an earlier one.
 * `public` is true only for claims everyone may see (published, not confidential): public
 * figures and the registry's current status are computed from those alone.
 */
@Entity({ name: 'status_event' })
@Index('IDX_status_event_recommendation', ['recommendationId', 'party', 'effectiveOn'])
@Index('IDX_status_event_effective_on', ['effectiveOn'])
@Check('CHK_status_event_party', "\"party\" IN ('state', 'nhri', 'ngo', 'un_entity', 'ohchr')")
@Check('CHK_status_event_status', "\"status\" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')")
@Check('CHK_status_event_source', "\"source\" IN ('state_report', 'assessment', 'ohchr')")
export class StatusEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_status_event_id' })
  id!: string;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_status_event_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 16 })
  party!: AssertingParty;

  @Column({ type: 'varchar', length: 32 })
  status!: ImplementationStatus;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  source!: StatusEventSource;

  /** Id of the report or assessment the claim comes from; null for OHCHR's own records. */
  @Column({ name: 'source_id', type: 'text', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'boolean', default: false })
  public!: boolean;
}
