/**
 * `npm run bench:deadlines`: on a fresh, migrated database, records N recommendations in one
 * statement (as an import does: 60 % UPR across sessions 1–54, 30 % treaty bodies with a date of
 * concluding observations, 10 % special procedures), with a response for half of the UPR ones,
 * then measures (1) the cost the deadline triggers add to that insert, (2) the recomputation of
 * every deadline by DeadlinesService (computeDeadlines and qualifyingReport of libs/domain, in
 * batches of 1,000), and (3) the overdue list query (first page, count, CSV-sized page) with its
 * EXPLAIN shape. Options: BENCH_SIZES=100000 and TEST_DATABASE_SERVER_URL.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../apps/backend/src/config/app-config';
import { createDataSource } from '../apps/backend/src/database/data-source';
import { migrateAndSeed } from '../apps/backend/src/database/prepare-database';
import { DeadlinesRepository } from '../apps/backend/src/modules/deadlines/deadlines.repository';
import { DeadlinesService } from '../apps/backend/src/modules/deadlines/deadlines.service';
import { OverdueRepository } from '../apps/backend/src/modules/deadlines/overdue.repository';
import type { QueueService } from '../apps/backend/src/queue/queue.service';

const SERVER = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env['BENCH_SIZES'] ?? '100000').split(',').map(Number);

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

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** N recommendations in one INSERT … SELECT (deterministic: derived from the row number). */
const INSERT = `
  INSERT INTO recommendation (mechanism, body_code, state_iso3, session, issued_on, text, group_key, source, version)
  SELECT CASE WHEN g % 10 < 6 THEN 'upr' WHEN g % 10 < 9 THEN 'treaty_body' ELSE 'special_procedure' END,
         CASE WHEN g % 10 < 6 THEN 'UPR' WHEN g % 10 < 9 THEN (ARRAY['CCPR','CESCR','CERD','CEDAW','CAT','CRC','CMW','CRPD','CED'])[1 + g % 9] ELSE 'SP' END,
         s.iso3,
         CASE WHEN g % 10 < 6 THEN 1 + g % 54 END,
         CASE WHEN g % 10 >= 6 THEN date '2008-01-01' + (g % 6500) END,
         'Benchmark recommendation ' || g, 'bench-' || g, 'bench', 1
  FROM generate_series(1, $1::int) g
  JOIN (SELECT iso3, row_number() OVER (ORDER BY iso3) - 1 AS n, count(*) OVER () AS total FROM state) s ON s.n = g % s.total`;

async function freshDatabase(name: string): Promise<DataSource> {
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${name}`);
  await migrateAndSeed(databaseUrl(name), () => undefined);
  const dataSource: DataSource = createDataSource(databaseUrl(name), 4);
  await dataSource.initialize();
  return dataSource;
}

/** The insert alone on a fresh database, with or without the deadline triggers. */
async function insertMs(size: number, triggers: boolean): Promise<number> {
  const name = `tracker_bench_insert_${triggers ? 'with' : 'without'}_${size}`;
  const dataSource = await freshDatabase(name);
  try {
    if (!triggers) await dataSource.query(`ALTER TABLE recommendation DISABLE TRIGGER USER`);
    return (await timed(() => dataSource.query(INSERT, [size]))).ms;
  } finally {
    await dataSource.destroy();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function run(size: number): Promise<string[]> {
  const without = await insertMs(size, false);
  const withTriggers = await insertMs(size, true);
  const name = `tracker_bench_deadlines_${size}`;
  const dataSource = await freshDatabase(name);
  try {
    await dataSource.query(INSERT, [size]);
    await dataSource.query(
      `INSERT INTO recommendation_response (recommendation_id, response, responded_on)
       SELECT id, 'supported', date '2010-01-01' + (id % 5000) FROM recommendation WHERE mechanism = 'upr' AND id % 2 = 0`,
    );
    const stale: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM recommendation_deadline_state WHERE stale`);
    const config = loadConfig({ DATABASE_URL: databaseUrl(name), FRONTEND_DIR: 'none' });
    const deadlines = new DeadlinesService(dataSource, new DeadlinesRepository(), config.followUp, {} as QueueService);
    const recompute = await timed(() => deadlines.refreshAllStale());
    // As autovacuum would after a bulk load.
    await dataSource.query(`ANALYZE`);
    const rows: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM recommendation_deadline WHERE archived_at IS NULL`);
    const overdue = new OverdueRepository();
    const today = '2026-11-29';
    const firstPage = await timed(() => overdue.page(dataSource.manager, { sort: 'most_late' }, today, 50, 0));
    const count = await timed(() => overdue.count(dataSource.manager, {}, today));
    const oneState = await timed(() => overdue.page(dataSource.manager, { state: ['KEN'], sort: 'most_late' }, today, null, 0));
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN SELECT d.recommendation_id FROM recommendation_deadline d JOIN recommendation r ON r.id = d.recommendation_id JOIN state s ON s.iso3 = r.state_iso3
       WHERE r.archived_at IS NULL AND d.archived_at IS NULL AND d.overdue_from <= $1::date AND (d.met_on IS NULL OR d.met_on > $1::date)
       ORDER BY d.due_on, d.recommendation_id LIMIT 50`,
      [today],
    );
    console.log(plan.map((p) => p['QUERY PLAN']).join('\n'));
    return [
      `| ${size.toLocaleString('en')} | ${without.toFixed(0)} ms | ${withTriggers.toFixed(0)} ms | ${stale[0]?.n.toLocaleString('en')} | ${rows[0]?.n.toLocaleString('en')} | ${(recompute.ms / 1000).toFixed(1)} s (${Math.round((recompute.value / recompute.ms) * 1000).toLocaleString('en')}/s) | ${count.value.toLocaleString('en')} | ${firstPage.ms.toFixed(0)} ms | ${count.ms.toFixed(0)} ms | ${oneState.ms.toFixed(0)} ms (${oneState.value.length}) |`,
    ];
  } finally {
    await dataSource.destroy();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const lines = ['| recommendations | insert, no triggers | insert, with triggers | marked stale | deadlines | recompute all | overdue on 2026-11-29 | first page (50) | count | one State, all rows |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const size of SIZES) lines.push(...(await run(size)));
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
