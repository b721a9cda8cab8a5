import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { TreatyBodyCode } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** An initial or periodic report owed to a committee: when it was due, when it arrived. */
@Entity({ name: 'treaty_report' })
@Index('UQ_treaty_report_key', ['stateIso3', 'bodyCode', 'reportType', 'dueOn'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_treaty_report_type', "\"report_type\" IN ('initial', 'periodic')")
export class TreatyReportEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_treaty_report_state' })
  state?: StateEntity;

  @Column({ name: 'body_code', type: 'varchar', length: 16 })
  bodyCode!: TreatyBodyCode;

  @Column({ name: 'report_type', type: 'varchar', length: 16 })
  reportType!: 'initial' | 'periodic';

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn!: string | null;
}
