import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import * as ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import type { RecommendationFilterDto } from '../recommendations/dto/recommendation-query.dto';
import type { OpenDataPageDto, OpenDataQueryDto, OpenDataRecommendationDto } from './dto/open-data.dto';
import { csvCell, EXPORT_COLUMNS } from './export-columns';
import { ExportsRepository, type ExportRow } from './exports.repository';

/** Rows fetched per query while an export streams: memory holds one batch, whatever the total. */
export const EXPORT_BATCH = 1000;
const OPEN_DATA_DEFAULT_LIMIT = 100;

/** Resolves when a piped-into stream has room again (or is gone: the client left). */
function roomIn(stream: PassThrough): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

function toOpenData(row: ExportRow): OpenDataRecommendationDto {
  return {
    id: row.id,
    mechanism: row.mechanism as OpenDataRecommendationDto['mechanism'],
    body: row.body_code,
    stateIso3: row.state_iso3,
    stateName: row.state_name,
    cycle: row.cycle,
    session: row.session,
    documentSymbol: row.document_symbol,
    paragraph: row.paragraph,
    text: row.text,
    language: row.language,
    issuedOn: row.issued_on,
    actionCategory: row.action_category,
    source: row.source,
    externalId: row.external_id,
    response: row.current_response as OpenDataRecommendationDto['response'],
    status: row.current_status as OpenDataRecommendationDto['status'],
    recommendingStates: row.recommending_states.map((s) => ({ iso3: s.code, name: s.name })),
    themes: row.themes,
    affectedPersons: row.affected_persons,
    sdgs: row.sdgs,
    responses: row.responses.map((r) => ({ ...r, response: r.response as OpenDataRecommendationDto['response'] })),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Exports of the filtered registry: CSV and XLSX streamed batch by batch, and the paged open-data JSON. */
@Injectable()
export class ExportsService {
  constructor(private readonly repository: ExportsRepository) {}

  /** Every matching row, newest first, one keyset batch in memory at a time. */
  async *rows(filter: RecommendationFilterDto): AsyncGenerator<ExportRow[]> {
    let beforeId: number | null = null;
    for (;;) {
      const batch = await this.repository.page(filter, beforeId, EXPORT_BATCH);
      if (batch.length > 0) yield batch;
      const last = batch.at(-1);
      if (!last || batch.length < EXPORT_BATCH) return;
      beforeId = last.id;
    }
  }

  /** CSV text (UTF-8 with a byte order mark, so spreadsheet programs read accents right), pulled as the client reads. */
  async *csv(filter: RecommendationFilterDto): AsyncGenerator<string> {
    yield `\uFEFF${stringify([EXPORT_COLUMNS.map((c) => c.header)])}`;
    for await (const batch of this.rows(filter)) {
      yield stringify(batch.map((row) => EXPORT_COLUMNS.map((column) => csvCell(column.value(row)))));
    }
  }

  /** An .xlsx workbook written with ExcelJS's streaming writer: each row is committed (and freed) as it is added. */
  xlsx(filter: RecommendationFilterDto): Readable {
    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Recommendations', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const write = async (): Promise<void> => {
      for await (const batch of this.rows(filter)) {
        if (output.destroyed) return;
        for (const row of batch) {
          const values = EXPORT_COLUMNS.map((column) => {
            const cell = column.value(row);
            return cell !== null && typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell;
          });
          const added = sheet.addRow(values);
          added.alignment = { wrapText: true, vertical: 'top' };
          added.commit();
        }
        // Let a slow client catch up before more rows are read from the database.
        await roomIn(output);
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
    return output;
  }

  async openData(query: OpenDataQueryDto): Promise<OpenDataPageDto> {
    const limit = query.limit ?? OPEN_DATA_DEFAULT_LIMIT;
    const rows = await this.repository.page(query, query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toOpenData), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }
}
