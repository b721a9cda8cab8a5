import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { GradeScale } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A treaty body's follow-up grade of one recommendation, recorded by OHCHR; always with its
 * scale (CCPR since 2013 A–E, the older CCPR scale A–E with B1…D2, or fully/partially/not).
 * A separate, official assessment: it is not a status claim.
 */
@Entity({ name: 'recommendation_grade' })
@Index('IDX_recommendation_grade_recommendation', ['recommendationId', 'assessedOn'])
@Check('CHK_recommendation_grade_scale', "\"scale\" IN ('ccpr_2013', 'ccpr_legacy', 'implementation')")
export class RecommendationGradeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_grade_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 16 })
  scale!: GradeScale;

  @Column({ type: 'varchar', length: 32 })
  grade!: string;

  /** Date of the committee's assessment (its follow-up report). */
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  /** Where the grade is published, e.g. CCPR/C/128/3. */
  @Column({ name: 'source_document', type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_recommendation_grade_recorded_by' })
  recorder?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
