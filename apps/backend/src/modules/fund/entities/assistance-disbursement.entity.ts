import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';

/**
 * Money paid out on an approved request, in the request's currency (minor units). Never changed or
 * deleted: one entered by mistake is voided with a reason and no longer counts.
 */
@Entity({ name: 'assistance_disbursement' })
@Index('IDX_assistance_disbursement_request', ['requestId'])
@Index('IDX_assistance_disbursement_disbursed_on', ['disbursedOn'])
@Check('CHK_assistance_disbursement_amount', '"amount_minor" > 0')
@Check('CHK_assistance_disbursement_void', '("voided_at" IS NULL) = ("voided_by" IS NULL) AND ("voided_at" IS NULL) = ("void_reason" IS NULL)')
export class AssistanceDisbursementEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AssistanceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_assistance_disbursement_request' })
  request?: AssistanceRequestEntity;

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor!: string;

  @Column({ name: 'disbursed_on', type: 'date' })
  disbursedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_assistance_disbursement_recorded_by' })
  recorder?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voided_by', foreignKeyConstraintName: 'FK_assistance_disbursement_voided_by' })
  voider?: UserEntity;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;
}
