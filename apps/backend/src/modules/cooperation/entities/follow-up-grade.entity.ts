import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { GradeScale, TreatyBodyCode } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

/** One grade of a committee's follow-up assessment; grades of one body on one day form a round. */
@Entity({ name: 'follow_up_grade' })
@Index('UQ_follow_up_grade_key', ['stateIso3', 'bodyCode', 'assessedOn', 'paragraph'], { unique: true, where: '"archived_at" IS NULL' })
@Check('CHK_follow_up_grade_scale', "\"scale\" IN ('ccpr_2013', 'ccpr_legacy', 'implementation')")
export class FollowUpGradeEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_follow_up_grade_state' })
  state?: StateEntity;

  @Column({ name: 'body_code', type: 'varchar', length: 16 })
  bodyCode!: TreatyBodyCode;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  /** Paragraph of the concluding observations graded, e.g. '12'. */
  @Column({ type: 'varchar', length: 32 })
  paragraph!: string;

  /** The grade always travels with its scale. */
  @Column({ type: 'varchar', length: 16 })
  scale!: GradeScale;

  @Column({ type: 'varchar', length: 32 })
  grade!: string;
}
