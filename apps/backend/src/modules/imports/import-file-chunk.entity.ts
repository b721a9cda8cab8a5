import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImportRunEntity } from './import-run.entity';

/**
 * An uploaded file, kept in the database in 1 MiB pieces until its import completes, so a worker
 * on another machine can read it as a stream with nothing shared but the database.
 */
@Entity({ name: 'import_file_chunk' })
export class ImportFileChunkEntity {
  @PrimaryColumn({ name: 'import_id', type: 'integer' })
  importId!: number;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => ImportRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'FK_import_file_chunk_import' })
  importRun?: ImportRunEntity;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
