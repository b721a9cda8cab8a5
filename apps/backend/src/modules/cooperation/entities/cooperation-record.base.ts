import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every cooperation record shares: the State it is about, optimistic locking, and
 * archiving instead of deletion (flags keep pointing at the records they cite as evidence).
 */
export abstract class CooperationRecordBase {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** ISO 3166-1 alpha-3 of the State the record is about. */
  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  /** Free text: where the information comes from (document symbol, web page). */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
