import { currentResponse, type ResponseCode, type ResponseEntry } from '@tracker/domain';
import type { EntityManager } from 'typeorm';
import type { AuditChanges } from '../../audit/audit-log.entity';
import { diffFields } from '../../audit/audit.service';
import { currentContext } from '../../../common/request-context';
import type { ImportFormat } from '../parsers/types';
import { recordKey, type ImportRecord, type ImportUnit } from './import-units';

/** What one batch did, added to the import's counters in the same transaction. */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  pledgesCreated: number;
  pledgesUpdated: number;
  pledgesUnchanged: number;
  recommendingStateLinks: number;
  rejected: number;
  statements: number;
  errors: number;
  warnings: number;
  rowsDone: number;
}

export function emptyOutcome(): BatchOutcome {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    pledgesCreated: 0,
    pledgesUpdated: 0,
    pledgesUnchanged: 0,
    recommendingStateLinks: 0,
    rejected: 0,
    statements: 0,
    errors: 0,
    warnings: 0,
    rowsDone: 0,
  };
}

interface HistoryEntry {
  response: ResponseCode;
  respondedOn: string | null;
  recordedAt: string;
  sourceDocument: string | null;
}

interface ExistingRow {
  id: number;
  external_id: string | null;
  body_code: string;
  group_key: string;
  archived: boolean;
  mechanism: string;
  state_iso3: string;
  cycle: number | null;
  session: number | null;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  issued_on: string | null;
  action_category: number | null;
  current_response: ResponseCode;
  recommending_states: string[];
  themes: string[];
  affected_persons: string[];
  sdgs: string[];
  history: HistoryEntry[];
}

/** Fields an import owns and compares (the position is compared with the response history); audit rows name those that changed. */
const IMPORTED_FIELDS = [
  'body',
  'stateIso3',
  'cycle',
  'session',
  'documentSymbol',
  'paragraph',
  'text',
  'issuedOn',
  'actionCategory',
  'recommendingStates',
  'themes',
  'affectedPersons',
  'sdgs',
] as const;
type Snapshot = Partial<Record<(typeof IMPORTED_FIELDS)[number], unknown>>;

const sorted = (values: readonly string[]): string[] => [...values].sort();

function snapshotOfRecord(record: ImportRecord, existing: ExistingRow | null): Snapshot {
  return {
    body: record.bodyCode,
    stateIso3: record.stateIso3,
    cycle: record.cycle,
    session: record.session,
    documentSymbol: record.documentSymbol,
    paragraph: record.paragraph,
    text: record.text,
    issuedOn: record.issuedOn,
    actionCategory: record.actionCategory,
    recommendingStates: sorted(record.recommendingStates),
    themes: sorted(record.themes),
    // A list the format does not carry keeps its current value.
    affectedPersons: record.affectedPersons === null ? sorted(existing?.affected_persons ?? []) : sorted(record.affectedPersons),
    sdgs: record.sdgs === null ? sorted(existing?.sdgs ?? []) : sorted(record.sdgs),
  };
}

function snapshotOfRow(row: ExistingRow): Snapshot {
  return {
    body: row.body_code,
    stateIso3: row.state_iso3,
    cycle: row.cycle,
    session: row.session,
    documentSymbol: row.document_symbol,
    paragraph: row.paragraph,
    text: row.text,
    issuedOn: row.issued_on,
    actionCategory: row.action_category,
    recommendingStates: sorted(row.recommending_states),
    themes: sorted(row.themes),
    affectedPersons: sorted(row.affected_persons),
    sdgs: sorted(row.sdgs),
  };
}

/**
 * A position is recorded when it differs from what the same source document said last (or the
 * source never said anything): positions entered by people from other documents are never undone.
 */
function needsResponse(record: ImportRecord, history: readonly HistoryEntry[]): boolean {
  if (record.response === null) return false;
  const last = history.filter((h) => h.sourceDocument === record.responseSource).at(-1);
  return last?.response !== record.response;
}

function keyOfRow(row: ExistingRow): string {
  return recordKey({ externalId: row.external_id, bodyCode: row.body_code as ImportRecord['bodyCode'], groupKey: row.group_key });
}

/** Column lists of a batch, for set-based statements (`unnest` of parallel arrays). */
class LinkRows {
  readonly ids: number[] = [];
  readonly codes: string[] = [];

  add(id: number, codes: readonly string[]): void {
    for (const code of codes) {
      this.ids.push(id);
      this.codes.push(code);
    }
  }
}

