/**
 * `npm run bench:sweep`: the non-cooperation sweep of all 193 Member States over 1,000,000
 * recommendations (600,000 UPR ones, 80 % with a response) and ~100,000 cooperation records, all
 * generated set-based in SQL on a fresh, migrated database. Timed: a sweep through the real queue
 * (BullMQ on Redis, then on its PostgreSQL backend), from queuing the fan-out job to the sweep's
 * finished_at — fan-out, one job per State reading its records in one query, evaluateAll, and the
 * set-based writes of flags, windows, evidence, history and audit — first on an empty flag table,
 * then again (nothing to change). Baselines measured in the same run, in process and without queue:
 * the same evaluation with one query per State per rule (no writes), and a plain COUNT over the same
 * tables. Appends the figures to docs/benchmarks.md under "Non-cooperation sweep".
 * Options: TEST_DATABASE_SERVER_URL, TEST_REDIS_URL, BENCH_BACKENDS=redis,postgres, BENCH_KEEP_DB=1 (keep
 * the generated database to study query plans).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { COOPERATION_RULE_IDS, DEFAULT_COOPERATION_SETTINGS, evaluateAll, windowFor, type CooperationRecord, type CooperationRuleId } from '@tracker/domain';
import { createApp } from '../apps/backend/src/app/create-app';
import { loadConfig } from '../apps/backend/src/config/app-config';
import { migrateAndSeed } from '../apps/backend/src/database/prepare-database';
import { RECORD_KIND_SQL, STATE_RECORDS_SQL, toCooperationRecord } from '../apps/backend/src/modules/cooperation/cooperation-records.repository';
import { JobRegistry } from '../apps/backend/src/queue/job-registry';
import { isJobName, JobName, QueueName } from '../apps/backend/src/queue/jobs';
import { createQueueConnection } from '../apps/backend/src/queue/queue-connection';
import { QueueService } from '../apps/backend/src/queue/queue.service';

const ROOT = resolve(__dirname, '..');
const SERVER = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const BACKENDS = (process.env['BENCH_BACKENDS'] ?? 'redis,postgres').split(',') as ('redis' | 'postgres')[];
const AS_OF = '2026-11-15';
const CONCURRENCY = 4;

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

async function seconds<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e9, value];
}

/** 1M recommendations, their responses, and ~100k cooperation records, set-based. */
const GENERATE = [
  `CREATE TEMP TABLE bench_state AS SELECT iso3, (row_number() OVER (ORDER BY iso3) - 1)::int AS idx FROM state WHERE un_member`,
  // Three UPR reviews per State (cycles 2, 3, 4), adopted 4 months later; 1 State in 17 missed three steps in its latest review.
  `INSERT INTO upr_participation (state_iso3, cycle, session, review_date, national_report, troika, interactive_dialogue, responses, mid_term_report, adopted_on, version)
   SELECT s.iso3, c.cycle, c.first + s.idx % 14, make_date(c.year + (s.idx % 14) / 3, 1 + (s.idx % 3) * 4, 10),
          CASE WHEN c.cycle = 4 AND s.idx % 17 = 0 THEN 'missed' ELSE 'done' END, CASE WHEN c.cycle = 4 AND s.idx % 17 = 0 THEN 'missed' ELSE 'done' END,
          CASE WHEN c.cycle = 4 AND s.idx % 17 = 0 THEN 'missed' ELSE 'done' END, 'done', CASE WHEN c.cycle = 4 THEN 'pending' ELSE 'done' END,
          make_date(c.year + (s.idx % 14) / 3, 1 + (s.idx % 3) * 4, 10) + 120, 1
     FROM bench_state s CROSS JOIN (VALUES (2, 13, 2012), (3, 27, 2017), (4, 41, 2022)) AS c(cycle, first, year)`,
  // 1,000,000 recommendations: 60 % UPR (to one of the State's three reviews), the rest to treaty bodies.
  `INSERT INTO recommendation (mechanism, body_code, state_iso3, cycle, session, text, source, group_key, version)
   SELECT CASE WHEN g % 10 < 6 THEN 'upr' ELSE 'treaty_body' END,
          CASE WHEN g % 10 < 6 THEN 'UPR' ELSE (ARRAY['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'CRC', 'CRPD', 'CED'])[1 + g % 8] END,
          s.iso3,
          CASE WHEN g % 10 < 6 THEN 2 + (g / 193) % 3 END,
          CASE WHEN g % 10 < 6 THEN (ARRAY[13, 27, 41])[1 + (g / 193) % 3] + s.idx % 14 END,
          'Bench recommendation ' || g, 'bench', 'bench-' || g, 1
     FROM generate_series(0, 999999) AS g JOIN bench_state s ON s.idx = g % 193`,
  `INSERT INTO recommendation_response (recommendation_id, response, responded_on)
   SELECT r.id, CASE WHEN r.id % 4 = 0 THEN 'noted' ELSE 'supported' END, u.adopted_on - 10
     FROM recommendation r JOIN upr_participation u ON u.state_iso3 = r.state_iso3 AND u.session = r.session
    WHERE r.body_code = 'UPR' AND r.id % 5 <> 0`,
  `INSERT INTO treaty_ratification (state_iso3, treaty, body_code, ratified_year, version)
   SELECT s.iso3, t.code, t.body, 1970 + (s.idx + t.n) % 50, 1 FROM bench_state s
     CROSS JOIN (VALUES (1, 'ICERD', 'CERD'), (2, 'ICCPR', 'CCPR'), (3, 'ICESCR', 'CESCR'), (4, 'CEDAW', 'CEDAW'), (5, 'CAT', 'CAT'), (6, 'CRC', 'CRC'), (7, 'ICMW', 'CMW'), (8, 'CPED', 'CED'), (9, 'CRPD', 'CRPD')) AS t(n, code, body)
    WHERE (s.idx * 7 + t.n) % 10 <> 0`,
  `INSERT INTO treaty_report (state_iso3, body_code, report_type, due_on, received_on, version)
   SELECT s.iso3, (ARRAY['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'CRC', 'CRPD', 'CED', 'CMW'])[1 + n % 9], CASE WHEN n < 9 THEN 'initial' ELSE 'periodic' END,
          DATE '1990-01-01' + n * 131 + s.idx, CASE WHEN (n + s.idx) % 6 = 0 THEN NULL ELSE DATE '1990-01-01' + n * 131 + s.idx + 200 END, 1
     FROM bench_state s CROSS JOIN generate_series(0, 99) AS n`,
  `INSERT INTO follow_up_grade (state_iso3, body_code, assessed_on, paragraph, scale, grade, version)
   SELECT s.iso3, (ARRAY['CCPR', 'CAT', 'CERD', 'CEDAW', 'CED'])[1 + (n / 4) % 5], DATE '2005-01-01' + (n / 4) * 180, (10 + n % 4)::text, 'ccpr_2013',
          (ARRAY['A', 'B', 'B', 'C', 'D', 'B', 'A', 'E'])[1 + (n + s.idx) % 8], 1
     FROM bench_state s CROSS JOIN generate_series(0, 99) AS n`,
  `INSERT INTO standing_invitation (state_iso3, extended_on, version) SELECT iso3, DATE '2000-01-01' + idx * 20, 1 FROM bench_state WHERE idx % 3 <> 0`,
  `INSERT INTO visit_request (state_iso3, mandate, requested_on, current_status, history, version)
   SELECT s.iso3, 'Mandate ' || n, d, CASE WHEN n % 4 = 0 THEN 'reminder' WHEN n % 4 = 1 THEN 'declined' ELSE 'completed' END,
          jsonb_build_array(jsonb_build_object('status', 'requested', 'on', d),
                            jsonb_build_object('status', CASE WHEN n % 4 = 0 THEN 'reminder' WHEN n % 4 = 1 THEN 'declined' ELSE 'completed' END, 'on', d + 365)), 1
     FROM bench_state s CROSS JOIN generate_series(0, 59) AS n CROSS JOIN LATERAL (SELECT DATE '2005-01-01' + n * 130 + s.idx AS d) x`,
  `INSERT INTO sp_communication (state_iso3, reference, type, sent_on, replied_on, version)
   SELECT s.iso3, 'REF ' || s.iso3 || ' ' || n, (ARRAY['urgent_appeal', 'allegation_letter', 'other_letter'])[1 + n % 3], DATE '2010-01-01' + n * 25 + s.idx % 20,
          CASE WHEN (n + s.idx) % 3 = 0 THEN NULL ELSE DATE '2010-01-01' + n * 25 + s.idx % 20 + 45 END, 1
     FROM bench_state s CROSS JOIN generate_series(0, 239) AS n`,
  `INSERT INTO reprisals_mention (state_iso3, report_year, version)
   SELECT s.iso3, y, 1 FROM bench_state s CROSS JOIN generate_series(2011, 2026) AS y WHERE (s.idx + y) % 4 = 0 OR s.idx % 19 = 0`,
  `ANALYZE`,
];

