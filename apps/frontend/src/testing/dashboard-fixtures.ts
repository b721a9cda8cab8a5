import { of, type Observable } from 'rxjs';
import type {
  Comparison,
  ComparisonDimension,
  ComparisonRow,
  DemoLoaded,
  DemoRemoved,
  DemoStatus,
  Headline,
  Progress,
  ProgressPoint,
  Reference,
  StateProfile,
} from '../app/features/dashboard/dashboard.api';
import type { DashboardApi } from '../app/features/dashboard/dashboard.api';
import type { DashboardFilters } from '../app/features/dashboard/dashboard-filters';

export function progressPoint(month: string, party: 'state' | 'independent', fully: number, partially: number, not: number, total: number): ProgressPoint {
  return { month, party, total, fullyImplemented: fully, partiallyImplemented: partially, notImplemented: not, noInformation: total - fully - partially - not };
}

export const PROGRESS: Progress = {
  asOf: '2026-06-15',
  computedAt: '2026-06-15T10:00:00Z',
  points: [
    progressPoint('2026-04', 'state', 10, 5, 5, 40),
    progressPoint('2026-05', 'state', 12, 6, 4, 40),
    progressPoint('2026-06', 'state', 14, 6, 4, 42),
    progressPoint('2026-04', 'independent', 2, 3, 10, 40),
    progressPoint('2026-05', 'independent', 3, 3, 10, 40),
    progressPoint('2026-06', 'independent', 3, 4, 11, 42),
  ],
};

export const HEADLINE: Headline = {
  asOf: '2026-06-15',
  comparedWith: '2025-06-15',
  computedAt: '2026-06-15T10:00:00Z',
  figures: [
    { key: 'recommendations', kind: 'count', value: 42, previous: 30, count: 42, base: 42 },
    { key: 'supported_share', kind: 'share', value: 0.75, previous: 0.7, count: 18, base: 24 },
    { key: 'implemented_share', kind: 'share', value: 14 / 42, previous: 0.2, count: 14, base: 42 },
    { key: 'overdue', kind: 'count', value: 7, previous: 9, count: 7, base: 7 },
  ],
};

export function comparisonRow(key: string, label: string, fully: number, partially: number, not: number, total: number, m49: string | null = null): ComparisonRow {
  return { key, label, m49, total, fullyImplemented: fully, partiallyImplemented: partially, notImplemented: not, noInformation: total - fully - partially - not, responded: total, supported: Math.floor(total / 2) };
}

export const COMPARISONS: Readonly<Partial<Record<ComparisonDimension, ComparisonRow[]>>> = {
  regional_group: [comparisonRow('AFRICAN', 'AFRICAN', 2, 1, 1, 10), comparisonRow('WEOG', 'WEOG', 8, 1, 0, 12)],
  theme: [comparisonRow('reservations', 'Reservations', 1, 0, 0, 4)],
  state: [comparisonRow('KEN', 'Kenya', 2, 1, 1, 10, '404'), comparisonRow('SVN', 'Slovenia', 6, 0, 0, 8, '705'), comparisonRow('FRA', 'France', 1, 1, 1, 4, '250')],
};

export const REFERENCE: Reference = {
  affectedPersons: [],
  bodies: [{ code: 'UPR', mechanism: 'upr', name: 'Universal Periodic Review', treaty: null }],
  cycles: [{ cycle: 4, firstSession: 41, lastSession: 54, label: '4th cycle' }],
  mechanisms: [],
  responses: [],
  sdgs: [{ code: '5', goal: 5, kind: 'goal', title: 'Gender equality' }],
  stakeholderKinds: [],
  statuses: [],
  themes: [{ code: 'reservations', name: 'Reservations' }],
};

export const PROFILE: StateProfile = {
  asOf: '2026-06-15',
  state: { iso3: 'SVN', iso2: 'SI', m49: '705', name: 'Slovenia', regionalGroup: 'EASTERN_EUROPEAN', m49Region: 'Europe', ldc: false, lldc: false, sids: false },
  status: { total: 8, noInformation: 2, notImplemented: 1, partiallyImplemented: 2, fullyImplemented: 3 },
  byMechanism: [
    { mechanism: 'treaty_body', total: 2, noInformation: 1, notImplemented: 1, partiallyImplemented: 0, fullyImplemented: 0 },
    { mechanism: 'upr', total: 6, noInformation: 1, notImplemented: 0, partiallyImplemented: 2, fullyImplemented: 3 },
  ],
  responses: { supported: 4, supportedInPart: 1, noted: 1, noResponse: 0 },
  reviews: [
    { kind: 'upr', body: 'UPR', session: 41, cycle: 4, date: '2022-11-07', approximate: false, recommendations: 6 },
    { kind: 'treaty_body', body: 'CAT', session: null, cycle: null, date: '2024-03-10', approximate: false, recommendations: 2 },
  ],
  deadlines: [
    { kind: 'upr_response', body: 'UPR', dueOn: '2023-03-07', recommendations: 6, met: 6, overdue: 0 },
    { kind: 'upr_mid_term_report', body: 'UPR', dueOn: '2025-05-07', recommendations: 6, met: 0, overdue: 6 },
    { kind: 'upr_next_review', body: 'UPR', dueOn: '2027-05-07', recommendations: 6, met: 0, overdue: 0 },
  ],
  overdueReports: null,
  flags: null,
  ratifications: null,
  assistanceRequests: [{ status: 'approved', requests: 1 }],
  withheld: ['overdue_reports', 'flags', 'ratifications'],
};

export const DEMO_EMPTY: DemoStatus = { loaded: false, recommendations: 0, registryEmpty: true, administratorExists: true };
export const DEMO_NONE: DemoStatus = { loaded: false, recommendations: 0, registryEmpty: false, administratorExists: true };

/** A DashboardApi whose answers the spec sets; every call is recorded. */
export class FakeDashboardApi implements DashboardApi {
  demo: DemoStatus = DEMO_NONE;
  readonly progress = jest.fn((_filters: DashboardFilters): Observable<Progress> => of(PROGRESS));
  readonly headline = jest.fn((_filters: DashboardFilters): Observable<Headline> => of(HEADLINE));
  readonly comparison = jest.fn(
    (dimension: ComparisonDimension, _filters: DashboardFilters): Observable<Comparison> =>
      of({ dimension, asOf: '2026-06-15', computedAt: '2026-06-15T10:00:00Z', rows: COMPARISONS[dimension] ?? [] }),
  );
  readonly profile = jest.fn((_iso3: string): Observable<StateProfile> => of(PROFILE));
  readonly reference = jest.fn((): Observable<Reference> => of(REFERENCE));
  readonly demoStatus = jest.fn((): Observable<DemoStatus> => of(this.demo));
  readonly loadDemo = jest.fn((): Observable<DemoLoaded> => {
    this.demo = { ...this.demo, loaded: true, registryEmpty: false, recommendations: 5100 };
    return of({ recommendations: 5100, statusEvents: 6000, responses: 3000 });
  });
  readonly removeDemo = jest.fn((): Observable<DemoRemoved> => {
    this.demo = { ...this.demo, loaded: false, registryEmpty: true, recommendations: 0 };
    return of({ deleted: 5100, archived: 0 });
  });
}
