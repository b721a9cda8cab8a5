import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedIn } from './accounts';

export interface SweepStatus {
  id: number;
  total: number;
  done: number;
  failed: number;
  running: boolean;
  windowKey: string;
}

/** Asks for an evaluation as the officer and waits until its sweep has finished (every State done or failed). */
export async function sweepAndWait(officer: SignedIn, body: { asOf: string; stateIso3?: string }, timeoutMs = 45_000): Promise<SweepStatus> {
  const started = await officer.http.post('/api/v1/flags/evaluate').send(body);
  if (started.status !== 202) throw new Error(`evaluate answered ${started.status}: ${JSON.stringify(started.body)}`);
  return waitForSweep(officer, (started.body as SweepStatus).id, timeoutMs);
}

export async function waitForSweep(officer: SignedIn, id: number, timeoutMs = 45_000): Promise<SweepStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await officer.http.get(`/api/v1/flags/sweeps/${id}`);
    const sweep = res.body as SweepStatus;
    if (res.status === 200 && !sweep.running) return sweep;
    if (Date.now() > deadline) throw new Error(`sweep ${id} still running after ${timeoutMs} ms: ${JSON.stringify(sweep)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything the sweep writes, to compare two runs (timestamps of unchanged rows included). */
export async function flagSnapshot(app: INestApplication): Promise<Record<string, unknown>> {
  const db = app.get(DataSource);
  return {
    flags: await db.query(`SELECT * FROM cooperation_flag ORDER BY id`),
    windows: await db.query(`SELECT * FROM cooperation_flag_window ORDER BY id`),
    evidence: await db.query(`SELECT * FROM cooperation_flag_evidence ORDER BY flag_window_id, record_kind, record_id`),
    events: await db.query(`SELECT * FROM cooperation_flag_event ORDER BY id`),
    notifications: await db.query(`SELECT id, user_id, kind, title, payload FROM notification WHERE kind = 'cooperation_flag' ORDER BY id`),
    audit: await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'cooperation_flag'`),
  };
}

/** The flags as (State, rule) → severity, for exact comparisons. */
export async function flagMap(app: INestApplication): Promise<Record<string, string>> {
  const rows: { state_iso3: string; rule_id: string; severity: string }[] = await app.get(DataSource).query(`SELECT state_iso3, rule_id, severity FROM cooperation_flag ORDER BY state_iso3, rule_id`);
  return Object.fromEntries(rows.map((r) => [`${r.state_iso3} ${r.rule_id}`, r.severity]));
}
