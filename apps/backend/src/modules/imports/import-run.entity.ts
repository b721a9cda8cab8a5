import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_ORIGINS = ['upload', 'cli'] as const;
export type ImportOrigin = (typeof IMPORT_ORIGINS)[number];

/**
 * One import of one file: what it is, how far it got and what it did. Counters are updated in the
 * same transaction as each written batch, so they always describe committed data; `batches_done`
 * is the checkpoint a retried job resumes from.
 */
@Entity({ name: 'import_run' })
@Check('CHK_import_run_status', "\"status\" IN ('queued', 'running', 'completed', 'failed')")
@Check('CHK_import_run_origin', "\"origin\" IN ('upload', 'cli')")
@Index('IDX_import_run_created_at', ['createdAt'])
export class ImportRunEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'file_size', type: 'bigint' })
  fileSize!: string;

  /** Detected format: upr_info, ohchr_matrix or uhri. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  format!: string | null;

  /** csv, xls, xlsx or docx. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  container!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: ImportStatus;

  @Column({ type: 'varchar', length: 8 })
  origin!: ImportOrigin;

  /** Facts given with the file (State under review, UPR session) for documents that may omit them. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  options!: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  /** Source rows in the file; null while unknown (a streamed CSV is counted as it is read). */
  @Column({ name: 'rows_total', type: 'integer', nullable: true })
  rowsTotal!: number | null;

  @Column({ name: 'rows_done', type: 'integer', default: 0 })
  rowsDone!: number;

  @Column({ name: 'bytes_done', type: 'bigint', default: 0 })
  bytesDone!: string;

  @Column({ name: 'batches_done', type: 'integer', default: 0 })
  batchesDone!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ name: 'pledges_created', type: 'integer', default: 0 })
  pledgesCreated!: number;

  @Column({ name: 'pledges_updated', type: 'integer', default: 0 })
  pledgesUpdated!: number;

  @Column({ name: 'pledges_unchanged', type: 'integer', default: 0 })
  pledgesUnchanged!: number;

  @Column({ name: 'recommending_state_links', type: 'integer', default: 0 })
  recommendingStateLinks!: number;

  /** Source rows left out because of an error (each has an error in the report). */
  @Column({ type: 'integer', default: 0 })
  rejected!: number;

  /** Source rows that are statements, not recommendations (UPR Info "(Unknown)"), reported as warnings. */
  @Column({ type: 'integer', default: 0 })
  statements!: number;

  @Column({ type: 'integer', default: 0 })
  errors!: number;

  @Column({ type: 'integer', default: 0 })
  warnings!: number;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
