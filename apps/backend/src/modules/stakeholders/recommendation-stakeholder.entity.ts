import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { StakeholderRole } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { StakeholderEntity } from './stakeholder.entity';

/** A stakeholder's part in following up one recommendation: lead, partner or monitor. */
@Entity({ name: 'recommendation_stakeholder' })
@Index('IDX_recommendation_stakeholder_stakeholder', ['stakeholderId'])
@Check('CHK_recommendation_stakeholder_role', "\"role\" IN ('lead', 'partner', 'monitor')")
export class RecommendationStakeholderEntity {
  @PrimaryColumn({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @PrimaryColumn({ name: 'stakeholder_id', type: 'integer' })
  stakeholderId!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: StakeholderRole;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_stakeholder_recommendation' })
  recommendation?: RecommendationEntity;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stakeholder_id', foreignKeyConstraintName: 'FK_recommendation_stakeholder_stakeholder' })
  stakeholder?: StakeholderEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
