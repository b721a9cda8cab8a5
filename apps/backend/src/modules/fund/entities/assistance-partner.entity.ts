import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StakeholderEntity } from '../../stakeholders/stakeholder.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';

/** A partner in carrying out the assistance (a stakeholder). Removing one sets `removed_at`. */
@Entity({ name: 'assistance_partner' })
@Index('IDX_assistance_partner_stakeholder', ['stakeholderId'])
export class AssistancePartnerEntity {
  @PrimaryColumn({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @PrimaryColumn({ name: 'stakeholder_id', type: 'integer' })
  stakeholderId!: number;

  @ManyToOne(() => AssistanceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_assistance_partner_request' })
  request?: AssistanceRequestEntity;

  @ManyToOne(() => StakeholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stakeholder_id', foreignKeyConstraintName: 'FK_assistance_partner_stakeholder' })
  stakeholder?: StakeholderEntity;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
