import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { ImplementationStatus, ReportActionType, ReportStatus } from '@tracker/domain';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity';
import { StateEntity } from '../states/state.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A State's implementation report on one or many of its recommendations, through the OHCHR
 * validation workflow (libs/domain report-workflow). Archived, never deleted.
 */
@Entity({ name: 'implementation_report' })
@Index('IDX_implementation_report_state_status', ['stateIso3', 'status'])
@Check('CHK_implementation_report_status', "\"status\" IN ('draft', 'submitted', 'returned', 'validated', 'published')")
@Check('CHK_implementation_report_period', '"period_from" <= "period_to"')
export class ImplementationReportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_implementation_report_state' })
  state?: StateEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: ReportStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ name: 'measures_taken', type: 'text' })
  measuresTaken!: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  /** Date (on the application clock) of the submission that counts; null until first submitted. */
  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn!: string | null;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_implementation_report_created_by' })
  creator?: UserEntity;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** One recommendation a report covers, with the status the State claims for it. */
@Entity({ name: 'implementation_report_item' })
@Index('IDX_implementation_report_item_recommendation', ['recommendationId'])
@Check('CHK_implementation_report_item_status', "\"claimed_status\" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')")
export class ImplementationReportItemEntity {
  @PrimaryColumn({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ImplementationReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_implementation_report_item_report' })
  report?: ImplementationReportEntity;

  @PrimaryColumn({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_implementation_report_item_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ name: 'claimed_status', type: 'varchar', length: 32 })
  claimedStatus!: ImplementationStatus;
}

/** An institution the report names as responsible for the measures. */
@Entity({ name: 'implementation_report_institution' })
export class ImplementationReportInstitutionEntity {
  @PrimaryColumn({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ImplementationReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_implementation_report_institution_report' })
  report?: ImplementationReportEntity;

  @PrimaryColumn({ name: 'stakeholder_id', type: 'integer' })
  stakeholderId!: number;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stakeholder_id', foreignKeyConstraintName: 'FK_implementation_report_institution_stakeholder' })
  stakeholder?: StakeholderEntity;
}

/** Evidence of a report: a file stored privately under DATA_DIR (with its SHA-256), or a link. */
@Entity({ name: 'report_evidence' })
@Index('IDX_report_evidence_report', ['reportId'])
@Check('CHK_report_evidence_kind', "\"kind\" IN ('file', 'link')")
@Check(
  'CHK_report_evidence_shape',
  "(\"kind\" = 'link' AND \"url\" IS NOT NULL AND \"storage_key\" IS NULL) OR (\"kind\" = 'file' AND \"url\" IS NULL AND \"storage_key\" IS NOT NULL AND \"sha256\" IS NOT NULL AND \"size_bytes\" IS NOT NULL)",
)
export class ReportEvidenceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ImplementationReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_evidence_report' })
  report?: ImplementationReportEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'file' | 'link';

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'content_type', type: 'varchar', length: 128, nullable: true })
  contentType!: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** Path of the file relative to the evidence folder; never sent to clients. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey!: string | null;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'FK_report_evidence_added_by' })
  adder?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** One step of a report's workflow: who moved it from which status to which, with the comments of a return. */
@Entity({ name: 'report_transition' })
@Index('IDX_report_transition_report', ['reportId'])
export class ReportTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ImplementationReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_transition_report' })
  report?: ImplementationReportEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: ReportActionType | 'create';

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: ReportStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ReportStatus;

  @Column({ type: 'text', nullable: true })
  comments!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_report_transition_actor' })
  actor?: UserEntity;

  /** The application's date of the step (its clock), for the deadlines. */
  @Column({ name: 'on_date', type: 'date' })
  onDate!: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
