import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AssessmentOrigin, ImplementationStatus } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';

/**
 * An assessment of how far a recommendation is implemented: a State's own report or an
 * independent civil-society assessment. Only the content lives here; who filed it lives in
 * `assessment_source`, read only by OHCHR and the filer, every read audited.
 */
@Entity({ name: 'assessment' })
@Index('IDX_assessment_recommendation', ['recommendationId'])
@Check('CHK_assessment_origin', "\"origin\" IN ('state', 'civil_society')")
@Check('CHK_assessment_status', "\"status\" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')")
export class AssessmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_assessment_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 16 })
  origin!: AssessmentOrigin;

  @Column({ type: 'varchar', length: 32 })
  status!: ImplementationStatus;

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
