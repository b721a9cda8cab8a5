import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StateEntity } from '../../states/state.entity';

/** One evaluation of the rules for every State (or one), scheduled or asked for; its progress is counted from its States. */
@Entity({ name: 'cooperation_sweep' })
@Index('UQ_cooperation_sweep_job', ['jobKey'], { unique: true })
@Check('CHK_cooperation_sweep_origin', "\"origin\" IN ('schedule', 'manual')")
export class SweepEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  origin!: 'schedule' | 'manual';

  /** Id of the scheduled job that started it, so a retried fan-out finds its sweep instead of starting another. */
  @Column({ name: 'job_key', type: 'text', nullable: true })
  jobKey!: string | null;

  @Column({ name: 'window_key', type: 'varchar', length: 8 })
  windowKey!: string;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  /** The one State asked for; null for all States. */
  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3!: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  /** States to evaluate; known once the sweep fans out. */
  @Column({ type: 'integer', default: 0 })
  total!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One State of a sweep: pending until its job writes its flags (in the same transaction), or failed for good. */
@Entity({ name: 'cooperation_sweep_state' })
@Check('CHK_cooperation_sweep_state_status', "\"status\" IN ('pending', 'done', 'failed')")
export class SweepStateEntity {
  @PrimaryColumn({ name: 'sweep_id', type: 'integer' })
  sweepId!: number;

  @ManyToOne(() => SweepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sweep_id', foreignKeyConstraintName: 'FK_cooperation_sweep_state_sweep' })
  sweep?: SweepEntity;

  @PrimaryColumn({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_cooperation_sweep_state_state' })
  state?: StateEntity;

  @Column({ type: 'varchar', length: 8 })
  status!: 'pending' | 'done' | 'failed';

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
