/**
 * The dashboard's filters as the URL holds them (`?mechanism=upr&regionalGroup=AFRICAN`), so a
 * filtered view can be shared and survives a change of language. Values are checked for shape
 * here; the API names any value it does not know.
 */

export const DASHBOARD_FILTER_KEYS = ['mechanism', 'body', 'cycle', 'regionalGroup', 'region', 'theme', 'sdg', 'response', 'state'] as const;
export type DashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];
export type DashboardFilters = Readonly<Record<DashboardFilterKey, readonly string[]>>;

/** What a value of each filter may look like. */
const SHAPES: Readonly<Record<DashboardFilterKey, RegExp>> = {
  mechanism: /^[a-z_]{2,32}$/,
  body: /^[A-Z]{2,16}$/,
  cycle: /^[1-4]$/,
  regionalGroup: /^[A-Z_]{2,32}$/,
  region: /^[A-Za-z ]{2,32}$/,
  theme: /^[a-z0-9-]{1,128}$/,
  sdg: /^\d{1,2}(\.[0-9a-z]{1,2})?$/,
  response: /^[a-z_]{2,32}$/,
  state: /^[A-Z]{3}$/,
};

export function emptyDashboardFilters(): DashboardFilters {
  return Object.fromEntries(DASHBOARD_FILTER_KEYS.map((key) => [key, []])) as unknown as DashboardFilters;
}

/** Reads the filters from query parameters (repeated keys or comma lists); malformed values are dropped. */
export function parseDashboardFilters(params: { getAll(name: string): string[] }): DashboardFilters {
  const filters: Record<string, string[]> = {};
  for (const key of DASHBOARD_FILTER_KEYS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim());
    filters[key] = [...new Set(values.filter((v) => SHAPES[key].test(v)))];
  }
  return filters as unknown as DashboardFilters;
}

/** Query parameters for the router: every filter key, null when empty (so navigation removes it). */
export function dashboardQueryParams(filters: DashboardFilters): Record<DashboardFilterKey, string[] | null> {
  return Object.fromEntries(DASHBOARD_FILTER_KEYS.map((key) => [key, filters[key].length > 0 ? [...filters[key]] : null])) as Record<DashboardFilterKey, string[] | null>;
}

/** The filters with one of them set to a single value (or cleared with ''). */
export function withFilter(filters: DashboardFilters, key: DashboardFilterKey, value: string): DashboardFilters {
  return { ...filters, [key]: value === '' ? [] : [value] };
}

export function hasFilters(filters: DashboardFilters): boolean {
  return DASHBOARD_FILTER_KEYS.some((key) => filters[key].length > 0);
}

export function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return DASHBOARD_FILTER_KEYS.every((key) => a[key].length === b[key].length && a[key].every((v, i) => v === b[key][i]));
}
