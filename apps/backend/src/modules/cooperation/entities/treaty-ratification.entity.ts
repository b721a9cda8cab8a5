import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { TreatyBodyCode } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** A State party to a core treaty or optional protocol (ratification or accession). */
@Entity({ name: 'treaty_ratification' })
@Index('UQ_treaty_ratification_state_treaty', ['stateIso3', 'treaty'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_treaty_ratification_year', '"ratified_year" BETWEEN 1945 AND 2100')
export class TreatyRatificationEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_treaty_ratification_state' })
  state?: StateEntity;

  /** Abbreviation: ICCPR, OP-CAT… (see TREATIES in @tracker/domain). */
  @Column({ type: 'varchar', length: 16 })
  treaty!: string;

  @Column({ name: 'body_code', type: 'varchar', length: 16 })
  bodyCode!: TreatyBodyCode;

  @Column({ name: 'ratified_year', type: 'smallint' })
  ratifiedYear!: number;

  /** The exact date when known; the tables of the UN Treaty Collection give years only. */
  @Column({ name: 'ratified_on', type: 'date', nullable: true })
  ratifiedOn!: string | null;
}
