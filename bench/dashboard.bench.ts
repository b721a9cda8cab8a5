/// <reference lib="dom" />
/**
 * `npm run bench:dashboard`: the overview against a registry of 1,000,000 recommendations and
 * 3,000,000 status events (generated set-based in SQL), served by the production build and loaded in
 * headless Chromium. Reports the API time of every aggregate the dashboard calls (first call, computed
 * by PostgreSQL; second call, answered while the data is unchanged), the time to the first rendered
 * chart with those aggregates in memory and the moment the server is ready, and baselines measured in
 * the same run: a plain count of the public status events (one scan of the table, the floor of any
 * set-based pass) and the naive way — one "as of" query per month — on 12 months, extrapolated to
 * the whole series. Writes the figures into docs/benchmarks.md (section "Dashboard").
 *
 * Options: BENCH_RECOMMENDATIONS (1000000), BENCH_EVENTS (3000000), BENCH_REUSE=1 (keep and reuse the
 * generated database `bench_dashboard`), TEST_DATABASE_SERVER_URL (default 127.0.0.1:5432), CHROMIUM_PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { UPR_SESSIONS } from '@tracker/domain';
import { migrateAndSeed } from '../apps/backend/src/database/prepare-database';
import { launchBrowser } from '../e2e/src/support/browser';

const ROOT = resolve(__dirname, '..');
const MAIN = resolve(ROOT, 'dist/backend/apps/backend/src/main.js');
const FRONTEND = resolve(ROOT, 'dist/frontend/browser');
const DOCS = resolve(ROOT, 'docs/benchmarks.md');
const SERVER = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RECOMMENDATIONS = Number(process.env['BENCH_RECOMMENDATIONS'] ?? 1_000_000);
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 3_000_000);
const REUSE = process.env['BENCH_REUSE'] === '1';
const DATABASE = 'bench_dashboard';
const TODAY = new Date().toISOString().slice(0, 10);

const fmt = new Intl.NumberFormat('en');
const ms = (value: number): string => `${fmt.format(Math.round(value))} ms`;

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/**
 * The registry, generated set-based: recommendations in the proportions of the synthetic UHRI export
 * (60 % UPR with a session and a position, 30 % treaty bodies, 10 % special procedures), 1–2 themes and
 * an SDG each, the UPR responses, then status events of the State (55 %) and independent assessors,
 * 90 % public, appended in time order as a live registry would; finally the registry's current status.
 */
