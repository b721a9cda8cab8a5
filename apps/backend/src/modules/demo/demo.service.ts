import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { AuditService } from '../audit/audit.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { StatusEventsService } from '../status-events/status-events.service';
import { DEMO_SOURCE, demoRecommendations, type DemoRecommendation } from './demo-dataset';
import { DEMO_DEFAULT_SIZE, type DemoLoadDto, type DemoLoadedDto, type DemoRemovedDto, type DemoStatusDto } from './dto/demo.dto';

const REGISTRY_WRITERS_ONLY = 'Only OHCHR officers and administrators load or remove demo data.';
const BATCH = 1000;
/** Serialises loading and removal across processes. */
const DEMO_LOCK = "hashtext('tracker:demo-dataset')";
/** Tables computed from a recommendation, removed with it although their foreign key restricts deletion. */
const DERIVED_TABLES: readonly string[] = ['recommendation_deadline'];

interface Restriction {
  table_name: string;
  column_name: string;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The demo dataset: synthetic recommendations (source "demo") with status histories, loaded into an
 * empty registry so a newcomer sees the dashboard at work, and removed again in one action. Both are
 * OHCHR's (registry writers) and audited.
 */
@Injectable()
export class DemoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly statusEvents: StatusEventsService,
    private readonly dashboard: DashboardService,
  ) {}

  async status(): Promise<DemoStatusDto> {
    const rows: { demo: number; any_recommendation: boolean; administrator: boolean }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM recommendation WHERE source = $1 AND archived_at IS NULL)::int AS demo,
              EXISTS (SELECT 1 FROM recommendation WHERE archived_at IS NULL) AS any_recommendation,
              EXISTS (SELECT 1 FROM user_account WHERE role = 'administrator' AND deactivated_at IS NULL) AS administrator`,
      [DEMO_SOURCE],
    );
    const row = rows[0] ?? { demo: 0, any_recommendation: false, administrator: false };
    return { loaded: row.demo > 0, recommendations: row.demo, registryEmpty: !row.any_recommendation, administratorExists: row.administrator };
  }

  async load(actor: Actor, dto: DemoLoadDto): Promise<DemoLoadedDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', REGISTRY_WRITERS_ONLY);
    await this.refuseUnlessEmpty(this.dataSource.manager);
    const dataset = await demoRecommendations(dto.recommendations ?? DEMO_DEFAULT_SIZE, this.dashboard.today());
    const loaded = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`);
      await this.refuseUnlessEmpty(manager);
      const counts = { recommendations: 0, statusEvents: 0, responses: 0 };
      for (let start = 0; start < dataset.length; start += BATCH) {
        const batch = await this.insertBatch(manager, dataset.slice(start, start + BATCH));
        counts.recommendations += batch.recommendations;
        counts.statusEvents += batch.statusEvents;
        counts.responses += batch.responses;
      }
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'demo_dataset',
        entityId: DEMO_SOURCE,
        changes: {
          recommendations: { before: 0, after: counts.recommendations },
          statusEvents: { before: 0, after: counts.statusEvents },
        },
      });
      return counts;
    });
    this.dashboard.cache.clear();
    return loaded;
  }

  async remove(actor: Actor): Promise<DemoRemovedDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', REGISTRY_WRITERS_ONLY);
    const removed = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`);
      const ids = ((await manager.query(`SELECT id FROM recommendation WHERE source = $1 AND archived_at IS NULL`, [DEMO_SOURCE])) as { id: number }[]).map((r) => r.id);
      if (ids.length === 0) return { deleted: 0, archived: 0 };
      const kept = await this.referencedByPeople(manager, ids);
      for (const table of DERIVED_TABLES) {
        await manager.query(`DELETE FROM ${quoteIdent(table)} WHERE recommendation_id = ANY($1::int[]) AND NOT (recommendation_id = ANY($2::int[]))`, [ids, [...kept]]);
      }
      if (kept.size > 0) await manager.query(`UPDATE recommendation SET archived_at = now() WHERE id = ANY($1::int[])`, [[...kept]]);
      const [{ n: deleted }] = (await manager.query(
        `WITH gone AS (DELETE FROM recommendation WHERE id = ANY($1::int[]) AND NOT (id = ANY($2::int[])) RETURNING id) SELECT count(*)::int AS n FROM gone`,
        [ids, [...kept]],
      )) as [{ n: number }];
      const result = { deleted, archived: kept.size };
      await this.audit.record(manager, {
        action: 'delete',
        entityType: 'demo_dataset',
        entityId: DEMO_SOURCE,
        changes: { recommendations: { before: ids.length, after: 0 }, archived: { before: 0, after: kept.size } },
      });
      return result;
    });
    this.dashboard.cache.clear();
    return removed;
  }

  private async refuseUnlessEmpty(manager: EntityManager): Promise<void> {
    const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM recommendation WHERE archived_at IS NULL`)) as [{ n: number }];
    if (n > 0) {
      throw new ConflictException(
        `The registry already holds ${n} recommendation${n === 1 ? '' : 's'}: demo data is loaded only into an empty registry, so that it is never mixed with real records.`,
      );
    }
  }

  /**
   * Demo recommendations that records made by people point at (an assessment, a report, an
   * assistance request…): every foreign key to recommendation that restricts deletion, except the
   * derived tables. They are archived rather than deleted, so nothing anyone wrote is lost.
   */
  private async referencedByPeople(manager: EntityManager, ids: readonly number[]): Promise<Set<number>> {
    const restrictions: Restriction[] = await manager.query(
      `SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.confrelid = 'recommendation'::regclass AND c.confdeltype IN ('r', 'a')
         AND c.conrelid <> 'recommendation'::regclass AND NOT (c.conrelid::regclass::text = ANY($1::text[]))`,
      [DERIVED_TABLES],
    );
    const kept = new Set<number>();
    for (const { table_name, column_name } of restrictions) {
      const column = quoteIdent(column_name);
      // table_name comes from regclass output, already quoted where PostgreSQL needs it.
      const rows: { id: number }[] = await manager.query(`SELECT DISTINCT ${column} AS id FROM ${table_name} WHERE ${column} = ANY($1::int[])`, [ids]);
      for (const row of rows) kept.add(row.id);
    }
    return kept;
  }

  /** Inserts one batch set-based (one statement per table) and keeps the registry's current status in step. */
  private async insertBatch(manager: EntityManager, batch: readonly DemoRecommendation[]): Promise<{ recommendations: number; statusEvents: number; responses: number }> {
    const column = <T>(pick: (r: DemoRecommendation['record']) => T): T[] => batch.map((item) => pick(item.record));
    const inserted: { id: number; external_id: string }[] = await manager.query(
      `INSERT INTO recommendation (mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, issued_on,
         action_category, source, external_id, group_key, current_response, version)
       SELECT x.mechanism, x.body_code, x.state_iso3, x.cycle, x.session, x.document_symbol, x.paragraph, x.text, x.issued_on,
              x.action_category, $13, x.external_id, x.group_key, coalesce(x.response, 'no_response'), 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::date[], $10::int[], $11::text[], $12::text[], $14::text[])
         AS x(mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, issued_on, action_category, external_id, group_key, response)
       ON CONFLICT DO NOTHING
       RETURNING id, external_id`,
      [
        column((r) => r.mechanism),
        column((r) => r.bodyCode),
        column((r) => r.stateIso3),
        column((r) => r.cycle),
        column((r) => r.session),
        column((r) => r.documentSymbol),
        column((r) => r.paragraph),
        column((r) => r.text),
        column((r) => r.issuedOn),
        column((r) => r.actionCategory),
        column((r) => r.externalId),
        column((r) => r.groupKey),
        DEMO_SOURCE,
        column((r) => r.response),
      ],
    );
    const idOf = new Map(inserted.map((row) => [row.external_id, row.id]));
    const rows = batch.flatMap((item) => {
      const id = item.record.externalId === null ? undefined : idOf.get(item.record.externalId);
      return id === undefined ? [] : [{ id, item }];
    });
    const links = (table: string, column: string, pick: (r: DemoRecommendation['record']) => readonly string[] | null): Promise<unknown> => {
      const pairs = rows.flatMap(({ id, item }) => (pick(item.record) ?? []).map((code) => [id, code] as const));
      return manager.query(
        `INSERT INTO ${table} (recommendation_id, ${column}) SELECT * FROM unnest($1::int[], $2::text[]) ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
    };
    await links('recommendation_recommending_state', 'state_iso3', (r) => r.recommendingStates);
    await links('recommendation_theme', 'theme_code', (r) => r.themes);
    await links('recommendation_affected_person', 'affected_person_code', (r) => r.affectedPersons);
    await links('recommendation_sdg', 'sdg_code', (r) => r.sdgs);
    const responses = rows.filter(({ item }) => item.record.response !== null);
    await manager.query(
      `INSERT INTO recommendation_response (recommendation_id, response, responded_on, source_document, note)
       SELECT x.id, x.response, x.responded_on, x.source_document, 'Demo data (synthetic)'
       FROM unnest($1::int[], $2::text[], $3::date[], $4::text[]) AS x(id, response, responded_on, source_document)`,
      [responses.map((r) => r.id), responses.map((r) => r.item.record.response), responses.map((r) => r.item.record.issuedOn), responses.map((r) => r.item.record.responseSource)],
    );
    const claims = rows.flatMap(({ id, item }) => item.claims.map((claim) => ({ id, claim })));
    await manager.query(
      `INSERT INTO status_event (recommendation_id, party, status, effective_on, source, source_id, public)
       SELECT x.id, x.party, x.status, x.effective_on,
              CASE x.party WHEN 'state' THEN 'state_report' WHEN 'ohchr' THEN 'ohchr' ELSE 'assessment' END, $5, true
       FROM unnest($1::int[], $2::text[], $3::text[], $4::date[]) AS x(id, party, status, effective_on)`,
      [claims.map((c) => c.id), claims.map((c) => c.claim.party), claims.map((c) => c.claim.status), claims.map((c) => c.claim.effectiveOn), DEMO_SOURCE],
    );
    await this.statusEvents.refreshCurrentStatus(manager, rows.map((r) => r.id));
    return { recommendations: rows.length, statusEvents: claims.length, responses: responses.length };
  }
}
