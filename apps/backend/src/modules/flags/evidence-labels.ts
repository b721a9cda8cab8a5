import type { EntityManager } from 'typeorm';
import type { CooperationRecordKind } from '@tracker/domain';
import type { EvidenceDto } from './dto/flag.dto';

type Row = Record<string, unknown> & { id: number; archived: boolean };

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const words = (v: unknown): string => str(v).replace(/_/g, ' ');

/** Per record kind: the query of the records cited, and their one-line label and main date. */
const KINDS: Readonly<Record<Exclude<CooperationRecordKind, 'assistance_request'>, { sql: string; label: (r: Row) => string; date: (r: Row) => string | null }>> = {
  upr_review: {
    sql: `SELECT id, cycle, session, to_char(review_date, 'YYYY-MM-DD') AS date, national_report, troika, interactive_dialogue, responses, mid_term_report,
                 to_char(adopted_on, 'YYYY-MM-DD') AS adopted_on, archived_at IS NOT NULL AS archived FROM upr_participation WHERE id = ANY($1::int[])`,
    label: (r) => {
      const missed = ['national_report', 'troika', 'interactive_dialogue', 'responses', 'mid_term_report'].filter((s) => r[s] === 'missed').map(words);
      return `UPR review of ${str(r['date'])} (cycle ${str(r['cycle'])}, session ${str(r['session'])}): ${missed.length === 0 ? 'no step missed' : `missed ${missed.join(', ')}`}${r['adopted_on'] ? `; adopted ${str(r['adopted_on'])}` : ''}`;
    },
    date: (r) => str(r['date']),
  },
  treaty_ratification: {
    sql: `SELECT id, treaty, ratified_year, archived_at IS NOT NULL AS archived FROM treaty_ratification WHERE id = ANY($1::int[])`,
    label: (r) => `${str(r['treaty'])} ratified or acceded to in ${str(r['ratified_year'])}`,
    date: (r) => `${str(r['ratified_year'])}-01-01`,
  },
  treaty_report: {
    sql: `SELECT id, body_code, report_type, to_char(due_on, 'YYYY-MM-DD') AS date, to_char(received_on, 'YYYY-MM-DD') AS received_on, archived_at IS NOT NULL AS archived
            FROM treaty_report WHERE id = ANY($1::int[])`,
    label: (r) => `${str(r['body_code'])} ${str(r['report_type'])} report due ${str(r['date'])}, ${r['received_on'] ? `received ${str(r['received_on'])}` : 'not received'}`,
    date: (r) => str(r['date']),
  },
  follow_up_grade: {
    sql: `SELECT id, body_code, paragraph, grade, to_char(assessed_on, 'YYYY-MM-DD') AS date, archived_at IS NOT NULL AS archived FROM follow_up_grade WHERE id = ANY($1::int[])`,
    label: (r) => `${str(r['body_code'])} follow-up grade ${words(r['grade'])} on paragraph ${str(r['paragraph'])}, assessed ${str(r['date'])}`,
    date: (r) => str(r['date']),
  },
  standing_invitation: {
    sql: `SELECT id, to_char(extended_on, 'YYYY-MM-DD') AS date, to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, archived_at IS NOT NULL AS archived FROM standing_invitation WHERE id = ANY($1::int[])`,
    label: (r) => `Standing invitation extended ${str(r['date'])}${r['withdrawn_on'] ? `, withdrawn ${str(r['withdrawn_on'])}` : ''}`,
    date: (r) => str(r['date']),
  },
  visit_request: {
    sql: `SELECT id, mandate, history, to_char(requested_on, 'YYYY-MM-DD') AS date, archived_at IS NOT NULL AS archived FROM visit_request WHERE id = ANY($1::int[])`,
    label: (r) => {
      const history = Array.isArray(r['history']) ? (r['history'] as { status: string; on: string }[]) : [];
      return `Visit request of the ${str(r['mandate'])}: ${history.map((h) => `${words(h.status)} ${h.on}`).join(', ')}`;
    },
    date: (r) => str(r['date']),
  },
  communication: {
    sql: `SELECT id, reference, type, to_char(sent_on, 'YYYY-MM-DD') AS date, to_char(replied_on, 'YYYY-MM-DD') AS replied_on, archived_at IS NOT NULL AS archived FROM sp_communication WHERE id = ANY($1::int[])`,
    label: (r) => `${words(r['type'])} ${str(r['reference'])} sent ${str(r['date'])}, ${r['replied_on'] ? `replied ${str(r['replied_on'])}` : 'no reply'}`,
    date: (r) => str(r['date']),
  },
  reprisals_mention: {
    sql: `SELECT id, report_year, symbol, archived_at IS NOT NULL AS archived FROM reprisals_mention WHERE id = ANY($1::int[])`,
    label: (r) => `Named in the Secretary-General's reprisals report of ${str(r['report_year'])}${r['symbol'] ? ` (${str(r['symbol'])})` : ''}`,
    date: (r) => `${str(r['report_year'])}-01-01`,
  },
};

/** Labels of the cited records: one query per kind present. */
export async function evidenceLabels(manager: EntityManager, refs: readonly { kind: string; id: number }[]): Promise<Map<string, EvidenceDto>> {
  const out = new Map<string, EvidenceDto>();
  for (const [kind, spec] of Object.entries(KINDS) as [Exclude<CooperationRecordKind, 'assistance_request'>, (typeof KINDS)[keyof typeof KINDS]][]) {
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
    if (ids.length === 0) continue;
    const rows = await manager.query<Row[]>(spec.sql, [ids]);
    for (const row of rows) out.set(`${kind}:${row.id}`, { kind, id: row.id, label: spec.label(row), date: spec.date(row) || null, archived: row.archived });
  }
  return out;
}