async function generate(url: string): Promise<void> {
  const sessions = UPR_SESSIONS.map((s) => s.reviewStart);
  await withClient(url, async (db) => {
    const step = async (label: string, sql: string, params: unknown[] = []): Promise<void> => {
      const { ms: took } = await timed(() => db.query(sql, params));
      console.error(`  ${label}: ${ms(took)}`);
    };
    await step('seed', `SELECT setseed(0.42)`);
    // Derived rows (deadlines) are not part of this benchmark: their triggers stay off while loading.
    await step('triggers off', `ALTER TABLE recommendation DISABLE TRIGGER USER`);
    await step('full-text index off', `DROP INDEX IF EXISTS "IDX_recommendation_search"`);
    await step(
      `${fmt.format(RECOMMENDATIONS)} recommendations`,
      `WITH st AS (SELECT array_agg(iso3 ORDER BY iso3) AS a FROM state),
            tb AS (SELECT array_agg(code ORDER BY code) AS a FROM body WHERE mechanism = 'treaty_body')
       INSERT INTO recommendation (mechanism, body_code, state_iso3, cycle, session, text, issued_on, source, external_id, group_key, current_response, version)
       SELECT CASE WHEN x.k < 0.6 THEN 'upr' WHEN x.k < 0.9 THEN 'treaty_body' ELSE 'special_procedure' END,
              CASE WHEN x.k < 0.6 THEN 'UPR' WHEN x.k < 0.9 THEN tb.a[1 + floor(x.b * array_length(tb.a, 1))::int] ELSE 'SP' END,
              st.a[1 + floor(x.s * array_length(st.a, 1))::int],
              CASE WHEN x.k < 0.6 THEN CASE WHEN x.sess <= 12 THEN 1 WHEN x.sess <= 26 THEN 2 WHEN x.sess <= 40 THEN 3 ELSE 4 END END,
              CASE WHEN x.k < 0.6 THEN x.sess END,
              'Synthetic recommendation ' || x.g,
              CASE WHEN x.k < 0.6 THEN ($1::date[])[x.sess] ELSE date '2008-01-01' + floor(x.d * 6700)::int END,
              'bench', 'bench-' || x.g, 'bench-' || x.g,
              CASE WHEN x.k < 0.6 THEN CASE WHEN x.r < 0.7 THEN 'supported' ELSE 'noted' END ELSE 'no_response' END, 1
       FROM (SELECT g, random() AS k, random() AS b, random() AS s, 1 + floor(random() * 54)::int AS sess, random() AS d, random() AS r
             FROM generate_series(1, $2::int) g) x, st, tb`,
      [sessions, RECOMMENDATIONS],
    );
    await step(
      'themes',
      `WITH th AS (SELECT array_agg(code ORDER BY code) AS a FROM theme)
       INSERT INTO recommendation_theme (recommendation_id, theme_code)
       SELECT DISTINCT r.id, th.a[1 + floor(random() * array_length(th.a, 1))::int] FROM recommendation r, th, generate_series(1, 2) n
       WHERE n = 1 OR random() < 0.5`,
    );
    await step(
      'SDGs',
      `WITH g AS (SELECT array_agg(code ORDER BY code) AS a FROM sdg WHERE kind = 'goal')
       INSERT INTO recommendation_sdg (recommendation_id, sdg_code) SELECT r.id, g.a[1 + floor(random() * array_length(g.a, 1))::int] FROM recommendation r, g`,
    );
    await step(
      'UPR responses',
      `INSERT INTO recommendation_response (recommendation_id, response, responded_on)
       SELECT id, current_response, issued_on + 120 FROM recommendation WHERE mechanism = 'upr'`,
    );
    await step(
      `${fmt.format(EVENTS)} status events`,
      `INSERT INTO status_event (recommendation_id, party, status, effective_on, recorded_at, source, public)
       SELECT e.rid, e.party,
              CASE WHEN e.st < 0.1 THEN 'no_information' WHEN e.st < 0.45 THEN 'not_implemented' WHEN e.st < 0.8 THEN 'partially_implemented' ELSE 'fully_implemented' END,
              least(r.issued_on + e.days, $2::date), least(r.issued_on + e.days, $2::date)::timestamptz + interval '12 hours',
              CASE e.party WHEN 'state' THEN 'state_report' WHEN 'ohchr' THEN 'ohchr' ELSE 'assessment' END, e.pub
       FROM (SELECT 1 + floor(random() * $1::int)::int AS rid,
                    (ARRAY['state','state','state','state','state','state','nhri','ngo','ngo','un_entity','ohchr'])[1 + floor(random() * 11)::int] AS party,
                    random() AS st, 30 + floor(random() * 3000)::int AS days, random() < 0.9 AS pub
             FROM generate_series(1, $3::int)) e
       JOIN recommendation r ON r.id = e.rid
       ORDER BY 4`,
      [RECOMMENDATIONS, TODAY, EVENTS],
    );
    await step(
      'current status',
      `UPDATE recommendation r SET current_status = latest.status
       FROM (SELECT DISTINCT ON (recommendation_id) recommendation_id, status FROM status_event
             WHERE public AND party IN ('state', 'ohchr') AND effective_on <= $1::date
             ORDER BY recommendation_id, effective_on DESC, recorded_at DESC, id DESC) latest
       WHERE latest.recommendation_id = r.id`,
      [TODAY],
    );
    await step('full-text index back', `CREATE INDEX "IDX_recommendation_search" ON recommendation USING gin (search)`);
    await step('triggers on', `ALTER TABLE recommendation ENABLE TRIGGER USER`);
    await step('vacuum analyze', `VACUUM ANALYZE`);
  });
}

