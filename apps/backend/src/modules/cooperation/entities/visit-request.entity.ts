import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { VisitStatus } from '@tracker/domain';
import { StateEntity } from '../../states/state.entity';
import { CooperationRecordBase } from './cooperation-record.base';

export interface VisitEvent {
  readonly status: VisitStatus;
  readonly on: string;
}

/**
 * A special procedure's request to visit the State, with its status history (OHCHR vocabulary).
 * The history is small and always read whole, so it is kept as a JSON array in date order.
 */
@Entity({ name: 'visit_request' })
@Index('UQ_visit_request_key', ['stateIso3', 'mandate', 'requestedOn'], { unique: true, where: '"archived_at" IS NULL' })
export class VisitRequestEntity extends CooperationRecordBase {
  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_visit_request_state' })
  state?: StateEntity;

  /** Mandate that asked, e.g. 'SR on freedom of expression'. */
  @Column({ type: 'text' })
  mandate!: string;

  /** Date of the first request (the first event of the history). */
  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  /** Latest status, kept with the history it summarises. */
  @Column({ name: 'current_status', type: 'varchar', length: 16 })
  currentStatus!: VisitStatus;

  @Column({ type: 'jsonb' })
  history!: VisitEvent[];
}
