import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ResponseCode } from '@tracker/domain';
import { RecommendationEntity } from './recommendation.entity';

/** One entry of a recommendation's response history; entries are appended, never edited. */
@Entity({ name: 'recommendation_response' })
@Index('IDX_recommendation_response_recommendation', ['recommendationId'])
@Check('CHK_recommendation_response_value', "\"response\" IN ('supported', 'noted', 'supported_in_part', 'no_response')")
export class RecommendationResponseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, (r) => r.responses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_response_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 32 })
  response!: ResponseCode;

  @Column({ name: 'responded_on', type: 'date', nullable: true })
  respondedOn!: string | null;

  /** The document that carries the position, e.g. the addendum A/HRC/25/5/Add.1. */
  @Column({ name: 'source_document', type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
