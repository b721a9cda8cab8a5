import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** A standing invitation to the thematic special procedures, and its withdrawal if any. */
@Entity({ name: 'standing_invitation' })
@Index('UQ_standing_invitation_key', ['stateIso3', 'extendedOn'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_standing_invitation_dates', '"withdrawn_on" IS NULL OR "withdrawn_on" >= "extended_on"')
export class StandingInvitationEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_standing_invitation_state' })
  state?: StateEntity;

  @Column({ name: 'extended_on', type: 'date' })
  extendedOn!: string;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn!: string | null;
}
