import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { catchError, of, throwError, type Observable } from 'rxjs';
import { Api } from '../../api/api';
import { getRecommendation } from '../../api/fn/recommendations/get-recommendation';
import {
  listRecommendations,
  type ListRecommendations$Params,
} from '../../api/fn/recommendations/list-recommendations';
import {
  recommendationFacets,
  type RecommendationFacets$Params,
} from '../../api/fn/recommendations/recommendation-facets';
import type { FacetDimension } from '../../api/models/facet-dimension';
import { FACET_DIMENSION } from '../../api/models/facet-dimension-array';
import type { FacetsDto } from '../../api/models/facets-dto';
import type { ImplementationStatus } from '../../api/models/implementation-status';
import { IMPLEMENTATION_STATUS } from '../../api/models/implementation-status-array';
import type { MechanismKind } from '../../api/models/mechanism-kind';
import { MECHANISM_KIND } from '../../api/models/mechanism-kind-array';
import type { RecommendationDto } from '../../api/models/recommendation-dto';
import type { RecommendationPageDto } from '../../api/models/recommendation-page-dto';
import type { ResponseCode } from '../../api/models/response-code';
import { RESPONSE_CODE } from '../../api/models/response-code-array';
import type { RecommendationListQuery, RecommendationSearch } from './recommendation.models';

/*
 * This file is the recommendations feature's only contact with the client generated from
 * apps/backend/openapi.json (`npm run api-client`): the models are re-exported under the
 * feature's names and every call goes through the facade below.
 */

export type {
  CodeNameDto as CodedRef,
  FacetDimension,
  FacetDto as Facet,
  FacetValueDto as FacetValue,
  FacetsDto as FacetsResult,
  ImplementationStatus,
  MechanismKind as Mechanism,
  RecommendationDto as RecommendationDetail,
  RecommendationPageDto as RecommendationPage,
  RecommendationStakeholderDto as StakeholderLink,
  RecommendationSummaryDto as RecommendationSummary,
  ResponseCode as RecommendationResponse,
  ResponseEntryDto as ResponseRecord,
  StakeholderKind,
  StakeholderRole,
  StateRefDto as StateRef,
} from '../../api';

export const FACET_DIMENSIONS: readonly FacetDimension[] = FACET_DIMENSION;
export const MECHANISMS: readonly string[] = MECHANISM_KIND;
export const RESPONSES: readonly string[] = RESPONSE_CODE;
export const IMPLEMENTATION_STATUSES: readonly string[] = IMPLEMENTATION_STATUS;

type FilterParams = Omit<RecommendationFacets$Params, 'q'>;
type BodyCode = NonNullable<FilterParams['body']>[number];

function isOneOf<T extends string>(values: readonly T[]) {
  return (value: string): value is T => (values as readonly string[]).includes(value);
}
const isMechanism = isOneOf<MechanismKind>(MECHANISM_KIND);
const isResponse = isOneOf<ResponseCode>(RESPONSE_CODE);
const isStatus = isOneOf<ImplementationStatus>(IMPLEMENTATION_STATUS);

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** The search as the generated client's parameters; empty filters are left out of the URL. */
function searchParams(search: RecommendationSearch): RecommendationFacets$Params {
  const { filters } = search;
  return {
    q: search.q === '' ? undefined : search.q,
    state: nonEmpty([...filters.state]),
    // Body codes are checked for shape when read from the URL; the API answers 400 for unknown ones.
    body: nonEmpty(filters.body.map((code) => code as BodyCode)),
    mechanism: nonEmpty(filters.mechanism.filter(isMechanism)),
    cycle: nonEmpty(filters.cycle.map(Number)),
    session: nonEmpty(filters.session.map(Number)),
    response: nonEmpty(filters.response.filter(isResponse)),
    status: nonEmpty(filters.status.filter(isStatus)),
    theme: nonEmpty([...filters.theme]),
    affectedPerson: nonEmpty([...filters.affectedPerson]),
    sdg: nonEmpty([...filters.sdg]),
    recommendingState: nonEmpty([...filters.recommendingState]),
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound;
}

/** Calls the backend through the generated OpenAPI client. */
@Injectable({ providedIn: 'root' })
export class GeneratedClientRecommendationsApi implements RecommendationsApi {
  private readonly api = inject(Api);

  list(query: RecommendationListQuery): Observable<RecommendationPageDto> {
    const params: ListRecommendations$Params = {
      ...searchParams(query),
      cursor: query.cursor ?? undefined,
      limit: query.limit,
    };
    return this.api.invoke(listRecommendations, params);
  }

  facets(search: RecommendationSearch): Observable<FacetsDto> {
    return this.api.invoke(recommendationFacets, searchParams(search));
  }

  get(id: number): Observable<RecommendationDto | null> {
    return this.api
      .invoke(getRecommendation, { id })
      .pipe(catchError((error: unknown) => (isNotFound(error) ? of(null) : throwError(() => error))));
  }
}

/**
 * The recommendations feature's only door to the backend. Components inject this token;
 * specs replace it with a fake.
 */
@Injectable({ providedIn: 'root', useExisting: GeneratedClientRecommendationsApi })
export abstract class RecommendationsApi {
  /** One keyset page of recommendations matching the query. */
  abstract list(query: RecommendationListQuery): Observable<RecommendationPageDto>;
  /** Value counts per filter dimension for the search (each dimension ignores its own selection). */
  abstract facets(search: RecommendationSearch): Observable<FacetsDto>;
  /** One recommendation with everything recorded about it, or `null` when there is none with that id. */
  abstract get(id: number): Observable<RecommendationDto | null>;
}
