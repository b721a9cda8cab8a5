import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RecommendationEntity } from '../../recommendations/recommendation.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';

/**
 * A recommendation an assistance request serves (only recommendations addressed to the requesting
 * State; checked by the service). Unlinking sets `unlinked_at`; linking again clears it.
 */
@Entity({ name: 'assistance_request_recommendation' })
@Index('IDX_assistance_request_recommendation_recommendation', ['recommendationId'])
export class AssistanceRequestRecommendationEntity {
  @PrimaryColumn({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @PrimaryColumn({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => AssistanceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_assistance_request_recommendation_request' })
  request?: AssistanceRequestEntity;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_assistance_request_recommendation_recommendation' })
  recommendation?: RecommendationEntity;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;

  @Column({ name: 'unlinked_at', type: 'timestamptz', nullable: true })
  unlinkedAt!: Date | null;
}
