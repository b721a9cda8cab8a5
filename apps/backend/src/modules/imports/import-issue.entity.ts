import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IssueSeverity } from './parsers/types';
import { ImportRunEntity } from './import-run.entity';

/** One line of an import's row-level report: a rejected or doubtful row, or a file-level problem (row 0). */
@Entity({ name: 'import_issue' })
@Index('IDX_import_issue_import', ['importId', 'rowNumber', 'id'])
@Check('CHK_import_issue_severity', "\"severity\" IN ('error', 'warning')")
export class ImportIssueEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'import_id', type: 'integer' })
  importId!: number;

  @ManyToOne(() => ImportRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'FK_import_issue_import' })
  importRun?: ImportRunEntity;

  /** Line (CSV) or row (spreadsheet, Word table) as a person sees it; 0 for the whole file. */
  @Column({ name: 'row_number', type: 'integer' })
  rowNumber!: number;

  /** The column as the file names it. */
  @Column({ type: 'text' })
  column!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 8 })
  severity!: IssueSeverity;
}
