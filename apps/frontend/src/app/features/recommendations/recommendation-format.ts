import { MECHANISM_LABELS, RESPONSE_LABELS, STATUS_LABELS } from './recommendation-labels';
import type {
  ImplementationStatus,
  RecommendationResponse,
  RecommendationSummary,
} from './recommendation.models';

/** One row of the results table, ready to render. */
export interface RecommendationRow {
  readonly id: number;
  readonly excerpt: string;
  /** BCP 47 tag of the language the text was recorded in (the text is never translated). */
  readonly language: string;
  readonly reference: string | null;
  readonly stateName: string;
  /** ISO 3166-1 alpha-3 of the State under review: the address of its profile. */
  readonly stateIso3: string;
  readonly body: string;
  readonly mechanismLabel: string;
  readonly period: string | null;
  readonly recommendingStates: string;
  readonly response: RecommendationResponse;
  readonly responseLabel: string;
  readonly status: ImplementationStatus;
  readonly statusLabel: string;
  readonly themes: string;
}

export const EXCERPT_LENGTH = 280;

/** Shortens a text to at most `max` characters, at a word boundary when there is one nearby. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) {
    return clean;
  }
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.]+$/, '')}…`;
}

/** "A/HRC/40/6, para. 141.12" — whichever parts are known. */
export function documentReference(symbol: string | null, paragraph: string | null): string | null {
  if (symbol && paragraph) {
    return $localize`:Reference of a recommendation in a document@@reference.symbolParagraph:${symbol}:symbol:, para. ${paragraph}:paragraph:`;
  }
  if (paragraph) {
    return $localize`:Paragraph of a recommendation@@reference.paragraph:para. ${paragraph}:paragraph:`;
  }
  return symbol;
}

/** "Cycle 3, session 30" — whichever parts are known. */
export function periodLabel(cycle: number | null, session: number | null): string | null {
  if (cycle !== null && session !== null) {
    return $localize`:UPR cycle and session@@period.cycleSession:Cycle ${cycle}:cycle:, session ${session}:session:`;
  }
  if (cycle !== null) {
    return $localize`:UPR cycle@@period.cycle:Cycle ${cycle}:cycle:`;
  }
  if (session !== null) {
    return $localize`:Session of a body@@period.session:Session ${session}:session:`;
  }
  return null;
}

/** Joins names the way the locale lists things ("A, B and C"). */
export function listNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

export function toRecommendationRow(summary: RecommendationSummary, locale: string): RecommendationRow {
  return {
    id: summary.id,
    excerpt: excerpt(summary.text),
    language: summary.language,
    reference: documentReference(summary.documentSymbol, summary.paragraph),
    stateName: summary.stateName,
    stateIso3: summary.stateIso3,
    body: summary.body,
    mechanismLabel: MECHANISM_LABELS[summary.mechanism],
    period: periodLabel(summary.cycle, summary.session),
    recommendingStates: listNames(
      summary.recommendingStates.map((state) => state.name),
      locale,
    ),
    response: summary.response,
    responseLabel: RESPONSE_LABELS[summary.response],
    status: summary.status,
    statusLabel: STATUS_LABELS[summary.status],
    themes: listNames(
      summary.themes.map((theme) => theme.name),
      locale,
    ),
  };
}