const LINK_TABLES = {
  recommendingStates: { table: 'recommendation_recommending_state', column: 'state_iso3' },
  themes: { table: 'recommendation_theme', column: 'theme_code' },
  affectedPersons: { table: 'recommendation_affected_person', column: 'affected_person_code' },
  sdgs: { table: 'recommendation_sdg', column: 'sdg_code' },
} as const;
type LinkKind = keyof typeof LINK_TABLES;
const LINK_KINDS = Object.keys(LINK_TABLES) as LinkKind[];

function linksOf(record: ImportRecord, kind: LinkKind): readonly string[] | null {
  switch (kind) {
    case 'recommendingStates':
      return record.recommendingStates;
    case 'themes':
      return record.themes;
    case 'affectedPersons':
      return record.affectedPersons;
    case 'sdgs':
      return record.sdgs;
  }
}

/**
 * Writes one batch of units inside the caller's transaction, set-based: one lookup of the existing
 * records by stable key, one INSERT per table for new records, one UPDATE for changed ones, and the
 * report lines. Records already as the file has them are left untouched (no version bump, no audit).
 */
export class ImportWriter {
  constructor(
    private readonly importId: number,
    private readonly format: ImportFormat,
  ) {}

  async writeBatch(manager: EntityManager, units: readonly ImportUnit[]): Promise<BatchOutcome> {
    const outcome = emptyOutcome();
    const records: ImportRecord[] = [];
    for (const unit of units) {
      outcome.rowsDone += unit.newRows;
      for (const issue of unit.issues) {
        if (issue.severity === 'error') outcome.errors++;
        else outcome.warnings++;
      }
      switch (unit.kind) {
        case 'rejected':
          outcome.rejected += unit.rowNumbers.length;
          break;
        case 'statement':
          outcome.statements += unit.rowNumbers.length;
          break;
        case 'recommendation':
        case 'pledge':
          if (unit.record) records.push(unit.record);
          break;
        case 'file':
          break;
      }
    }
    // Imports of the same source take turns batch by batch, so a lookup-then-insert cannot race.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`tracker-import:${this.format}`]);
    // While a table fills, its statistics lag behind and inflate cost estimates: JIT compilation
    // would then cost more than these short, index-driven statements.
    await manager.query(`SET LOCAL jit = off`);
    const existing = await this.lookup(manager, records);
    const fresh: ImportRecord[] = [];
    const changed: { record: ImportRecord; row: ExistingRow; changes: AuditChanges; response: boolean }[] = [];
    for (const record of records) {
      const isPledge = record.kind === 'pledge';
      if (record.kind === 'recommendation') outcome.recommendingStateLinks += record.recommendingStates.length;
      const row = existing.get(recordKey(record));
      if (!row) {
        fresh.push(record);
        if (isPledge) outcome.pledgesCreated++;
        else outcome.created++;
        continue;
      }
      const changes = row.archived ? {} : diffFields<Snapshot>(snapshotOfRow(row), snapshotOfRecord(record, row), IMPORTED_FIELDS);
      const response = !row.archived && needsResponse(record, row.history);
      if (Object.keys(changes).length === 0 && !response) {
        if (isPledge) outcome.pledgesUnchanged++;
        else outcome.unchanged++;
        continue;
      }
      changed.push({ record, row, changes, response });
      if (isPledge) outcome.pledgesUpdated++;
      else outcome.updated++;
    }
    await this.insert(manager, fresh);
    await this.update(manager, changed);
    await this.report(manager, units);
    return outcome;
  }

