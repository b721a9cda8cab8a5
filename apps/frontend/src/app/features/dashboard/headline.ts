import type { Headline, HeadlineFigure, HeadlineKey } from './dashboard.api';
import { HEADLINE_LABELS } from './dashboard-labels';
import type { Format } from './format';

export type TrendDirection = 'up' | 'down' | 'same' | 'unknown';

/** A headline figure as the overview shows it: the value, an arrow and its meaning in words. */
export interface HeadlineView {
  readonly key: HeadlineKey;
  readonly label: string;
  readonly value: string;
  readonly direction: TrendDirection;
  /** The trend in words (the arrow is decoration). */
  readonly trend: string;
  /** What the figure counts. */
  readonly detail: string;
}

/** Shares compare in whole percentage points: a change smaller than half a point is no change. */
function direction(figure: HeadlineFigure): TrendDirection {
  if (figure.previous === null) return 'unknown';
  const delta = figure.kind === 'share' ? Math.round((figure.value - figure.previous) * 100) : figure.value - figure.previous;
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

function trendText(figure: HeadlineFigure, format: Format): string {
  if (figure.previous === null) return $localize`:Trend of a headline figure@@dashboard.trend.unknown:No figure for 12 months earlier`;
  const before = figure.kind === 'share' ? format.percent(figure.previous) : format.number(figure.previous);
  switch (direction(figure)) {
    case 'up':
      return $localize`:Trend of a headline figure, the figure is higher than 12 months earlier@@dashboard.trend.up:Up from ${before}:before: 12 months earlier`;
    case 'down':
      return $localize`:Trend of a headline figure, the figure is lower than 12 months earlier@@dashboard.trend.down:Down from ${before}:before: 12 months earlier`;
    case 'same':
    case 'unknown':
      return $localize`:Trend of a headline figure@@dashboard.trend.same:Same as 12 months earlier (${before}:before:)`;
  }
}

function detail(figure: HeadlineFigure, format: Format): string {
  const count = format.number(figure.count);
  const base = format.number(figure.base);
  switch (figure.key) {
    case 'recommendations':
      return $localize`:What a headline figure counts@@dashboard.detail.recommendations:In the registry, with the filters applied`;
    case 'supported_share':
      return figure.base === 0
        ? $localize`:What a headline figure counts@@dashboard.detail.supportedNone:No response of a State recorded`
        : $localize`:What a headline figure counts@@dashboard.detail.supported:${count}:count: of ${base}:base: UPR recommendations with a response (supported or supported in part)`;
    case 'implemented_share':
      return $localize`:What a headline figure counts@@dashboard.detail.implemented:${count}:count: of ${base}:base: recommendations, by the latest public report of the State or OHCHR`;
    case 'overdue':
      return $localize`:What a headline figure counts@@dashboard.detail.overdue:Reports and responses due and not received`;
    case 'open_flags':
      return $localize`:What a headline figure counts@@dashboard.detail.openFlags:Raised by the rules, not yet confirmed or dismissed (visible to OHCHR)`;
  }
}

/** The headline figures in the order the API gives them, ready to show. */
export function headlineViews(headline: Headline, format: Format): HeadlineView[] {
  return headline.figures.map((figure) => ({
    key: figure.key,
    label: HEADLINE_LABELS[figure.key],
    value: figure.kind === 'share' ? (figure.base === 0 ? '—' : format.percent(figure.value)) : format.number(figure.value),
    direction: direction(figure),
    trend: trendText(figure, format),
    detail: detail(figure, format),
  }));
}
