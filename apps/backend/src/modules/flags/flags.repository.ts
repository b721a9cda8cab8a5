import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CooperationRuleId, EvaluationWindow } from '@tracker/domain';
import type { FlagPlan, StoredFiring, StoredFlag } from './flag-plan';

/**
 * The sweep's reads and writes of flags for one State, as named, set-based SQL: a constant number
 * of statements per State whatever the number of rules or records (jsonb_to_recordset batches).
 * Every statement is keyed by the unique indexes (state, rule) and (state, rule, window).
 */
@Injectable()
export class FlagsRepository {
  /** Serialises evaluations of one State (a retried job and a new sweep may overlap); released at commit. */
  async lockState(manager: EntityManager, stateIso3: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cooperation-flags'), hashtext($1))`, [stateIso3]);
  }

  async storedFlags(manager: EntityManager, stateIso3: string): Promise<StoredFlag[]> {
    return manager.query(
      `SELECT id, rule_id AS "ruleId", status, severity, persistent, first_seen_window AS "firstSeenWindow",
              last_seen_window AS "lastSeenWindow", dismissed_in_window AS "dismissedInWindow"
         FROM cooperation_flag WHERE state_iso3 = $1 FOR UPDATE`,
      [stateIso3],
    );
  }

  async storedFirings(manager: EntityManager, stateIso3: string): Promise<StoredFiring[]> {
    return manager.query(
      `SELECT rule_id AS "ruleId", window_key AS "windowKey", severity, persistent FROM cooperation_flag_window WHERE state_iso3 = $1`,
      [stateIso3],
    );
  }