  /**
   * The existing records of a batch, by stable key. Each key is one probe of a unique index
   * (UQ_recommendation_source_external_id, or UQ_recommendation_import_group_key for records without
   * an official id): the LATERAL … LIMIT 1 keeps the planner on those index probes even while the
   * table grows faster than its statistics during a large import (a hash join would scan it all).
   */
  private async lookup(manager: EntityManager, records: readonly ImportRecord[]): Promise<Map<string, ExistingRow>> {
    const ids = records.flatMap((r) => (r.externalId !== null ? [r.externalId] : []));
    const bodies: string[] = [];
    const keys: string[] = [];
    for (const r of records) {
      if (r.externalId !== null) continue;
      bodies.push(r.bodyCode);
      keys.push(r.groupKey);
    }
    const rows: ExistingRow[] = await manager.query(
      `WITH found AS (
         SELECT f.id FROM unnest($2::text[]) AS k(external_id),
           LATERAL (SELECT r.id FROM recommendation r WHERE r.source = $1 AND r.external_id = k.external_id LIMIT 1) f
         UNION ALL
         SELECT f.id FROM unnest($3::text[], $4::text[]) AS k(body_code, group_key),
           LATERAL (SELECT r.id FROM recommendation r
                    WHERE r.source = $1 AND r.source <> 'manual' AND r.external_id IS NULL
                      AND r.body_code = k.body_code AND r.group_key = k.group_key LIMIT 1) f
       )
       SELECT r.id, r.external_id, r.body_code, r.group_key, r.archived_at IS NOT NULL AS archived, r.mechanism, r.state_iso3,
              r.cycle, r.session, r.document_symbol, r.paragraph, r.text, to_char(r.issued_on, 'YYYY-MM-DD') AS issued_on,
              r.action_category, r.current_response,
              ARRAY(SELECT l.state_iso3::text FROM recommendation_recommending_state l WHERE l.recommendation_id = r.id) AS recommending_states,
              ARRAY(SELECT l.theme_code::text FROM recommendation_theme l WHERE l.recommendation_id = r.id) AS themes,
              ARRAY(SELECT l.affected_person_code::text FROM recommendation_affected_person l WHERE l.recommendation_id = r.id) AS affected_persons,
              ARRAY(SELECT l.sdg_code::text FROM recommendation_sdg l WHERE l.recommendation_id = r.id) AS sdgs,
              COALESCE((SELECT json_agg(json_build_object('response', h.response, 'respondedOn', to_char(h.responded_on, 'YYYY-MM-DD'),
                                                          'recordedAt', h.recorded_at, 'sourceDocument', h.source_document) ORDER BY h.id)
                        FROM recommendation_response h WHERE h.recommendation_id = r.id), '[]'::json) AS history
       FROM recommendation r WHERE r.id IN (SELECT id FROM found)`,
      [this.format, ids, bodies, keys],
    );
    return new Map(rows.map((row) => [keyOfRow(row), row]));
  }

