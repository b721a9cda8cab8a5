import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { basename } from 'node:path';
import { In, IsNull, type DataSource, type FindOptionsWhere } from 'typeorm';
import { cooperationAccess, treatyOfRatificationFile, TREATY_BY_CODE, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { RecordProblems, TREATY_RATIFICATION_KIND, type CooperationKind } from './cooperation-kinds';
import { changesOf, OHCHR_ONLY, snapshot } from './cooperation.service';
import { CsvFileError, readCsv, type CsvTable } from './csv/read-csv';
import { isRatificationTable, readRatificationTable, type TableIssue, type TableRow } from './csv/ratification-table';
import { readRecordRows } from './csv/record-rows';
import type { CooperationImportDto, CooperationRecordFieldsDto } from './dto/cooperation-create.dto';
import type { CooperationImportReportDto } from './dto/cooperation-response.dto';
import type { CooperationRecordBase } from './entities/cooperation-record.base';
import { fieldErrorsOf, validateDto } from './validate-dto';

/** What multer hands over (memory storage). */
export interface UploadedCsv {
  readonly originalname: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/** Largest CSV of cooperation records accepted (the ratification tables are ~10 kB). */
export const COOPERATION_CSV_MAX_BYTES = 5 * 1024 * 1024;

interface Candidate {
  readonly line: number;
  readonly input: CooperationRecordFieldsDto;
  readonly columns: ReturnType<CooperationKind['toColumns']>;
}

/**
 * CSV import of cooperation records, with a row-level report: every row goes through the same
 * validation as the API; rows with an error are left out and reported, the others are created or,
 * when a live record has the same natural key, updated (unchanged rows are counted, not rewritten).
 * All writes and their audit rows commit together.
 */
@Injectable()
export class CooperationImportService {
  private readonly required = new Map<CooperationKind, readonly string[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(kind: CooperationKind, actor: Actor, file: UploadedCsv | undefined, dto: CooperationImportDto): Promise<CooperationImportReportDto> {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    if (!file) throw badRequest([{ field: 'file', reason: 'is required (a multipart/form-data part named "file")' }]);
    if (file.size === 0) throw badRequest([{ field: 'file', reason: 'is empty' }]);
    return this.importFile(kind, file.buffer, file.originalname, dto.treaty);
  }

  /** Imports one file; `auditActor` names who acts when there is no request (the command line). */
  async importFile(kind: CooperationKind, buffer: Buffer, fileName: string, treatyCode?: string, auditActor?: string): Promise<CooperationImportReportDto> {
    let table: CsvTable;
    try {
      table = readCsv(buffer);
    } catch (error) {
      if (error instanceof CsvFileError) throw badRequest([{ field: 'file', reason: error.message }]);
      throw error;
    }
    const read = kind === TREATY_RATIFICATION_KIND && isRatificationTable(table.header) ? this.readTable(table, fileName, treatyCode) : await this.readRecords(kind, table);
    const issues: TableIssue[] = [...read.issues];
    const candidates = await this.validate(kind, read.rows, issues);
    const counts = await this.write(kind, candidates, auditActor);
    const rejected = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row)).size;
    return {
      kind: kind.kind,
      fileName: basename(fileName),
      rows: read.rows.length,
      ...counts,
      skipped: read.rows.filter((r) => r.outcome === 'skipped').length,
      rejected,
      issues: issues.sort((a, b) => a.row - b.row),
    };
  }

  private readTable(table: CsvTable, fileName: string, treatyCode: string | undefined): { rows: TableRow[]; issues: TableIssue[] } {
    const treaty = treatyCode ? TREATY_BY_CODE.get(treatyCode) : treatyOfRatificationFile(fileName);
    if (treaty === undefined) {
      throw badRequest([{ field: 'treaty', reason: 'is required for a ratification table whose file name is not hr_status_<treaty>.csv' }]);
    }
    return readRatificationTable(table, treaty, basename(fileName), new Date().getUTCFullYear());
  }

  private async readRecords(kind: CooperationKind, table: CsvTable): Promise<{ rows: TableRow[]; issues: TableIssue[] }> {
    const known = new Map(Object.keys(kind.columns).map((c) => [c.toLowerCase(), c]));
    const unknown = table.header.filter((h) => !known.has(h.toLowerCase()));
    const present = new Set(table.header.map((h) => known.get(h.toLowerCase())));
    const missing = (await this.requiredColumns(kind)).filter((c) => !present.has(c));
    const problems = [
      ...unknown.map((h) => ({ field: 'file', reason: `has an unknown column '${h}' (the columns are ${Object.keys(kind.columns).join(', ')})` })),
      ...(missing.length > 0 ? [{ field: 'file', reason: `lacks the required column(s) ${missing.join(', ')}` }] : []),
    ];
    if (problems.length > 0) throw badRequest(problems);
    return readRecordRows(table, kind.columns);
  }

  /** The columns a record cannot do without: those an empty record is refused for. */
  private async requiredColumns(kind: CooperationKind): Promise<readonly string[]> {
    let required = this.required.get(kind);
    if (required === undefined) {
      try {
        await validateDto(kind.createDto, {});
        required = [];
      } catch (error) {
        if (!(error instanceof BadRequestException)) throw error;
        required = [...new Set(fieldErrorsOf(error).map((e) => e.field.split('.')[0] ?? e.field))];
      }
      this.required.set(kind, required);
    }
    return required;
  }

  private async validate(kind: CooperationKind, rows: readonly TableRow[], issues: TableIssue[]): Promise<Candidate[]> {
    const states = new Set((await this.dataSource.query<{ iso3: string }[]>(`SELECT iso3 FROM state`)).map((s) => s.iso3));
    const seen = new Map<string, number>();
    const candidates: Candidate[] = [];
    for (const row of rows) {
      if (row.outcome !== 'record') continue;
      const error = (field: string, reason: string): void => void issues.push({ row: row.line, field, reason, severity: 'error' });
      let input: CooperationRecordFieldsDto;
      try {
        input = await validateDto(kind.createDto, row.input);
      } catch (e) {
        if (!(e instanceof BadRequestException)) throw e;
        fieldErrorsOf(e).forEach((f) => error(f.field, f.reason));
        continue;
      }
      let columns: Candidate['columns'];
      try {
        columns = kind.toColumns(input);
      } catch (e) {
        if (!(e instanceof RecordProblems)) throw e;
        e.problems.forEach((f) => error(f.field, f.reason));
        continue;
      }
      if (!states.has(input.stateIso3)) {
        error('stateIso3', `unknown State ${input.stateIso3}`);
        continue;
      }
      const key = kind.naturalKey(input);
      const first = seen.get(key);
      if (first !== undefined) {
        error(kind.keyFields.join(', '), `same ${kind.keyFields.join(', ')} as line ${first}: the row is left out`);
        continue;
      }
      seen.set(key, row.line);
      candidates.push({ line: row.line, input, columns });
    }
    return candidates;
  }

  private async write(kind: CooperationKind, candidates: readonly Candidate[], auditActor?: string): Promise<{ created: number; updated: number; unchanged: number }> {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    if (candidates.length === 0) return counts;
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(kind.entity);
      const states = [...new Set(candidates.map((c) => c.input.stateIso3))];
      const live = await repo.find({ where: { stateIso3: In(states), archivedAt: IsNull() } as FindOptionsWhere<CooperationRecordBase>, lock: { mode: 'pessimistic_write' } });
      const byKey = new Map(live.map((r) => [kind.naturalKey(kind.toInput(r)), r]));
      for (const candidate of candidates) {
        const existing = byKey.get(kind.naturalKey(candidate.input));
        if (existing === undefined) {
          const saved = await repo.save(repo.create({ ...candidate.columns, archivedAt: null }));
          await this.audit.record(manager, { action: 'create', entityType: kind.kind, entityId: saved.id, changes: changesOf({}, snapshot(kind, saved)), ...(auditActor ? { actor: auditActor } : {}) });
          counts.created += 1;
          continue;
        }
        const before = snapshot(kind, existing);
        const after = snapshot(kind, repo.merge(repo.create(), existing, candidate.columns));
        if (JSON.stringify(before) === JSON.stringify(after)) {
          counts.unchanged += 1;
          continue;
        }
        const saved = await repo.save(repo.merge(existing, candidate.columns));
        await this.audit.record(manager, { action: 'update', entityType: kind.kind, entityId: saved.id, changes: changesOf(before, snapshot(kind, saved)), ...(auditActor ? { actor: auditActor } : {}) });
        counts.updated += 1;
      }
    });
    return counts;
  }
}
