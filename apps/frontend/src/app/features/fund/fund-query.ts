import type { ParamMap, Params } from '@angular/router';
import type { AssistanceActivityType, AssistanceStatus, FundGranularity } from '../../api/models';
import { ASSISTANCE_ACTIVITY_TYPE } from '../../api/models/assistance-activity-type-array';
import { ASSISTANCE_STATUS } from '../../api/models/assistance-status-array';

/** The Fund page's filters, as kept in the address (so a view can be shared and back/forward work). */
export interface FundQuery {
  readonly status: AssistanceStatus | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly activityType: AssistanceActivityType | null;
  readonly state: string | null;
  readonly granularity: FundGranularity;
  /** Currency of the amounts chart; null: the first one there is. */
  readonly currency: string | null;
}

export const EMPTY_FUND_QUERY: FundQuery = { status: null, year: null, region: null, activityType: null, state: null, granularity: 'year', currency: null };

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** Reads the filters from the address; anything malformed is ignored rather than sent. */
export function parseFundQuery(params: ParamMap): FundQuery {
  const year = params.get('year');
  const region = params.get('region');
  const state = params.get('state');
  const currency = params.get('currency');
  return {
    status: oneOf(ASSISTANCE_STATUS, params.get('status')),
    year: year !== null && /^\d{4}$/.test(year) ? Number(year) : null,
    region: region !== null && region.trim() !== '' && region.length <= 64 ? region : null,
    activityType: oneOf(ASSISTANCE_ACTIVITY_TYPE, params.get('activityType')),
    state: state !== null && /^[A-Z]{3}$/.test(state) ? state : null,
    granularity: params.get('granularity') === 'month' ? 'month' : 'year',
    currency: currency !== null && /^[A-Z]{3}$/.test(currency) ? currency : null,
  };
}

/** The address's query parameters for the filters: only those set (null removes a parameter). */
export function fundQueryParams(query: FundQuery): Params {
  return {
    status: query.status,
    year: query.year,
    region: query.region,
    activityType: query.activityType,
    state: query.state,
    granularity: query.granularity === 'year' ? null : query.granularity,
    currency: query.currency,
  };
}

/** The filters as API parameters (the list and the aggregates take the same). */
export function fundFilterParams(query: FundQuery): { status?: AssistanceStatus[]; year?: number; region?: string; activityType?: AssistanceActivityType; state?: string } {
  return {
    ...(query.status === null ? {} : { status: [query.status] }),
    ...(query.year === null ? {} : { year: query.year }),
    ...(query.region === null ? {} : { region: query.region }),
    ...(query.activityType === null ? {} : { activityType: query.activityType }),
    ...(query.state === null ? {} : { state: query.state }),
  };
}

export function sameFundQuery(a: FundQuery, b: FundQuery): boolean {
  return (Object.keys(EMPTY_FUND_QUERY) as (keyof FundQuery)[]).every((k) => a[k] === b[k]);
}
