import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity';
import { StateEntity } from '../states/state.entity';
import { UserEntity } from '../users/user.entity';
import { AssessmentEntity } from './assessment.entity';

/**
 * Who filed an assessment: the organisation (civil society) or the State, and the author.
 * Kept apart from the content so that no query for content can carry it by accident.
 */
@Entity({ name: 'assessment_source' })
@Index('IDX_assessment_source_organisation', ['organisationId'])
@Index('IDX_assessment_source_state', ['stateIso3'])
export class AssessmentSourceEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'integer' })
  assessmentId!: number;

  @OneToOne(() => AssessmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'FK_assessment_source_assessment' })
  assessment?: AssessmentEntity;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_assessment_source_organisation' })
  organisation?: StakeholderEntity;

  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3!: string | null;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_assessment_source_state' })
  state?: StateEntity;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'FK_assessment_source_author' })
  author?: UserEntity;

  /** The author's name as it was when filing. */
  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