  /**
   * Applies a plan. Returns the flags raised or reopened (their new history events), for
   * notifications and audit.
   */
  async apply(manager: EntityManager, stateIso3: string, window: EvaluationWindow, plan: FlagPlan): Promise<{ flagId: number; ruleId: CooperationRuleId; eventId: number; action: string; from: string | null; to: string }[]> {
    if (plan.retracted.length > 0) {
      await manager.query(`DELETE FROM cooperation_flag_window WHERE state_iso3 = $1 AND window_key = $2 AND rule_id = ANY($3::text[])`, [stateIso3, window.key, plan.retracted]);
    }
    if (plan.deletedFlags.length > 0) {
      await manager.query(`DELETE FROM cooperation_flag WHERE id = ANY($1::int[]) AND status = 'open'`, [plan.deletedFlags]);
    }
    const written: { id: number; rule_id: CooperationRuleId; status: string }[] =
      plan.flags.length === 0
        ? []
        : await manager.query(
            `INSERT INTO cooperation_flag (state_iso3, rule_id, category, status, severity, persistent, first_seen_window, last_seen_window, version)
             SELECT $1, x."ruleId", x.category, x.status, x.severity, x.persistent, x."firstSeenWindow", x."lastSeenWindow", 1
               FROM jsonb_to_recordset($2::jsonb) AS x("ruleId" text, category text, status text, severity text, persistent boolean, "firstSeenWindow" text, "lastSeenWindow" text)
             ON CONFLICT (state_iso3, rule_id) DO UPDATE
                SET status = EXCLUDED.status, severity = EXCLUDED.severity, persistent = EXCLUDED.persistent,
                    first_seen_window = EXCLUDED.first_seen_window, last_seen_window = EXCLUDED.last_seen_window,
                    version = cooperation_flag.version + 1, updated_at = now()
             RETURNING id, rule_id, status`,
            [stateIso3, JSON.stringify(plan.flags)],
          );
    if (plan.firings.length > 0) {
      await manager.query(
        `INSERT INTO cooperation_flag_window (flag_id, state_iso3, rule_id, window_key, severity, persistent, explanation, evaluated_on)
         SELECT f.id, $1, x."ruleId", $2, x.severity, x.persistent, x.explanation, $3::date
           FROM jsonb_to_recordset($4::jsonb) AS x("ruleId" text, severity text, persistent boolean, explanation text)
           JOIN cooperation_flag f ON f.state_iso3 = $1 AND f.rule_id = x."ruleId"
         ON CONFLICT (state_iso3, rule_id, window_key) DO UPDATE
            SET severity = EXCLUDED.severity, persistent = EXCLUDED.persistent, explanation = EXCLUDED.explanation,
                evaluated_on = EXCLUDED.evaluated_on, updated_at = now()
          WHERE (cooperation_flag_window.severity, cooperation_flag_window.persistent, cooperation_flag_window.explanation)
                IS DISTINCT FROM (EXCLUDED.severity, EXCLUDED.persistent, EXCLUDED.explanation)`,
        [stateIso3, window.key, window.asOf, JSON.stringify(plan.firings.map(({ evidence: _evidence, ...f }) => f))],
      );
    }
    // The evidence of this window's firings becomes exactly the planned set: stale links go, new ones come.
    const evidence = plan.firings.flatMap((f) => f.evidence.map((e) => ({ ruleId: f.ruleId, kind: e.kind, id: Number(e.id) })));
    await manager.query(
      `WITH wanted AS (
         SELECT w.id AS flag_window_id, x.kind AS record_kind, x.id AS record_id
           FROM jsonb_to_recordset($3::jsonb) AS x("ruleId" text, kind text, id int)
           JOIN cooperation_flag_window w ON w.state_iso3 = $1 AND w.window_key = $2 AND w.rule_id = x."ruleId"),
       stale AS (
         DELETE FROM cooperation_flag_evidence e USING cooperation_flag_window w
          WHERE e.flag_window_id = w.id AND w.state_iso3 = $1 AND w.window_key = $2
            AND NOT EXISTS (SELECT 1 FROM wanted x WHERE x.flag_window_id = e.flag_window_id AND x.record_kind = e.record_kind AND x.record_id = e.record_id))
       INSERT INTO cooperation_flag_evidence (flag_window_id, record_kind, record_id) SELECT * FROM wanted ON CONFLICT DO NOTHING`,
      [stateIso3, window.key, JSON.stringify(evidence)],
    );
    const events = plan.flags.flatMap((f) => {
      const row = written.find((w) => w.rule_id === f.ruleId);
      return f.event === null || row === undefined ? [] : [{ flagId: row.id, ruleId: f.ruleId, action: f.event.action, from: f.event.from, to: f.status }];
    });
    if (events.length === 0) return [];
    const inserted: { id: number; flag_id: number }[] = await manager.query(
      `INSERT INTO cooperation_flag_event (flag_id, actor, action, from_status, to_status, window_key)
       SELECT x."flagId", 'system', x.action, x."from", x."to", $1 FROM jsonb_to_recordset($2::jsonb) AS x("flagId" int, action text, "from" text, "to" text)
       RETURNING id, flag_id`,
      [window.key, JSON.stringify(events)],
    );
    return events.map((e) => ({ ...e, eventId: inserted.find((i) => i.flag_id === e.flagId)?.id ?? 0 }));
  }

  /**
   * Notifies the people who follow the State (subscriptions of kind 'state', shared with the overdue
   * digest) of flags raised or reopened: one in-app notification per follower and event, written in
   * the evaluation's transaction (the event is written once, so is its notification). Only followers
   * who may read flags (OHCHR officers, administrators) are told: a flag is not public.
   */
  async notifyFollowers(manager: EntityManager, stateIso3: string, windowKey: string, notices: readonly { flagId: number; eventId: number; ruleId: string; action: string; title: string; body: string }[]): Promise<number> {
    if (notices.length === 0) return 0;
    const rows = await manager.query<unknown[]>(
      `INSERT INTO notification (user_id, kind, title, body, payload)
       SELECT s.user_id, 'cooperation_flag', x.title, x.body,
              jsonb_build_object('flagId', x."flagId", 'eventId', x."eventId", 'stateIso3', $1::text, 'ruleId', x."ruleId", 'windowKey', $2::text, 'action', x.action)
         FROM jsonb_to_recordset($3::jsonb) AS x("flagId" int, "eventId" int, "ruleId" text, action text, title text, body text)
         JOIN subscription s ON s.kind = 'state' AND s.target = $1 AND s.archived_at IS NULL
         JOIN user_account u ON u.id = s.user_id AND u.deactivated_at IS NULL AND u.role IN ('ohchr_officer', 'administrator')
       RETURNING id`,
      [stateIso3, windowKey, JSON.stringify(notices)],
    );
    return rows.length;
  }
}
