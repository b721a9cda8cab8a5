import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_ORIGINS, IMPORT_STATUSES, type ImportOrigin, type ImportStatus } from '../import-run.entity';
import type { ImportContainer, ImportFormat, IssueSeverity } from '../parsers/types';

const IMPORT_FORMATS: readonly ImportFormat[] = ['upr_info', 'ohchr_matrix', 'uhri'];
const IMPORT_CONTAINERS: readonly ImportContainer[] = ['csv', 'xls', 'xlsx', 'docx'];
const ISSUE_SEVERITIES: readonly IssueSeverity[] = ['error', 'warning'];

export class ImportProgressDto {
  @ApiProperty({ type: 'integer', description: 'Source rows written or reported so far.' }) rowsDone!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Source rows in the file; null while a streamed CSV is still being read.' })
  rowsTotal!: number | null;
  @ApiProperty({ description: 'Share done, 0–100 (from the bytes read while the row total is unknown).' }) percent!: number;
  @ApiProperty({ description: 'Source rows per second since the import started.' }) rowsPerSecond!: number;
  @ApiProperty({ type: 'integer', description: 'Errors in the row report so far (each rejects its row).' }) errors!: number;
  @ApiProperty({ type: 'integer', description: 'Warnings in the row report so far (the row is kept).' }) warnings!: number;
}

export class ImportSummaryDto {
  @ApiProperty({ type: 'integer' }) rowsRead!: number;
  @ApiProperty({ type: 'integer', description: 'Recommendations created.' }) created!: number;
  @ApiProperty({ type: 'integer', description: 'Recommendations changed by this file (each change is in the audit log).' }) updated!: number;
  @ApiProperty({ type: 'integer', description: 'Recommendations already as the file has them.' }) unchanged!: number;
  @ApiProperty({ type: 'integer', description: 'Recommending-State links of the file\'s recommendations.' }) recommendingStateLinks!: number;
  @ApiProperty({ type: 'integer', description: 'Voluntary pledges in the file (created, updated or unchanged).' }) pledges!: number;
  @ApiProperty({ type: 'integer' }) pledgesCreated!: number;
  @ApiProperty({ type: 'integer' }) pledgesUpdated!: number;
  @ApiProperty({ type: 'integer' }) pledgesUnchanged!: number;
  @ApiProperty({ type: 'integer', description: 'Source rows rejected; each has an error in the row report.' }) rejected!: number;
  @ApiProperty({ type: 'integer', description: 'Source rows that are statements, not recommendations (reported as warnings).' }) statements!: number;
}

export class ImportDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: 'integer', description: 'Bytes.' }) fileSize!: number;
  @ApiProperty({ enum: IMPORT_FORMATS, enumName: 'ImportFormat', nullable: true }) format!: ImportFormat | null;
  @ApiProperty({ enum: IMPORT_CONTAINERS, enumName: 'ImportContainer', nullable: true }) container!: ImportContainer | null;
  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'ImportStatus' }) status!: ImportStatus;
  @ApiProperty({ enum: IMPORT_ORIGINS, enumName: 'ImportOrigin' }) origin!: ImportOrigin;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the import failed, when it did.' }) failure!: string | null;
  @ApiProperty({ type: ImportProgressDto }) progress!: ImportProgressDto;
  @ApiProperty({ type: ImportSummaryDto }) summary!: ImportSummaryDto;
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportDto] }) items!: ImportDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ImportIssueDto {
  @ApiProperty({ type: 'integer', description: 'Line (CSV) or row (spreadsheet, Word table) as a person sees it; 0 for the whole file.' })
  rowNumber!: number;
  @ApiProperty({ description: 'The column as the file names it.' }) column!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ISSUE_SEVERITIES, enumName: 'IssueSeverity' }) severity!: IssueSeverity;
}

export class ImportIssuePageDto {
  @ApiProperty({ type: [ImportIssueDto] }) items!: ImportIssueDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
