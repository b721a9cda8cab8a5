import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CommunicationType } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** A special-procedures communication to the State and the date of its reply, if any. */
@Entity({ name: 'sp_communication' })
@Index('UQ_sp_communication_reference', ['stateIso3', 'reference'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_sp_communication_type', "\"type\" IN ('urgent_appeal', 'allegation_letter', 'other_letter')")
@Check('CHK_sp_communication_dates', '"replied_on" IS NULL OR "replied_on" >= "sent_on"')
export class CommunicationEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_sp_communication_state' })
  state?: StateEntity;

  /** OHCHR reference, e.g. 'AL SVN 1/2024'. */
  @Column({ type: 'varchar', length: 64 })
  reference!: string;

  @Column({ type: 'varchar', length: 24 })
  type!: CommunicationType;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;

  @Column({ name: 'replied_on', type: 'date', nullable: true })
  repliedOn!: string | null;
}
