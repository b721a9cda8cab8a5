import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CooperationRecordKind } from '@tracker/domain';
import { FlagWindowEntity } from './flag-window.entity';

/** A cooperation record a firing relies on: its kind and id, enough to link to it. */
@Entity({ name: 'cooperation_flag_evidence' })
export class FlagEvidenceEntity {
  @PrimaryColumn({ name: 'flag_window_id', type: 'integer' })
  flagWindowId!: number;

  @ManyToOne(() => FlagWindowEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flag_window_id', foreignKeyConstraintName: 'FK_cooperation_flag_evidence_window' })
  flagWindow?: FlagWindowEntity;

  @PrimaryColumn({ name: 'record_kind', type: 'varchar', length: 32 })
  recordKind!: CooperationRecordKind;

  @PrimaryColumn({ name: 'record_id', type: 'integer' })
  recordId!: number;
}