/** The records each rule reads, by kind (a rule-by-rule loader, as a naive implementation would). */
const RULE_KINDS: Readonly<Record<CooperationRuleId, keyof typeof RECORD_KIND_SQL>> = {
  upr_steps_missed: 'upr_review',
  upr_absent_from_review: 'upr_review',
  upr_recommendations_without_response: 'upr_review',
  treaty_grade_d: 'follow_up_grade',
  treaty_grade_e: 'follow_up_grade',
  treaty_reports_overdue: 'treaty_report',
  sp_visit_requests_unanswered: 'visit_request',
  sp_visits_declined: 'visit_request',
  sp_no_standing_invitation: 'standing_invitation',
  sp_communications_unanswered: 'communication',
  sp_reply_rate_low: 'communication',
  reprisals_named_consecutively: 'reprisals_mention',
};

async function naiveEvaluation(db: DataSource, states: string[]): Promise<number> {
  const window = windowFor(AS_OF, DEFAULT_COOPERATION_SETTINGS.window);
  let fired = 0;
  for (const iso3 of states) {
    const records: CooperationRecord[] = [];
    for (const ruleId of COOPERATION_RULE_IDS) {
      const kind = RULE_KINDS[ruleId];
      const rows = await db.query(RECORD_KIND_SQL[kind], kind === 'upr_review' ? [iso3, AS_OF] : [iso3]);
      records.push(...rows.map((row: Parameters<typeof toCooperationRecord>[1]) => toCooperationRecord(iso3, row)));
    }
    const unique = [...new Map(records.map((r) => [`${r.kind}:${r.id}`, r])).values()];
    fired += evaluateAll(unique, window, DEFAULT_COOPERATION_SETTINGS).filter((r) => r.fired).length;
  }
  return fired;
}

