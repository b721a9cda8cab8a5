import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** The State is named in the Secretary-General's annual report on reprisals (HRC res 12/2). */
@Entity({ name: 'reprisals_mention' })
@Index('UQ_reprisals_mention_key', ['stateIso3', 'reportYear'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_reprisals_mention_year', '"report_year" BETWEEN 2010 AND 2100')
export class ReprisalsMentionEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_reprisals_mention_state' })
  state?: StateEntity;

  @Column({ name: 'report_year', type: 'smallint' })
  reportYear!: number;

  /** Document symbol, e.g. 'A/HRC/57/60'. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  symbol!: string | null;
}
