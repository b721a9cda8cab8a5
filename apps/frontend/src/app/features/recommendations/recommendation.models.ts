/**
 * Types of the recommendations feature. What the API returns is described by the generated
 * OpenAPI models, re-exported by `recommendations.api.ts` (the one file that touches the generated
 * client); this file adds what only the UI knows: filter order, URL state, query shapes.
 */
import { FACET_DIMENSIONS, type FacetDimension } from './recommendations.api';

export type {
  CodedRef,
  Facet,
  FacetValue,
  FacetsResult,
  ImplementationStatus,
  Mechanism,
  RecommendationDetail,
  RecommendationPage,
  RecommendationResponse,
  RecommendationSummary,
  ResponseRecord,
  StakeholderKind,
  StakeholderLink,
  StakeholderRole,
  StateRef,
} from './recommendations.api';
export { IMPLEMENTATION_STATUSES, MECHANISMS, RESPONSES } from './recommendations.api';

export type FilterDimension = FacetDimension;

/** Where each filter appears in the panel; a Record so that a dimension added to the API cannot be forgotten. */
const DIMENSION_POSITIONS: Readonly<Record<FilterDimension, number>> = {
  state: 1,
  mechanism: 2,
  body: 3,
  cycle: 4,
  session: 5,
  response: 6,
  status: 7,
  theme: 8,
  affectedPerson: 9,
  sdg: 10,
  recommendingState: 11,
};

/** Filter dimensions, in display order. Each is also the name of its query parameter. */
export const FILTER_DIMENSIONS: readonly FilterDimension[] = [...FACET_DIMENSIONS].sort(
  (a, b) => DIMENSION_POSITIONS[a] - DIMENSION_POSITIONS[b],
);

/** Selected values per dimension; values within a dimension are OR-ed, dimensions are AND-ed. */
export type RecommendationFilters = Readonly<Record<FilterDimension, readonly string[]>>;

/** What the search returns: the text query and the filters (no paging). */
export interface RecommendationSearch {
  readonly q: string;
  readonly filters: RecommendationFilters;
}

/** A search plus the keyset page to show. */
export interface RecommendationListQuery extends RecommendationSearch {
  readonly cursor: string | null;
  readonly limit: number;
}