async function prepare(): Promise<string> {
  const url = databaseUrl(DATABASE);
  if (REUSE) {
    const count = await withClient(SERVER, async (db) => (await db.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rowCount ?? 0);
    if (count > 0) {
      const rows = await withClient(url, async (db) => Number((await db.query(`SELECT count(*) AS n FROM recommendation`)).rows[0].n));
      if (rows >= RECOMMENDATIONS * 0.9) {
        console.error(`Reusing ${DATABASE} (${fmt.format(rows)} recommendations).`);
        return url;
      }
    }
  }
  await withClient(SERVER, async (db) => {
    await db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await db.query(`CREATE DATABASE ${DATABASE}`);
  });
  await migrateAndSeed(url, () => undefined);
  console.error(`Generating the registry in ${DATABASE}…`);
  const { ms: took } = await timed(() => generate(url));
  console.error(`Generated in ${ms(took)}.`);
  return url;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });
}

interface Running {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** The production build, as `npm start` runs it, on the generated database. */
async function startServer(url: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', FRONTEND_DIR: FRONTEND, COOPERATION_SWEEP_CRON: 'off', OVERDUE_DIGEST_CRON: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server not ready after 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** What the overview calls, then the other pages' aggregates. */
const AGGREGATES: readonly { name: string; path: string }[] = [
  { name: 'headline (overview)', path: '/api/v1/dashboard/headline' },
  { name: 'progress (overview)', path: '/api/v1/dashboard/progress' },
  { name: 'demo status (overview)', path: '/api/v1/demo' },
  { name: 'reference (filters)', path: '/api/v1/reference' },
  { name: 'progress, filtered (UPR, African States)', path: '/api/v1/dashboard/progress?mechanism=upr&regionalGroup=AFRICAN' },
  { name: 'comparison by regional group', path: '/api/v1/dashboard/comparisons?dimension=regional_group' },
  { name: 'comparison by theme', path: '/api/v1/dashboard/comparisons?dimension=theme' },
  { name: 'comparison by State (map)', path: '/api/v1/dashboard/comparisons?dimension=state' },
  { name: 'State profile (one State)', path: '/api/v1/dashboard/states/FRA' },
];

async function apiTime(baseUrl: string, path: string): Promise<number> {
  const { value: res, ms: took } = await timed(() => fetch(`${baseUrl}${path}`));
  if (!res.ok) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  return took;
}

/** Time from the start of navigation to the first stacked area of a chart in the page. */
async function timeToFirstChart(baseUrl: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('app-chart-panel path.area') !== null) {
          (window as unknown as { firstChart: number }).firstChart = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}/en/overview`);
    await page.waitForSelector('app-chart-panel path.area', { timeout: 180_000 });
    return await page.evaluate(() => (window as unknown as { firstChart: number }).firstChart);
  } finally {
    await browser.close();
  }
}

/** Baselines on the same database: one scan of the events, and the naive per-month "as of" query. */
async function baselines(url: string, months: number): Promise<{ count: number; naive12: number; naiveAll: number }> {
  return withClient(url, async (db) => {
    const count = (await timed(() => db.query(`SELECT count(*) FROM status_event WHERE public AND effective_on <= $1::date`, [TODAY]))).ms;
    const { ms: naive12 } = await timed(async () => {
      for (let i = 0; i < 12; i++) {
        const monthEnd = new Date(Date.UTC(Number(TODAY.slice(0, 4)), Number(TODAY.slice(5, 7)) - 1 - i + 1, 0)).toISOString().slice(0, 10);
        const asOf = monthEnd > TODAY ? TODAY : monthEnd;
        await db.query(
          `SELECT latest.party_group, latest.status, count(*) FROM (
             SELECT DISTINCT ON (e.recommendation_id, e.party = 'state') CASE WHEN e.party = 'state' THEN 'state' ELSE 'independent' END AS party_group, e.status
             FROM status_event e JOIN recommendation r ON r.id = e.recommendation_id
             WHERE r.archived_at IS NULL AND e.public AND e.effective_on <= $1::date
             ORDER BY e.recommendation_id, e.party = 'state', e.effective_on DESC, e.recorded_at DESC, e.id DESC
           ) latest GROUP BY 1, 2`,
          [asOf],
        );
        await db.query(`SELECT count(*) FROM recommendation r WHERE r.archived_at IS NULL AND coalesce(r.issued_on, r.created_at::date) <= $1::date`, [asOf]);
      }
    });
    return { count, naive12, naiveAll: (naive12 / 12) * months };
  });
}

function writeDocs(section: string): void {
  const start = '<!-- dashboard-bench:start -->';
  const end = '<!-- dashboard-bench:end -->';
  const docs = readFileSync(DOCS, 'utf8');
  const from = docs.indexOf(start);
  const to = docs.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOCS} has no ${start} … ${end} markers (section "Dashboard")`);
  writeFileSync(DOCS, `${docs.slice(0, from + start.length)}\n${section}\n${docs.slice(to)}`);
}

