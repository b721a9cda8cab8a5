import {
  IMPLEMENTATION_STATUS_LABELS,
  MECHANISM_LABELS,
  RESPONSE_LABELS,
  type ImplementationStatus,
  type MechanismKind,
  type ResponseCode,
} from '@tracker/domain';
import type { ExportDeadline, ExportPartyStatus, ExportResponse, ExportRow } from './exports.repository';

/** A cell: text, a whole number, or a date (a real date in .xlsx, ISO yyyy-mm-dd in .csv). */
export type ExportCell = string | number | { date: string } | null;

export interface ExportColumn {
  readonly header: string;
  /** Column width in characters in the .xlsx. */
  readonly width: number;
  value(row: ExportRow): ExportCell;
}

function lines(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('\n');
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function responseLabel(code: string): string {
  return RESPONSE_LABELS[code as ResponseCode] ?? code;
}

function historyLine(entry: ExportResponse): string {
  const source = entry.sourceDocument ? ` (${entry.sourceDocument})` : '';
  return `${entry.respondedOn ? `${entry.respondedOn} ` : ''}${responseLabel(entry.response)}${source}`;
}

const PARTY_LABELS: Readonly<Record<string, string>> = { state: 'State', nhri: 'NHRI', ngo: 'NGO', un_entity: 'UN entity', ohchr: 'OHCHR' };

function partyLine(claim: ExportPartyStatus): string {
  const status = IMPLEMENTATION_STATUS_LABELS[claim.status as ImplementationStatus] ?? claim.status;
  return `${PARTY_LABELS[claim.party] ?? claim.party}: ${status} (${claim.effectiveOn})`;
}

function deadlineLine(deadline: ExportDeadline): string {
  return `${deadline.kind} due ${deadline.dueOn}${deadline.metOn ? ` (met ${deadline.metOn})` : ''}`;
}

/** The UHRI annotation id without the State suffix added when one UHRI row concerns several States. */
function annotationId(row: ExportRow): string | null {
  return row.source === 'uhri' && row.external_id !== null ? (row.external_id.split('/')[0] ?? null) : null;
}

/**
 * The columns of the OHCHR Universal Human Rights Index "Export to Excel" (spelt correctly; the
 * importer reads both spellings), one value per line in multi-value cells, then the tracker's own
 * fields. An export can be imported again as a UHRI export.
 */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Text', width: 80, value: (r) => r.text },
  { header: 'Countries Concerned', width: 22, value: (r) => r.state_name },
  { header: 'Recommending Body', width: 22, value: (r) => r.body_name },
  { header: 'UPR Session', width: 22, value: (r) => (r.session === null ? null : `${ordinal(r.session)} Session${r.cycle === null ? '' : ` - Cycle ${r.cycle}`}`) },
  { header: 'Document Symbol', width: 18, value: (r) => r.document_symbol },
  { header: 'UPR Recommending States', width: 24, value: (r) => lines(r.recommending_states.map((s) => s.name)) },
  { header: 'UPR Position', width: 16, value: (r) => (r.current_response === 'no_response' ? null : responseLabel(r.current_response)) },
  { header: 'Themes', width: 30, value: (r) => lines(r.themes.map((t) => t.name)) },
  { header: 'Affected Persons', width: 24, value: (r) => lines(r.affected_persons.map((a) => a.name)) },
  { header: 'Sdgs', width: 24, value: (r) => lines(r.sdgs.map((g) => `${g.code} - ${g.name}`)) },
  { header: 'Document Publication Date', width: 14, value: (r) => (r.issued_on === null ? null : { date: r.issued_on }) },
  { header: 'OHCHR Annotation Id', width: 38, value: annotationId },
  { header: 'Tracker Id', width: 10, value: (r) => r.id },
  { header: 'Mechanism', width: 22, value: (r) => MECHANISM_LABELS[r.mechanism as MechanismKind] ?? r.mechanism },
  { header: 'Body Code', width: 10, value: (r) => r.body_code },
  { header: 'State ISO3', width: 10, value: (r) => r.state_iso3 },
  { header: 'Recommending State Codes', width: 16, value: (r) => lines(r.recommending_states.map((s) => s.code)) },
  { header: 'Cycle', width: 8, value: (r) => r.cycle },
  { header: 'Paragraph', width: 10, value: (r) => r.paragraph },
  { header: 'Action Category', width: 10, value: (r) => r.action_category },
  { header: 'Response History', width: 40, value: (r) => lines(r.responses.map(historyLine)) },
  { header: 'Current Status', width: 22, value: (r) => IMPLEMENTATION_STATUS_LABELS[r.current_status as ImplementationStatus] ?? r.current_status },
  { header: 'Status by Party', width: 40, value: (r) => lines(r.status_by_party.map(partyLine)) },
  { header: 'Deadlines', width: 40, value: (r) => lines(r.deadlines.map(deadlineLine)) },
  { header: 'Source', width: 12, value: (r) => r.source },
  { header: 'External Id', width: 38, value: (r) => r.external_id },
  { header: 'Language', width: 8, value: (r) => r.language },
  { header: 'Last Updated', width: 22, value: (r) => r.updated_at.toISOString() },
];

/** Text a spreadsheet program would run as a formula when it opens the CSV. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as CSV text. Text that a spreadsheet would take for a formula ("=HYPERLINK(…)") is
 * prefixed with an apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
export function csvCell(cell: ExportCell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
