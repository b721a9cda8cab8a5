import { MECHANISM_LABELS, STATUS_LABELS } from '../recommendations/recommendation-labels';
import type { GroupedSeries } from './comparison-series';
import { cell, type ChartTable } from './csv';
import type { StateProfile, StatusCounts } from './dashboard.api';
import { DEADLINE_KIND_LABELS } from './dashboard-labels';
import type { Format } from './format';
import { countOf, STATUS_STACK } from './progress-series';

interface LabelledCounts {
  readonly label: string;
  readonly counts: StatusCounts;
}

function groups(profile: StateProfile): LabelledCounts[] {
  return [
    ...profile.byMechanism.map((m) => ({ label: MECHANISM_LABELS[m.mechanism], counts: m })),
    { label: $localize`:Row of a State profile's table, all its recommendations@@dashboard.profile.all:All recommendations`, counts: profile.status },
  ];
}

/** One 100 % bar per mechanism, and one for all the State's recommendations. */
export function mechanismChartData(profile: StateProfile): GroupedSeries[] {
  return groups(profile).map((g) => ({ name: g.label, series: STATUS_STACK.map((s) => ({ name: STATUS_LABELS[s], value: countOf(g.counts, s) })) }));
}

export function mechanismTable(profile: StateProfile, format: Format): ChartTable {
  return {
    columns: [
      $localize`:Table column@@dashboard.column.mechanism:Mechanism`,
      $localize`:Table column@@dashboard.column.total:Recommendations`,
      ...STATUS_STACK.map((s) => STATUS_LABELS[s]),
    ],
    rows: groups(profile).map((g) => [
      cell(g.label),
      cell(format.number(g.counts.total), g.counts.total),
      ...STATUS_STACK.map((s) => {
        const n = countOf(g.counts, s);
        return cell(`${format.number(n)} (${format.percent(g.counts.total === 0 ? 0 : n / g.counts.total)})`, n);
      }),
    ]),
  };
}

export function profileSummary(profile: StateProfile, format: Format): string {
  const { status } = profile;
  if (status.total === 0) return $localize`:@@dashboard.profile.none:No recommendation to this State is recorded.`;
  const part = (n: number): string => `${format.number(n)} (${format.percent(n / status.total)})`;
  const name = profile.state.name;
  const total = format.number(status.total);
  const fully = part(status.fullyImplemented);
  const partially = part(status.partiallyImplemented);
  const not = part(status.notImplemented);
  const unknown = part(status.noInformation);
  return $localize`:Description of a State's status chart for screen readers@@dashboard.profile.summary:${name}:state:: ${total}:total: recommendations. By the latest public report of the State or OHCHR, ${fully}:fully: are fully implemented, ${partially}:partially: partially, ${not}:not: not implemented, and there is no information on ${unknown}:unknown:.`;
}

/** One dated event of a State's timeline: a review, or a deadline that followed one. */
export interface TimelineEntry {
  readonly date: string;
  readonly dateText: string;
  readonly text: string;
  /** How many of its recommendations the deadline was met for, or is overdue for (deadlines only). */
  readonly status: string | null;
  readonly overdue: boolean;
}

/** The reviews and the deadlines, oldest first (on the same day, the review first). */
export function timelineEntries(profile: StateProfile, format: Format): TimelineEntry[] {
  const reviews = profile.reviews.map((r): TimelineEntry & { order: number } => {
    const count = format.number(r.recommendations);
    const text =
      r.kind === 'upr'
        ? $localize`:Timeline of a State, a UPR review@@dashboard.timeline.upr:Universal Periodic Review, session ${String(r.session ?? '')}:session: (cycle ${String(r.cycle ?? '')}:cycle:): ${count}:count: recommendations`
        : $localize`:Timeline of a State, concluding observations of a committee@@dashboard.timeline.treaty:Concluding observations of ${r.body}:body:: ${count}:count: recommendations`;
    const dateText = r.approximate ? $localize`:A date that is an estimate@@dashboard.timeline.approximate:about ${format.date(r.date)}:date:` : format.date(r.date);
    return { date: r.date, dateText, text, status: null, overdue: false, order: 0 };
  });
  const deadlines = profile.deadlines.map((d): TimelineEntry & { order: number } => {
    const kind = DEADLINE_KIND_LABELS[d.kind];
    const count = format.number(d.recommendations);
    const met = format.number(d.met);
    const overdue = format.number(d.overdue);
    const status =
      d.overdue > 0
        ? $localize`:Timeline, state of a deadline@@dashboard.timeline.overdue:overdue for ${overdue}:overdue: of ${count}:count: recommendations`
        : d.met > 0
          ? $localize`:Timeline, state of a deadline@@dashboard.timeline.met:met for ${met}:met: of ${count}:count: recommendations`
          : null;
    const text = $localize`:Timeline of a State, a deadline@@dashboard.timeline.deadline:Due: ${kind}:kind: (${d.body}:body:)`;
    return { date: d.dueOn, dateText: format.date(d.dueOn), text, status, overdue: d.overdue > 0, order: 1 };
  });
  return [...reviews, ...deadlines]
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
