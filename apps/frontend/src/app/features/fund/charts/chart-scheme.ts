import { ScaleType, type Color } from '@swimlane/ngx-charts';

/**
 * Bar colours with at least 3:1 contrast on white (WCAG 2.1 non-text contrast) and told apart
 * without colour too: every chart has a table beside it.
 */
export const FUND_SCHEME: Color = { name: 'fund', selectable: false, group: ScaleType.Ordinal, domain: ['#0b5394', '#a14a00', '#1d6b35'] };
