import { ScaleType, type Color } from '@swimlane/ngx-charts';
import type { ImplementationStatus } from '../recommendations/recommendation.models';
import { STATUS_LABELS } from '../recommendations/recommendation-labels';
import { STATUS_STACK } from './progress-series';

/**
 * Status colours: blue for progress, orange for none, grey for no information — told apart with
 * the common colour-vision deficiencies, each at least 3:1 against white (WCAG 2.1, 1.4.11); every
 * chart also has its table.
 */
export const STATUS_COLORS: Readonly<Record<ImplementationStatus, string>> = {
  fully_implemented: '#0b5394',
  partially_implemented: '#4a86c5',
  not_implemented: '#a14a00',
  no_information: '#767676',
};

/** ngx-charts' colour scheme in stack order, and the same colours pinned to the translated status names. */
export const STATUS_SCHEME: Color = { name: 'status', selectable: false, group: ScaleType.Ordinal, domain: STATUS_STACK.map((s) => STATUS_COLORS[s]) };
export const STATUS_CUSTOM_COLORS: readonly { name: string; value: string }[] = STATUS_STACK.map((s) => ({ name: STATUS_LABELS[s], value: STATUS_COLORS[s] }));

/** A legend entry of a chart: the chart panel draws the legend in HTML (text, mirrored in Arabic). */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

export const STATUS_LEGEND: readonly LegendEntry[] = STATUS_STACK.map((s) => ({ label: STATUS_LABELS[s], color: STATUS_COLORS[s] }));