  private async insert(manager: EntityManager, records: readonly ImportRecord[]): Promise<void> {
    if (records.length === 0) return;
    const column = <T>(value: (r: ImportRecord) => T): T[] => records.map(value);
    const inserted: { id: number; external_id: string | null; body_code: string; group_key: string }[] = await manager.query(
      `INSERT INTO recommendation (mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, issued_on,
         action_category, source, external_id, group_key, current_response, version)
       SELECT x.mechanism, x.body_code, x.state_iso3, x.cycle, x.session, x.document_symbol, x.paragraph, x.text, x.issued_on,
              x.action_category, $14, x.external_id, x.group_key, x.current_response, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::date[],
                   $10::int[], $11::text[], $12::text[], $13::text[])
         AS x(mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, issued_on, action_category,
              external_id, group_key, current_response)
       RETURNING id, external_id, body_code, group_key`,
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
        column((r) => r.response ?? 'no_response'),
        this.format,
      ],
    );
    const idByKey = new Map(
      inserted.map((row) => [recordKey({ externalId: row.external_id, bodyCode: row.body_code as ImportRecord['bodyCode'], groupKey: row.group_key }), row.id]),
    );
    const idOf = (record: ImportRecord): number => {
      const id = idByKey.get(recordKey(record));
      if (id === undefined) throw new Error(`import: no id returned for ${recordKey(record)}`);
      return id;
    };
    for (const kind of LINK_KINDS) {
      const links = new LinkRows();
      for (const record of records) links.add(idOf(record), linksOf(record, kind) ?? []);
      await this.insertLinks(manager, kind, links);
    }
    const responding = records.filter((r) => r.response !== null);
    await this.insertResponses(manager, responding.map(idOf), responding);
    const context = currentContext();
    await manager.query(
      `INSERT INTO audit_log (actor, request_id, action, entity_type, entity_id, changes)
       SELECT $1, $2, 'create', 'recommendation', id::text, jsonb_build_object('import', jsonb_build_object('before', null, 'after', $3::int),
              'source', jsonb_build_object('before', null, 'after', $4::text))
       FROM unnest($5::int[]) AS id`,
      [context.actor, context.requestId, this.importId, this.format, records.map(idOf)],
    );
  }

  private async update(
    manager: EntityManager,
    changed: readonly { record: ImportRecord; row: ExistingRow; changes: AuditChanges; response: boolean }[],
  ): Promise<void> {
    if (changed.length === 0) return;
    const fieldChanges = changed.filter((c) => Object.keys(c.changes).length > 0);
    if (fieldChanges.length > 0) {
      const rows = fieldChanges.map(({ record: r, row }) => ({
        id: row.id,
        mechanism: r.mechanism,
        body_code: r.bodyCode,
        state_iso3: r.stateIso3,
        cycle: r.cycle,
        session: r.session,
        document_symbol: r.documentSymbol,
        paragraph: r.paragraph,
        text: r.text,
        issued_on: r.issuedOn,
        action_category: r.actionCategory,
        group_key: r.groupKey,
      }));
      await manager.query(
        `UPDATE recommendation r SET mechanism = x.mechanism, body_code = x.body_code, state_iso3 = x.state_iso3, cycle = x.cycle,
           session = x.session, document_symbol = x.document_symbol, paragraph = x.paragraph, text = x.text, issued_on = x.issued_on,
           action_category = x.action_category, group_key = x.group_key
         FROM jsonb_to_recordset($1::jsonb) AS x(id int, mechanism text, body_code text, state_iso3 text, cycle int, session int,
           document_symbol text, paragraph text, text text, issued_on date, action_category int, group_key text)
         WHERE r.id = x.id`,
        [JSON.stringify(rows)],
      );
      for (const kind of LINK_KINDS) {
        const touched = fieldChanges.filter((c) => c.changes[kind] !== undefined);
        if (touched.length === 0) continue;
        const { table } = LINK_TABLES[kind];
        await manager.query(`DELETE FROM ${table} WHERE recommendation_id = ANY($1::int[])`, [touched.map((c) => c.row.id)]);
        const links = new LinkRows();
        for (const c of touched) links.add(c.row.id, linksOf(c.record, kind) ?? []);
        await this.insertLinks(manager, kind, links);
      }
    }
    const responding = changed.filter((c) => c.response);
    await this.insertResponses(manager, responding.map((c) => c.row.id), responding.map((c) => c.record));
    const recordedAt = new Date().toISOString();
    const audits = changed.map(({ record, row, changes, response }) => {
      const all: AuditChanges = { ...changes };
      if (response && record.response !== null) {
        const history: ResponseEntry[] = [...row.history, { response: record.response, respondedOn: null, recordedAt }];
        const after = currentResponse(history);
        if (after !== row.current_response) all['response'] = { before: row.current_response, after };
        all['responseEntry'] = { before: null, after: { response: record.response, sourceDocument: record.responseSource } };
        return { id: row.id, current: after, changes: all };
      }
      return { id: row.id, current: row.current_response, changes: all };
    });
    await manager.query(
      `UPDATE recommendation r SET current_response = x.current, version = r.version + 1, updated_at = now()
       FROM unnest($1::int[], $2::text[]) AS x(id, current) WHERE r.id = x.id`,
      [audits.map((a) => a.id), audits.map((a) => a.current)],
    );
    const context = currentContext();
    await manager.query(
      `INSERT INTO audit_log (actor, request_id, action, entity_type, entity_id, changes)
       SELECT $1, $2, 'update', 'recommendation', x.id::text, x.changes
       FROM unnest($3::int[], $4::jsonb[]) AS x(id, changes)`,
      [context.actor, context.requestId, audits.map((a) => a.id), audits.map((a) => JSON.stringify(a.changes))],
    );
  }

  private async insertLinks(manager: EntityManager, kind: LinkKind, links: LinkRows): Promise<void> {
    if (links.ids.length === 0) return;
    const { table, column } = LINK_TABLES[kind];
    // Codes are deduplicated per record and the links of a record are (re)written whole: no conflicts.
    await manager.query(`INSERT INTO ${table} (recommendation_id, ${column}) SELECT * FROM unnest($1::int[], $2::text[])`, [
      links.ids,
      links.codes,
    ]);
  }

  private async insertResponses(manager: EntityManager, ids: readonly number[], records: readonly ImportRecord[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `INSERT INTO recommendation_response (recommendation_id, response, source_document, note)
       SELECT x.id, x.response, x.source_document, $4 FROM unnest($1::int[], $2::text[], $3::text[]) AS x(id, response, source_document)`,
      [ids, records.map((r) => r.response), records.map((r) => r.responseSource), `Imported (import ${this.importId})`],
    );
  }

  private async report(manager: EntityManager, units: readonly ImportUnit[]): Promise<void> {
    const issues = units.flatMap((u) => u.issues);
    if (issues.length === 0) return;
    await manager.query(
      `INSERT INTO import_issue (import_id, row_number, "column", reason, severity)
       SELECT $1, x.row_number, x.col, x.reason, x.severity FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS x(row_number, col, reason, severity)`,
      [this.importId, issues.map((i) => i.rowNumber), issues.map((i) => i.column), issues.map((i) => i.reason), issues.map((i) => i.severity)],
    );
  }
}
