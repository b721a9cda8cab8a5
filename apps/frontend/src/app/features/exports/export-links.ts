import { HttpParams } from '@angular/common/http';
import { exportRecommendationsCsv } from '../../api/fn/recommendations/export-recommendations-csv';
import { exportRecommendationsXlsx } from '../../api/fn/recommendations/export-recommendations-xlsx';
import { FILTER_DIMENSIONS, type RecommendationSearch } from '../recommendations/recommendation.models';

export type ExportFormat = 'csv' | 'xlsx';

const PATHS: Readonly<Record<ExportFormat, string>> = {
  csv: exportRecommendationsCsv.PATH,
  xlsx: exportRecommendationsXlsx.PATH,
};

/**
 * The download address of an export with the explorer's search: the same query parameters as the
 * list (`q` and one parameter per selected value), so the file holds exactly what was filtered.
 * A plain link lets the browser stream the file to disk, whatever its size.
 */
export function exportHref(format: ExportFormat, search: RecommendationSearch): string {
  let params = new HttpParams();
  if (search.q !== '') params = params.set('q', search.q);
  for (const dimension of FILTER_DIMENSIONS) {
    for (const value of search.filters[dimension]) params = params.append(dimension, value);
  }
  const query = params.toString();
  return query === '' ? PATHS[format] : `${PATHS[format]}?${query}`;
}
