import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Subject, combineLatest, distinctUntilChanged, map, scan, startWith } from 'rxjs';
import { loadEach } from '../../../shared/load-state';
import { AuthStore } from '../../access/auth.store';
import { ExportButtons } from '../../exports/export-buttons';
import { BulkAssign } from '../../follow-up/stakeholders/bulk-assign';
import { FacetList, type FacetToggle } from '../facet-list/facet-list';
import { activeFilters, buildFacetGroups, type ActiveFilter } from '../facet-groups';
import { toRecommendationRow } from '../recommendation-format';
import {
  PAGE_SIZE_OPTIONS,
  emptyFilters,
  followCursor,
  hasCriteria,
  parseListQuery,
  sameSearch,
  searchOf,
  toQueryParams,
  withFilterValue,
} from '../recommendation-query';
import type { FilterDimension, RecommendationListQuery } from '../recommendation.models';
import { RecommendationsApi } from '../recommendations.api';
import { RecommendationsTable } from '../results-table/recommendations-table';

interface Position {
  readonly query: RecommendationListQuery;
  /** Cursors of the pages walked through so far, ending with the current one (`null` = first page). */
  readonly trail: readonly (string | null)[];
}

function sameListQuery(a: RecommendationListQuery, b: RecommendationListQuery): boolean {
  return sameSearch(a, b) && a.cursor === b.cursor && a.limit === b.limit;
}

/**
 * Search and filter recommendations. The URL is the single source of truth: every change
 * (text, filter, page size, page) is a navigation, so links can be shared and back/forward work.
 */
@Component({
  selector: 'app-recommendations-explorer',
  imports: [DecimalPipe, FacetList, RecommendationsTable, ExportButtons, BulkAssign],
  templateUrl: './recommendations-explorer.html',
  styleUrl: './recommendations-explorer.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationsExplorer {
  private readonly api = inject(RecommendationsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(LOCALE_ID);
  private readonly retries = new Subject<void>();

  private readonly query$ = this.route.queryParamMap.pipe(map(parseListQuery), distinctUntilChanged(sameListQuery));
  private readonly reload$ = this.retries.pipe(startWith(undefined));

  private readonly position = toSignal(
    this.query$.pipe(
      scan<RecommendationListQuery, Position, null>(
        (previous, query) => ({
          query,
          trail:
            previous && sameSearch(previous.query, query) && previous.query.limit === query.limit
              ? followCursor(previous.trail, query.cursor)
              : followCursor([], query.cursor),
        }),
        null,
      ),
    ),
    { requireSync: true },
  );

  protected readonly query = computed(() => this.position().query);
  /** The search without its paging, for the panels that act on every matching recommendation. */
  protected readonly currentSearch = computed(() => searchOf(this.query()), { equal: sameSearch });
  /** OHCHR assigns the results to a stakeholder in one step. */
  protected readonly mayAssign = computed(() => this.auth.can('registry:write'));
  /** Whether the filter panel is unfolded on small screens (wide screens always show it). */
  protected readonly filtersOpen = signal(false);

  protected readonly page = toSignal(
    combineLatest([this.query$, this.reload$]).pipe(
      map(([query]) => query),
      loadEach((query) => this.api.list(query)),
    ),
    { requireSync: true },
  );

  protected readonly facets = toSignal(
    combineLatest([this.query$.pipe(map(searchOf), distinctUntilChanged(sameSearch)), this.reload$]).pipe(
      map(([search]) => search),
      loadEach((search) => this.api.facets(search)),
    ),
    { requireSync: true },
  );

  protected readonly pageSizes = computed(() => {
    const limit = this.query().limit;
    return PAGE_SIZE_OPTIONS.includes(limit) ? PAGE_SIZE_OPTIONS : [...PAGE_SIZE_OPTIONS, limit].sort((a, b) => a - b);
  });
  protected readonly hasCriteria = computed(() => hasCriteria(this.query()));
  protected readonly facetGroups = computed(() => buildFacetGroups(this.facets().value, this.query().filters));
  protected readonly activeFilters = computed(() => activeFilters(this.query().filters, this.facets().value));
  protected readonly rows = computed(() =>
    (this.page().value?.items ?? []).map((item) => toRecommendationRow(item, this.locale)),
  );
  protected readonly total = computed(() => this.page().value?.total ?? 0);
  protected readonly canGoBack = computed(() => this.position().trail.length > 1);
  protected readonly onFirstPage = computed(() => this.query().cursor === null);
  protected readonly nextCursor = computed(() => this.page().value?.nextCursor ?? null);

  /** First and last position of the page in the whole result — known when we paged from the start. */
  protected readonly range = computed(() => {
    const { trail } = this.position();
    const count = this.rows().length;
    if (trail[0] !== null || count === 0) {
      return null;
    }
    const start = (trail.length - 1) * this.query().limit + 1;
    return { start, end: start + count - 1 };
  });

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.navigate({ ...this.query(), q: text.trim(), cursor: null });
  }

  protected toggleFilter(dimension: FilterDimension, change: FacetToggle): void {
    const query = this.query();
    this.navigate({ ...query, filters: withFilterValue(query.filters, dimension, change.value, change.selected), cursor: null });
  }

  protected removeFilter(filter: ActiveFilter): void {
    const query = this.query();
    this.navigate({ ...query, filters: withFilterValue(query.filters, filter.dimension, filter.value, false), cursor: null });
  }

  protected clearSearch(): void {
    this.navigate({ ...this.query(), q: '', filters: emptyFilters(), cursor: null });
  }

  protected changePageSize(value: string): void {
    this.navigate({ ...this.query(), limit: Number(value), cursor: null });
  }

  protected nextPage(): void {
    const cursor = this.nextCursor();
    if (cursor !== null) {
      this.navigate({ ...this.query(), cursor });
    }
  }

  protected previousPage(): void {
    const { trail } = this.position();
    if (trail.length > 1) {
      this.navigate({ ...this.query(), cursor: trail[trail.length - 2] ?? null });
    }
  }

  protected firstPage(): void {
    this.navigate({ ...this.query(), cursor: null });
  }

  protected retry(): void {
    this.retries.next();
  }

  private navigate(query: RecommendationListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
