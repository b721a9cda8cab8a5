import 'reflect-metadata';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { migrateAndSeed, resolveDatabase } from '../database/prepare-database';
import { ImportsRepository, type ImportRunRow } from '../modules/imports/imports.repository';
import { toImportDto } from '../modules/imports/imports.service';
import { UnsupportedFileError } from '../modules/imports/parsers/unsupported-file.error';
import { ImportPipeline } from '../modules/imports/pipeline/import-pipeline';
import { detectSourceFormat, fileSource } from '../modules/imports/pipeline/import-source';

const USAGE = `Usage: npm run import -- <file> [--json] [--state <State under review>] [--session <UPR session>]

Imports a UPR Info export (.csv, .xls), an OHCHR matrix (.docx) or a UHRI export (.csv, .xlsx) into the
database the server uses (the embedded one by default, DATABASE_URL otherwise). Progress goes to stderr;
the summary to stdout — with --json, as one JSON line.`;

const number = new Intl.NumberFormat('en');

/** One progress line, as the import page shows it: share, rows done / total, rows per second, errors. */
function progressLine(run: ImportRunRow): string {
  const { progress } = toImportDto(run);
  const total = progress.rowsTotal === null ? '?' : number.format(progress.rowsTotal);
  return `${progress.percent.toFixed(0).padStart(3)}%  ${number.format(progress.rowsDone)} / ${total} rows  ${number.format(progress.rowsPerSecond)} rows/s  ${number.format(progress.errors)} errors`;
}

function summaryText(run: ImportRunRow): string {
  const { summary, status, failure } = toImportDto(run);
  const lines = [
    `Import ${run.id} of ${run.file_name}: ${status}${failure ? ` (${failure})` : ''}`,
    `  rows read                     ${number.format(summary.rowsRead)}`,
    `  recommendations created       ${number.format(summary.created)}`,
    `  recommendations updated       ${number.format(summary.updated)}`,
    `  recommendations unchanged     ${number.format(summary.unchanged)}`,
    `  recommending-State links      ${number.format(summary.recommendingStateLinks)}`,
    `  pledges                       ${number.format(summary.pledges)}`,
    `  rows rejected                 ${number.format(summary.rejected)}`,
  ];
  if (summary.statements > 0) lines.push(`  statements (not stored)       ${number.format(summary.statements)}`);
  if (run.errors + run.warnings > 0) lines.push(`  row report: ${number.format(run.errors)} errors, ${number.format(run.warnings)} warnings (GET /api/v1/imports/${run.id}/report.csv)`);
  return lines.join('\n');
}

function summaryJson(run: ImportRunRow): string {
  const dto = toImportDto(run);
  return JSON.stringify({ id: dto.id, file: dto.fileName, status: dto.status, format: dto.format, failure: dto.failure, ...dto.summary, errors: run.errors, warnings: run.warnings });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, state: { type: 'string' }, session: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  const path = positionals[0];
  if (values.help || path === undefined || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const session = values.session === undefined ? undefined : Number(values.session);
  if (session !== undefined && !(Number.isInteger(session) && session >= 1 && session <= 54)) {
    console.error(`--session must be a UPR Working Group session, 1–54 (got "${values.session}")`);
    return 2;
  }
  const log = (message: string): void => void process.stderr.write(`${message}\n`);
  const config = loadConfig();
  const database = await resolveDatabase(config, log);
  try {
    await migrateAndSeed(database.url, log);
    const dataSource = createDataSource(database.url, 4);
    await dataSource.initialize();
    try {
      const source = await fileSource(resolve(path)).catch((error: unknown) => {
        throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? new UnsupportedFileError(`No such file: ${path}`) : error;
      });
      const detected = await detectSourceFormat(source);
      const runs = new ImportsRepository(dataSource);
      const id = await runs.create({
        fileName: source.fileName,
        fileSize: source.size,
        origin: 'cli',
        ...detected,
        options: { ...(values.state ? { stateUnderReview: values.state } : {}), ...(session ? { session } : {}) },
        createdBy: `cli:${userInfo().username}`,
      });
      log(`Import ${id}: ${source.fileName} (${detected.format}, ${detected.container})`);
      const interactive = process.stderr.isTTY === true;
      let shown = 0;
      const onProgress = (run: ImportRunRow): void => {
        if (interactive) process.stderr.write(`\r${progressLine(run)}\x1b[K`);
        else if (Date.now() - shown >= 1000 || run.status === 'completed') {
          shown = Date.now();
          log(progressLine(run));
        }
      };
      let run: ImportRunRow;
      try {
        run = await new ImportPipeline(dataSource, runs).run(id, source, onProgress);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await runs.fail(id, reason);
        const failed = await runs.find(id);
        if (interactive) process.stderr.write('\n');
        if (failed) console.log(values.json ? summaryJson(failed) : summaryText(failed));
        return 1;
      }
      if (interactive) process.stderr.write('\n');
      console.log(values.json ? summaryJson(run) : summaryText(run));
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UnsupportedFileError) console.error(error.message);
    else console.error(error);
    process.exit(error instanceof UnsupportedFileError ? 2 : 1);
  },
);
