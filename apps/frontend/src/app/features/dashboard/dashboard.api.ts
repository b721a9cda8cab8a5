import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { dashboardComparison } from '../../api/fn/dashboard/dashboard-comparison';
import { dashboardHeadline } from '../../api/fn/dashboard/dashboard-headline';
import { dashboardProgress, type DashboardProgress$Params } from '../../api/fn/dashboard/dashboard-progress';
import { dashboardStateProfile } from '../../api/fn/dashboard/dashboard-state-profile';
import { demoStatus } from '../../api/fn/demo/demo-status';
import { loadDemo } from '../../api/fn/demo/load-demo';
import { removeDemo } from '../../api/fn/demo/remove-demo';
import { getReference } from '../../api/fn/reference/get-reference';
import type { ComparisonDimension } from '../../api/models/comparison-dimension';
import { COMPARISON_DIMENSION } from '../../api/models/comparison-dimension-array';
import type { ComparisonDto } from '../../api/models/comparison-dto';
import type { DemoLoadedDto } from '../../api/models/demo-loaded-dto';
import type { DemoRemovedDto } from '../../api/models/demo-removed-dto';
import type { DemoStatusDto } from '../../api/models/demo-status-dto';
import type { HeadlineDto } from '../../api/models/headline-dto';
import { M_49_REGION } from '../../api/models/m-49-region-array';
import { MECHANISM_KIND } from '../../api/models/mechanism-kind-array';
import type { ProgressDto } from '../../api/models/progress-dto';
import type { ReferenceDto } from '../../api/models/reference-dto';
import { REGIONAL_GROUP } from '../../api/models/regional-group-array';
import { RESPONSE_CODE } from '../../api/models/response-code-array';
import type { StateProfileDto } from '../../api/models/state-profile-dto';
import type { DashboardFilters } from './dashboard-filters';

/*
 * The dashboard's only contact with the client generated from apps/backend/openapi.json
 * (`npm run api-client`): models re-exported under the feature's names, every call through the facade.
 */

export type {
  AssistanceSummaryDto as AssistanceSummary,
  ComparisonDimension,
  ComparisonDto as Comparison,
  ComparisonRowDto as ComparisonRow,
  DeadlineKind,
  DeadlineSummaryDto as DeadlineSummary,
  DemoLoadedDto as DemoLoaded,
  DemoRemovedDto as DemoRemoved,
  DemoStatusDto as DemoStatus,
  HeadlineDto as Headline,
  HeadlineFigureDto as HeadlineFigure,
  HeadlineKey,
  M49Region,
  MechanismStatusDto as MechanismStatus,
  PartyGroup,
  ProfileSection,
  ProgressDto as Progress,
  ProgressPointDto as ProgressPoint,
  ReferenceDto as Reference,
  RegionalGroup,
  ReviewDto as Review,
  StateProfileDto as StateProfile,
  StatusCountsDto as StatusCounts,
} from '../../api';

export const COMPARISON_DIMENSIONS: readonly ComparisonDimension[] = COMPARISON_DIMENSION;
export const REGIONAL_GROUPS: readonly string[] = REGIONAL_GROUP;
export const M49_REGIONS: readonly string[] = M_49_REGION;

type FilterParams = Omit<DashboardProgress$Params, 'q'>;

function oneOf<T extends string>(values: readonly T[]) {
  return (value: string): value is T => (values as readonly string[]).includes(value);
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** The filters as the generated client's parameters: unknown values dropped, empty filters left out of the URL. */
export function filterParams(filters: DashboardFilters): FilterParams {
  type Body = NonNullable<FilterParams['body']>[number];
  return {
    state: nonEmpty([...filters.state]),
    mechanism: nonEmpty(filters.mechanism.filter(oneOf(MECHANISM_KIND))),
    // Body codes are checked for shape when read from the URL; the API answers 400 for unknown ones.
    body: nonEmpty(filters.body.map((code) => code as Body)),
    cycle: nonEmpty(filters.cycle.map(Number).filter((n) => Number.isInteger(n))),
    regionalGroup: nonEmpty(filters.regionalGroup.filter(oneOf(REGIONAL_GROUP))),
    region: nonEmpty(filters.region.filter(oneOf(M_49_REGION))),
    theme: nonEmpty([...filters.theme]),
    sdg: nonEmpty([...filters.sdg]),
    response: nonEmpty(filters.response.filter(oneOf(RESPONSE_CODE))),
  };
}

/** Calls the backend through the generated OpenAPI client. */
@Injectable({ providedIn: 'root' })
export class GeneratedClientDashboardApi implements DashboardApi {
  private readonly api = inject(Api);

  progress(filters: DashboardFilters): Observable<ProgressDto> {
    return this.api.invoke(dashboardProgress, filterParams(filters));
  }

  headline(filters: DashboardFilters): Observable<HeadlineDto> {
    return this.api.invoke(dashboardHeadline, filterParams(filters));
  }

  comparison(dimension: ComparisonDimension, filters: DashboardFilters): Observable<ComparisonDto> {
    return this.api.invoke(dashboardComparison, { ...filterParams(filters), dimension });
  }

  profile(iso3: string): Observable<StateProfileDto> {
    return this.api.invoke(dashboardStateProfile, { iso3 });
  }

  reference(): Observable<ReferenceDto> {
    return this.api.invoke(getReference);
  }

  demoStatus(): Observable<DemoStatusDto> {
    return this.api.invoke(demoStatus);
  }

  loadDemo(): Observable<DemoLoadedDto> {
    return this.api.invoke(loadDemo, { body: {} });
  }

  removeDemo(): Observable<DemoRemovedDto> {
    return this.api.invoke(removeDemo);
  }
}

/** The dashboard's only door to the backend. Components inject this token; specs replace it with a fake. */
@Injectable({ providedIn: 'root', useExisting: GeneratedClientDashboardApi })
export abstract class DashboardApi {
  /** Status of the filtered recommendations at every month end, per party group. */
  abstract progress(filters: DashboardFilters): Observable<ProgressDto>;
  /** Headline figures now and 12 months earlier. */
  abstract headline(filters: DashboardFilters): Observable<HeadlineDto>;
  /** Current status per group of a dimension. */
  abstract comparison(dimension: ComparisonDimension, filters: DashboardFilters): Observable<ComparisonDto>;
  /** A State's profile (the server answers 404 for an unknown State). */
  abstract profile(iso3: string): Observable<StateProfileDto>;
  /** Bodies, themes, SDGs… for the filter choices. */
  abstract reference(): Observable<ReferenceDto>;
  abstract demoStatus(): Observable<DemoStatusDto>;
  abstract loadDemo(): Observable<DemoLoadedDto>;
  abstract removeDemo(): Observable<DemoRemovedDto>;
}