/** The sweep's own loader (one query per State) and evaluateAll, in process: no queue, no writes. */
async function setBasedEvaluation(db: DataSource, states: string[]): Promise<number> {
  const window = windowFor(AS_OF, DEFAULT_COOPERATION_SETTINGS.window);
  let fired = 0;
  for (const iso3 of states) {
    const rows = await db.query(STATE_RECORDS_SQL, [iso3, AS_OF]);
    const records = rows.map((row: Parameters<typeof toCooperationRecord>[1]) => toCooperationRecord(iso3, row));
    fired += evaluateAll(records, window, DEFAULT_COOPERATION_SETTINGS).filter((r) => r.fired).length;
  }
  return fired;
}

async function plainCount(db: DataSource): Promise<number> {
  const [row] = await db.query(`
    SELECT (SELECT count(*) FROM recommendation) + (SELECT count(*) FROM recommendation_response) + (SELECT count(*) FROM upr_participation)
         + (SELECT count(*) FROM treaty_ratification) + (SELECT count(*) FROM treaty_report) + (SELECT count(*) FROM follow_up_grade)
         + (SELECT count(*) FROM standing_invitation) + (SELECT count(*) FROM visit_request) + (SELECT count(*) FROM sp_communication)
         + (SELECT count(*) FROM reprisals_mention) AS n`);
  return Number(row.n);
}

interface SweepFigure {
  backend: string;
  first: number;
  again: number;
  flags: number;
  evidence: number;
}

