import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';

/** Money paid out on an approved request, in the request's currency (minor units). Never changed or deleted. */
@Entity({ name: 'assistance_disbursement' })
@Index('IDX_assistance_disbursement_request', ['requestId'])
@Index('IDX_assistance_disbursement_disbursed_on', ['disbursedOn'])
@Check('CHK_assistance_disbursement_amount', '"amount_minor" > 0')
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
}