async function main(): Promise<void> {
  if (!existsSync(MAIN) || !existsSync(resolve(FRONTEND, 'en', 'index.html'))) throw new Error('Build first: npm run bench:dashboard builds before it runs.');
  const url = await prepare();
  const sizes = await withClient(url, async (db) => {
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM recommendation) AS r, (SELECT count(*) FROM status_event) AS e, (SELECT count(*) FROM status_event WHERE public) AS p`);
    return { recommendations: Number(rows[0].r), events: Number(rows[0].e), publicEvents: Number(rows[0].p) };
  });

  // 1. A server just started: it warms the overview's aggregates up, and the page load joins that computation.
  let server = await startServer(url);
  const coldChart = await timeToFirstChart(server.baseUrl);
  await server.stop();

  // 2. Another fresh server, without the warm-up: each aggregate's first call (computed by PostgreSQL),
  //    then its second (kept while the data is unchanged).
  server = await startServer(url, { DASHBOARD_WARM_UP: 'false' });
  const apiRows: { name: string; first: number; second: number }[] = [];
  for (const aggregate of AGGREGATES) {
    const first = await apiTime(server.baseUrl, aggregate.path);
    const second = await apiTime(server.baseUrl, aggregate.path);
    apiRows.push({ name: aggregate.name, first, second });
    console.error(`  ${aggregate.name}: ${ms(first)} then ${ms(second)}`);
  }
  // 3. The overview once its aggregates are computed: the usual case.
  const warmCharts = [await timeToFirstChart(server.baseUrl), await timeToFirstChart(server.baseUrl), await timeToFirstChart(server.baseUrl)].sort((a, b) => a - b);
  const warmChart = warmCharts[1] ?? NaN;
  const progress = (await (await fetch(`${server.baseUrl}/api/v1/dashboard/progress`)).json()) as { points: unknown[] };
  await server.stop();

  const months = progress.points.length / 2;
  const base = await baselines(url, months);
  const setBased = apiRows.find((r) => r.name === 'progress (overview)')?.first ?? NaN;

  const lines = [
    `Run on ${TODAY}: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, PostgreSQL at its default settings.`,
    `Registry: ${fmt.format(sizes.recommendations)} recommendations, ${fmt.format(sizes.events)} status events (${fmt.format(sizes.publicEvents)} public), ${fmt.format(months)} months in the series.`,
    '',
    '| measure | time |',
    '|---|---:|',
    `| first rendered chart, aggregates already computed (median of 3 loads) | **${ms(warmChart)}** |`,
    `| first rendered chart, loaded the moment the server is ready (the aggregates it warms up at start still being computed) | ${ms(coldChart)} |`,
    '',
    '| aggregate (API) | first call (computed by PostgreSQL) | second call (data unchanged) |',
    '|---|---:|---:|',
    ...apiRows.map((r) => `| ${r.name} | ${ms(r.first)} | ${ms(r.second)} |`),
    '',
    '| baseline, same database, same run | time | progress (set-based) ÷ baseline |',
    '|---|---:|---:|',
    `| plain count of the public status events (one scan) | ${ms(base.count)} | ${(setBased / base.count).toFixed(1)}× |`,
    `| naive progress: one "as of" query per month, 12 months measured | ${ms(base.naive12)} | ${(setBased / base.naive12).toFixed(2)}× |`,
    `| naive progress extrapolated to the ${fmt.format(months)} months of the series | ${ms(base.naiveAll)} | **${(setBased / base.naiveAll).toFixed(3)}×** |`,
  ];
  const section = lines.join('\n');
  console.log(`\n${section}\n`);
  writeDocs(section);
  if (!REUSE) await withClient(SERVER, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
