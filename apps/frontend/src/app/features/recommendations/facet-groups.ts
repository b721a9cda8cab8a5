import { DIMENSION_LABELS, filterValueLabel } from './recommendation-labels';
import {
  FILTER_DIMENSIONS,
  type FacetValue,
  type FacetsResult,
  type FilterDimension,
  type RecommendationFilters,
} from './recommendation.models';

/** One checkable value of a filter, as the facet list shows it. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

export interface FacetGroup {
  readonly dimension: FilterDimension;
  readonly legend: string;
  readonly options: readonly FacetOption[];
  /** Whether the panel starts open. */
  readonly expanded: boolean;
}

export interface ActiveFilter {
  readonly dimension: FilterDimension;
  readonly dimensionLabel: string;
  readonly value: string;
  readonly label: string;
}

const OPEN_BY_DEFAULT: ReadonlySet<FilterDimension> = new Set<FilterDimension>(['state', 'mechanism', 'response', 'status']);

function valuesOf(result: FacetsResult | undefined, dimension: FilterDimension): readonly FacetValue[] {
  return result?.facets.find((facet) => facet.dimension === dimension)?.values ?? [];
}

/**
 * Turns the API's facet counts and the current selection into the filter panels: options keep the
 * API's order, selected values the API did not return (no match under the other filters) are kept
 * with a count of 0 so they can still be unchecked, and dimensions with nothing to choose are left out.
 */
export function buildFacetGroups(result: FacetsResult | undefined, filters: RecommendationFilters): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const dimension of FILTER_DIMENSIONS) {
    const selected = filters[dimension];
    const values = valuesOf(result, dimension);
    const options: FacetOption[] = values.map((facetValue) => ({
      value: facetValue.value,
      label: filterValueLabel(dimension, facetValue.value, facetValue.label),
      count: facetValue.count,
      selected: selected.includes(facetValue.value),
    }));
    for (const value of selected) {
      if (!values.some((facetValue) => facetValue.value === value)) {
        options.push({ value, label: filterValueLabel(dimension, value, undefined), count: 0, selected: true });
      }
    }
    if (options.length > 0) {
      groups.push({
        dimension,
        legend: DIMENSION_LABELS[dimension],
        options,
        expanded: OPEN_BY_DEFAULT.has(dimension) || selected.length > 0,
      });
    }
  }
  return groups;
}

/** The selected filters, labelled, in panel order — for the "remove filter" buttons. */
export function activeFilters(filters: RecommendationFilters, result: FacetsResult | undefined): ActiveFilter[] {
  return FILTER_DIMENSIONS.flatMap((dimension) => {
    const values = valuesOf(result, dimension);
    return filters[dimension].map((value) => ({
      dimension,
      dimensionLabel: DIMENSION_LABELS[dimension],
      value,
      label: filterValueLabel(dimension, value, values.find((facetValue) => facetValue.value === value)?.label),
    }));
  });
}