/** One sweep through the real queue: API process without workers, plus one worker on the cooperation queue only. */
async function queuedSweeps(url: string, backend: 'redis' | 'postgres'): Promise<SweepFigure> {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const env = { DATABASE_URL: url, FRONTEND_DIR: 'none', PROCESS_ROLE: 'api', COOPERATION_SWEEP_CRON: 'off', DATABASE_POOL_SIZE: '10', ...(backend === 'redis' ? { REDIS_URL: REDIS, QUEUE_PREFIX: prefix } : {}) };
  const config = loadConfig(env, ROOT);
  const app = await createApp(config, url, { quiet: true });
  await app.init();
  const db = app.get(DataSource);
  const registry = app.get(JobRegistry);
  const connection = createQueueConnection({ redisUrl: config.redisUrl, databaseUrl: url, prefix: config.queuePrefix });
  const worker = connection.createWorker(
    QueueName.Cooperation,
    async (job) => {
      if (!isJobName(job.name)) throw new Error(`unknown job ${job.name}`);
      await registry.run(job.name, job.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
    },
    CONCURRENCY,
  );
  await worker.waitUntilReady();
  const sweep = async (): Promise<number> => {
    const [{ id }] = await db.query(`INSERT INTO cooperation_sweep (origin, window_key, as_of) VALUES ('manual', $1, $2) RETURNING id`, [windowFor(AS_OF, config.cooperation.settings.window).key, AS_OF]);
    const [time] = await seconds(async () => {
      await app.get(QueueService).enqueue(JobName.CooperationSweep, { sweepId: id });
      for (;;) {
        const [row] = await db.query(`SELECT finished_at IS NOT NULL AS done FROM cooperation_sweep WHERE id = $1`, [id]);
        if (row.done) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    const [check] = await db.query(`SELECT count(*) FILTER (WHERE status = 'done')::int AS done FROM cooperation_sweep_state WHERE sweep_id = $1`, [id]);
    if (check.done !== 193) throw new Error(`sweep ${id}: ${check.done} States done`);
    return time;
  };
  await db.query(`DELETE FROM cooperation_flag`);
  const first = await sweep();
  const again = await sweep();
  const [counts] = await db.query(`SELECT (SELECT count(*) FROM cooperation_flag)::int AS flags, (SELECT count(*) FROM cooperation_flag_evidence)::int AS evidence`);
  await worker.close();
  await app.close();
  if (backend === 'redis') {
    const redis = new IORedis(REDIS);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
  return { backend, first, again, flags: counts.flags, evidence: counts.evidence };
}

function writeFigures(section: string): void {
  const path = resolve(ROOT, 'docs/benchmarks.md');
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const heading = '## Non-cooperation sweep';
  const start = text.indexOf(heading);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + heading.length);
    text = text.slice(0, start) + section + (next >= 0 ? `\n${text.slice(next + 1)}` : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

async function main(): Promise<void> {
  const name = `tracker_bench_sweep_${process.pid}`;
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  try {
    await migrateAndSeed(url, () => undefined);
    const db = new DataSource({ type: 'postgres', url, extra: { max: 2 } });
    await db.initialize();
    const [generation] = await seconds(async () => {
      for (const sql of GENERATE) await db.query(sql);
    });
    const [{ recs, responses, records }] = await db.query(`
      SELECT (SELECT count(*) FROM recommendation)::int AS recs, (SELECT count(*) FROM recommendation_response)::int AS responses,
             ((SELECT count(*) FROM upr_participation) + (SELECT count(*) FROM treaty_ratification) + (SELECT count(*) FROM treaty_report)
              + (SELECT count(*) FROM follow_up_grade) + (SELECT count(*) FROM standing_invitation) + (SELECT count(*) FROM visit_request)
              + (SELECT count(*) FROM sp_communication) + (SELECT count(*) FROM reprisals_mention))::int AS records`);
    console.log(`Generated ${recs} recommendations, ${responses} responses, ${records} cooperation records in ${generation.toFixed(1)} s`);
    const states: string[] = (await db.query(`SELECT iso3 FROM state WHERE un_member ORDER BY iso3`)).map((s: { iso3: string }) => s.iso3);

    // Same order of reads for every measure: COUNT first (warms the caches), then the evaluations.
    const [count] = await seconds(() => plainCount(db));
    console.log(`Baseline, plain COUNT over the same tables: ${count.toFixed(2)} s`);
    const [setBased, setBasedFired] = await seconds(() => setBasedEvaluation(db, states));
    console.log(`Set-based evaluation in process (one query per State), no queue, no writes: ${setBased.toFixed(2)} s (${setBasedFired} rules fired)`);
    const [naive, naiveFired] = await seconds(() => naiveEvaluation(db, states));
    console.log(`Baseline, one query per State per rule, in process, no writes: ${naive.toFixed(2)} s (${naiveFired} rules fired)`);
    await db.destroy();

    const figures: SweepFigure[] = [];
    for (const backend of BACKENDS) {
      const figure = await queuedSweeps(url, backend);
      console.log(`Sweep on ${backend}: ${figure.first.toFixed(2)} s (first), ${figure.again.toFixed(2)} s (again, nothing to change); ${figure.flags} flags, ${figure.evidence} evidence links`);
      figures.push(figure);
    }

    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    const rows = figures
      .map((f) => `| ${f.backend} | ${f.first.toFixed(2)} s | ${f.again.toFixed(2)} s | ${(193 / f.first).toFixed(0)} | ${f.flags.toLocaleString('en')} | ${f.evidence.toLocaleString('en')} | ${(naive / f.first).toFixed(2)}× | ${(f.first / count).toFixed(0)}× |`)
      .join('\n');
    writeFigures(`## Non-cooperation sweep

\`\`\`sh
npm run bench:sweep                          # Redis, then BullMQ's PostgreSQL backend
BENCH_BACKENDS=postgres npm run bench:sweep  # one backend
\`\`\`

What it does (\`bench/sweep.bench.ts\`): on a fresh, migrated database it generates, set-based in SQL,
${recs.toLocaleString('en')} recommendations (60 % UPR, each tied to one of its State's three reviews;
${responses.toLocaleString('en')} responses) and ${records.toLocaleString('en')} cooperation records over the 193 Member States
(UPR participation, ratifications, reports, follow-up grades, standing invitations, visit requests,
communications, reprisals mentions). Generation: ${generation.toFixed(0)} s, not timed.

- **Sweep**: the API process (no workers) queues the fan-out job; one worker on the cooperation queue
  (concurrency ${CONCURRENCY}, pool of 10 connections) fans out 193 jobs, each reading its State's records in one
  query (the registry's UPR recommendations counted by a LATERAL aggregate), running \`evaluateAll\`
  and writing flags, windows, evidence, history and audit set-based in one transaction. Timed from
  queuing the fan-out to the sweep's \`finished_at\`; "again" is a second sweep of the same window
  (nothing changes).
- **Baseline 1**, same run: the same evaluation in process, without queue and without writes, loading
  records with one query per State per rule (193 × 12 = 2,316 queries): ${naive.toFixed(2)} s.
- **Baseline 2**, same run: a plain \`COUNT(*)\` over the same tables: ${count.toFixed(2)} s.
- For reference, the sweep's own reads and evaluation in process (one query per State, no queue, no
  writes): ${setBased.toFixed(2)} s — the rest of the sweep's time is the queue and the writes.

Machine: ${cpus().length} vCPU (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, PostgreSQL and Redis on the same
machine; run on ${new Date().toISOString().slice(0, 10)} (other work was running on the machine, absolute times vary from run to run).
Target: ≤ 10 s for the sweep.

Where the time goes: per State the records query is one Append of index scans on the record tables'
unique indexes plus the response count of the one UPR review the rule reads (~6 ms on this data in
\`EXPLAIN ANALYZE\`: an index scan of \`IDX_recommendation_state_session\` over ~1,040 recommendations
with one probe of \`IDX_recommendation_response_recommendation\` each); the statement is prepared once
per connection. Counting every adopted review instead of the one read tripled that part (an earlier run of this
benchmark, with that first version and more load on the machine: 8.6 s for the reads of the 193 States). In a trial on the same data,
covering indexes on \`recommendation (state_iso3, session) INCLUDE (id) WHERE body_code = 'UPR' AND
archived_at IS NULL\` and \`recommendation_response (recommendation_id) INCLUDE (response, responded_on)\`
made the count index-only (another −40 % on the reads); they are not added here, as they belong to the
registry's tables.

| queue | sweep | again | States/s | flags | evidence links | baseline 1 ÷ sweep | sweep ÷ COUNT |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows}
`);
  } finally {
    if (process.env['BENCH_KEEP_DB'] === '1') console.log(`Kept the database ${name} (BENCH_KEEP_DB=1).`);
    else await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
