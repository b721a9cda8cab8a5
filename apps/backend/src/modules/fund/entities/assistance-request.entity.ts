import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ASSISTANCE_ACTIVITY_TYPES, ASSISTANCE_CHANNELS, ASSISTANCE_STATUSES, type AssistanceActivityType, type AssistanceChannel, type AssistanceStatus } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { UserEntity } from '../../users/user.entity';
import { sqlList } from './sql-list';

/**
 * A request to the Voluntary Fund for Financial and Technical Assistance in the implementation of the
 * UPR (HRC res 6/17). Amounts are integer minor units of `currency` (bigint: read as strings, never
 * floats); what was disbursed lives in `assistance_disbursement`. Archived, never deleted.
 */
@Entity({ name: 'assistance_request' })
@Index('IDX_assistance_request_state', ['stateIso3'])
@Index('IDX_assistance_request_status_year', ['status', 'reportingYear'])
@Check('CHK_assistance_request_status', `"status" IN (${sqlList(ASSISTANCE_STATUSES)})`)
@Check('CHK_assistance_request_activity_type', `"activity_type" IN (${sqlList(ASSISTANCE_ACTIVITY_TYPES)})`)
@Check('CHK_assistance_request_channel', `"channel" IN (${sqlList(ASSISTANCE_CHANNELS)})`)
@Check('CHK_assistance_request_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('CHK_assistance_request_requested', '"requested_minor" >= 0')
@Check('CHK_assistance_request_approved', '"approved_minor" IS NULL OR "approved_minor" >= 0')
@Check('CHK_assistance_request_approved_above', '"approved_minor" IS NULL OR "approved_minor" <= "requested_minor" OR "approval_above_request_reason" IS NOT NULL')
export class AssistanceRequestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_assistance_request_state' })
  state?: StateEntity;

  @Column({ name: 'activity_type', type: 'varchar', length: 48 })
  activityType!: AssistanceActivityType;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** When the State consented (HRC res 6/17: assistance with the consent of the country concerned). */
  @Column({ name: 'consent_on', type: 'date', nullable: true })
  consentOn!: string | null;

  /** Who gave the consent (office or person). */
  @Column({ name: 'consent_by', type: 'text', nullable: true })
  consentBy!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: AssistanceChannel;

  /** ISO 4217 code; every amount of the request is in it. */
  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'requested_minor', type: 'bigint', default: 0 })
  requestedMinor!: string;

  /** Null until approved. */
  @Column({ name: 'approved_minor', type: 'bigint', nullable: true })
  approvedMinor!: string | null;

  /** Why more than requested was approved (recorded by an OHCHR officer). */
  @Column({ name: 'approval_above_request_reason', type: 'text', nullable: true })
  approvalAboveRequestReason!: string | null;

  /** Year of the annual report to the Council the request counts in (see reportingYear in libs/domain). */
  @Column({ name: 'reporting_year', type: 'smallint', nullable: true })
  reportingYear!: number | null;

  @Column({ type: 'varchar', length: 24, default: 'draft' })
  status!: AssistanceStatus;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn!: string | null;

  /** Date of approval or decline. */
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'implementation_started_on', type: 'date', nullable: true })
  implementationStartedOn!: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_assistance_request_created_by' })
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
