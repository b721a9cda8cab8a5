import type { ImplementationStatus } from '../recommendations/recommendation.models';
import { STATUS_LABELS } from '../recommendations/recommendation-labels';
import { cell, type ChartTable } from './csv';
import type { PartyGroup, ProgressPoint, StatusCounts } from './dashboard.api';
import { PARTY_GROUP_LABELS } from './dashboard-labels';
import { monthStart, type Format } from './format';

/** Statuses from the bottom of a stacked chart to its top (and in that order in tables). */
export const STATUS_STACK: readonly ImplementationStatus[] = ['fully_implemented', 'partially_implemented', 'not_implemented', 'no_information'];

const FIELD: Readonly<Record<ImplementationStatus, keyof Omit<StatusCounts, 'total'>>> = {
  fully_implemented: 'fullyImplemented',
  partially_implemented: 'partiallyImplemented',
  not_implemented: 'notImplemented',
  no_information: 'noInformation',
};

export function countOf(counts: StatusCounts, status: ImplementationStatus): number {
  return counts[FIELD[status]];
}

/** A series of ngx-charts' line/area charts. */
export interface DatedSeries {
  readonly name: string;
  readonly series: readonly { readonly name: Date; readonly value: number }[];
}

/** The points of one party group, oldest first. */
export function partyPoints(points: readonly ProgressPoint[], party: PartyGroup): ProgressPoint[] {
  return points.filter((p) => p.party === party).sort((a, b) => a.month.localeCompare(b.month));
}

/** One series per status (stack order), each a value per month end: the stacked area chart's input. */
export function progressChartData(points: readonly ProgressPoint[], party: PartyGroup): DatedSeries[] {
  const mine = partyPoints(points, party);
  return STATUS_STACK.map((status) => ({
    name: STATUS_LABELS[status],
    series: mine.map((p) => ({ name: monthStart(p.month), value: countOf(p, status) })),
  }));
}

/** The chart's table alternative: one row per month, a column per status, then the total. */
export function progressTable(points: readonly ProgressPoint[], party: PartyGroup, format: Format): ChartTable {
  return {
    columns: [$localize`:Table column heading, a month@@dashboard.column.month:Month`, ...STATUS_STACK.map((s) => STATUS_LABELS[s]), $localize`:Table column@@dashboard.column.total:Recommendations`],
    rows: partyPoints(points, party).map((p) => [
      cell(format.month(p.month), p.month),
      ...STATUS_STACK.map((s) => cell(format.number(countOf(p, s)), countOf(p, s))),
      cell(format.number(p.total), p.total),
    ]),
  };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** What the chart shows, in words, for screen readers (and anyone): the latest month, and 12 months earlier. */
export function progressSummary(points: readonly ProgressPoint[], party: PartyGroup, format: Format): string {
  const mine = partyPoints(points, party);
  const last = mine.at(-1);
  if (last === undefined) return $localize`:@@dashboard.progress.none:No recommendations to show.`;
  const who = PARTY_GROUP_LABELS[party];
  const month = format.month(last.month);
  const total = format.number(last.total);
  const fully = `${format.number(last.fullyImplemented)} (${format.percent(share(last.fullyImplemented, last.total))})`;
  const partially = `${format.number(last.partiallyImplemented)} (${format.percent(share(last.partiallyImplemented, last.total))})`;
  const not = `${format.number(last.notImplemented)} (${format.percent(share(last.notImplemented, last.total))})`;
  const unknown = `${format.number(last.noInformation)} (${format.percent(share(last.noInformation, last.total))})`;
  const now = $localize`:Description of a chart for screen readers@@dashboard.progress.summary:${who}:party:, at the end of ${month}:month:, of ${total}:total: recommendations: ${fully}:fully: fully implemented, ${partially}:partially: partially implemented, ${not}:not: not implemented, no information on ${unknown}:unknown:.`;
  const earlier = mine.length > 12 ? mine[mine.length - 13] : undefined;
  if (earlier === undefined) return now;
  const before = format.percent(share(earlier.fullyImplemented, earlier.total));
  const earlierMonth = format.month(earlier.month);
  return `${now} ${$localize`:Description of a chart, continued@@dashboard.progress.earlier:At the end of ${earlierMonth}:month:, ${before}:share: were fully implemented.`}`;
}
