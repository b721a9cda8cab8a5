/**
 * `npm run bench:import`: imports synthetic UHRI exports of 100,000 and 300,000 rows with the built
 * CLI (`dist/…/cli/import.js`, the same pipeline as the job), each on a fresh database, and measures
 * rows per second and the peak resident memory of the import process; then loads the same
 * normalised rows with raw PostgreSQL COPY on another fresh database, in the same run, and prints
 * the ratio. Options: BENCH_SIZES=100000,300000 and TEST_DATABASE_SERVER_URL (the PostgreSQL server;
 * default the machine's own on 127.0.0.1:5432).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { recordKey, unitsOfUhriRecord, type ImportRecord } from '../apps/backend/src/modules/imports/pipeline/import-units';
import { parseUhriCsv } from '../apps/backend/src/modules/imports/parsers/uhri.parser';
import { migrateAndSeed } from '../apps/backend/src/database/prepare-database';
import { writeUhriCsv } from './generate';

const ROOT = resolve(__dirname, '..');
const CLI = resolve(ROOT, 'dist/backend/apps/backend/src/cli/import.js');
const WORK = resolve(ROOT, 'tmp/bench');
const SERVER = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env['BENCH_SIZES'] ?? '100000,300000').split(',').map(Number);

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string): Promise<string> {
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  await migrateAndSeed(url, () => undefined);
  return url;
}

/** Peak resident set size (VmHWM) of a running process, in MiB; 0 once it has exited. */
function peakRssMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface ImportMeasure {
  rows: number;
  created: number;
  errors: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
}

/** Runs the CLI on the file and reads the run's own start and end from import_run. */
async function measureImport(file: string, url: string): Promise<ImportMeasure> {
  const child = spawn(process.execPath, [CLI, file, '--json'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakRssMiB(child.pid ?? 0))), 50);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  if (code !== 0) throw new Error(`import exited with ${code}: ${stdout}`);
  const summary = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { id: number; rowsRead: number; created: number; errors: number };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ seconds: number }>(`SELECT EXTRACT(EPOCH FROM finished_at - started_at)::float8 AS seconds FROM import_run WHERE id = $1`, [summary.id]);
    const seconds = rows[0]?.seconds ?? NaN;
    return { rows: summary.rowsRead, created: summary.created, errors: summary.errors, seconds, rowsPerSecond: summary.rowsRead / seconds, peakRssMiB: peak };
  } finally {
    await client.end();
  }
}

/** COPY text format: tab-separated, \N for NULL, backslash escapes. */
function copyValue(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const TABLES = {
  recommendation: 'recommendation (id, mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, issued_on, action_category, source, external_id, group_key, current_response, version)',
  recommendation_recommending_state: 'recommendation_recommending_state (recommendation_id, state_iso3)',
  recommendation_theme: 'recommendation_theme (recommendation_id, theme_code)',
  recommendation_affected_person: 'recommendation_affected_person (recommendation_id, affected_person_code)',
  recommendation_sdg: 'recommendation_sdg (recommendation_id, sdg_code)',
  recommendation_response: 'recommendation_response (recommendation_id, response, source_document, note)',
} as const;
type Table = keyof typeof TABLES;

/** The same normalised rows as the import writes, as COPY files (one per table); not timed. */
async function writeCopyFiles(file: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const outs = Object.fromEntries(Object.keys(TABLES).map((t) => [t, createWriteStream(join(dir, `${t}.tsv`))])) as Record<Table, ReturnType<typeof createWriteStream>>;
  const write = async (table: Table, values: (string | number | null)[]): Promise<void> => {
    if (!outs[table].write(`${values.map(copyValue).join('\t')}\n`)) await once(outs[table], 'drain');
  };
  const seen = new Set<string>();
  let id = 0;
  const links = async (table: Table, recordId: number, codes: readonly string[] | null): Promise<void> => {
    for (const code of codes ?? []) await write(table, [recordId, code]);
  };
  for await (const row of parseUhriCsv(createReadStream(file))) {
    for (const unit of unitsOfUhriRecord(row)) {
      const r: ImportRecord | null = unit.record;
      if (r === null || seen.has(recordKey(r))) continue;
      seen.add(recordKey(r));
      id++;
      await write('recommendation', [id, r.mechanism, r.bodyCode, r.stateIso3, r.cycle, r.session, r.documentSymbol, r.paragraph, r.text, r.issuedOn, r.actionCategory, r.source, r.externalId, r.groupKey, r.response ?? 'no_response', 1]);
      await links('recommendation_recommending_state', id, r.recommendingStates);
      await links('recommendation_theme', id, r.themes);
      await links('recommendation_affected_person', id, r.affectedPersons);
      await links('recommendation_sdg', id, r.sdgs);
      if (r.response !== null) await write('recommendation_response', [id, r.response, r.responseSource, 'COPY baseline']);
    }
  }
  await Promise.all(Object.values(outs).map(async (out) => {
    out.end();
    await once(out, 'finish');
  }));
}

/** Streams the COPY files into PostgreSQL in one transaction; only this is timed. */
async function measureCopy(dir: string, url: string, rows: number): Promise<{ seconds: number; rowsPerSecond: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const start = process.hrtime.bigint();
    await client.query('BEGIN');
    for (const [table, target] of Object.entries(TABLES)) {
      await pipeline(createReadStream(join(dir, `${table}.tsv`)), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
    }
    await client.query('COMMIT');
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { seconds, rowsPerSecond: rows / seconds };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('Build first: npm run bench:import builds the backend before it runs.');
  mkdirSync(WORK, { recursive: true });
  const fmt = new Intl.NumberFormat('en');
  const results: string[] = [];
  for (const size of SIZES) {
    const file = join(WORK, `uhri-${size}.csv`);
    if (!existsSync(file)) {
      console.error(`Generating ${fmt.format(size)} synthetic UHRI rows…`);
      await writeUhriCsv(file, size, 1);
    }
    const megabytes = statSync(file).size / (1024 * 1024);
    console.error(`\n${fmt.format(size)} rows (${megabytes.toFixed(0)} MiB): import through the CLI…`);
    const imported = await measureImport(file, await freshDatabase(`bench_import_${size}`));
    console.error(`…and raw COPY of the same normalised rows…`);
    const copyDir = join(WORK, `copy-${size}`);
    await writeCopyFiles(file, copyDir);
    const copied = await measureCopy(copyDir, await freshDatabase(`bench_copy_${size}`), size);
    await onServer(`DROP DATABASE IF EXISTS bench_import_${size} WITH (FORCE)`);
    await onServer(`DROP DATABASE IF EXISTS bench_copy_${size} WITH (FORCE)`);
    const ratio = imported.rowsPerSecond / copied.rowsPerSecond;
    results.push(
      `| ${fmt.format(size)} | ${megabytes.toFixed(0)} MiB | ${fmt.format(imported.created)} | ${imported.errors} | ${imported.seconds.toFixed(1)} s | ${fmt.format(Math.round(imported.rowsPerSecond))} | ${copied.seconds.toFixed(1)} s | ${fmt.format(Math.round(copied.rowsPerSecond))} | **${ratio.toFixed(2)}×** | ${imported.peakRssMiB.toFixed(0)} MiB |`,
    );
  }
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}\n`);
  console.log('| source rows | file | records created | errors | import | import rows/s | COPY | COPY rows/s | import ÷ COPY | import peak RSS |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const line of results) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
