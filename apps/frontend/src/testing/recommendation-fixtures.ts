import { of, type Observable } from 'rxjs';
import type {
  FacetsResult,
  RecommendationDetail,
  RecommendationListQuery,
  RecommendationPage,
  RecommendationSearch,
  RecommendationSummary,
} from '../app/features/recommendations/recommendation.models';
import type { RecommendationsApi } from '../app/features/recommendations/recommendations.api';

export function summary(overrides: Partial<RecommendationSummary> = {}): RecommendationSummary {
  return {
    id: 1,
    mechanism: 'upr',
    body: 'UPR',
    stateIso3: 'SVN',
    stateName: 'Slovenia',
    cycle: 4,
    session: 43,
    documentSymbol: 'A/HRC/55/10',
    paragraph: '123.45',
    text: 'Ratify the Optional Protocol to the Convention against Torture.',
    language: 'en',
    response: 'supported',
    status: 'partially_implemented',
    recommendingStates: [{ iso3: 'BRA', name: 'Brazil' }],
    themes: [{ code: 'A41', name: 'Constitutional and legislative framework' }],
    ...overrides,
  };
}

export function detail(overrides: Partial<RecommendationDetail> = {}): RecommendationDetail {
  return {
    ...summary(),
    actionCategory: 4,
    issuedOn: '2024-02-15',
    source: 'upr-info',
    externalId: 'UPRI-98765',
    repeatsRecommendationId: null,
    affectedPersons: [{ code: 'F12', name: 'Persons deprived of their liberty' }],
    sdgs: [{ code: '16', name: 'Peace, justice and strong institutions' }],
    responses: [
      {
        response: 'supported',
        respondedOn: '2024-06-20',
        sourceDocument: 'A/HRC/55/10/Add.1',
        note: 'Accepted at the plenary.',
        recordedAt: '2024-07-01T10:00:00Z',
      },
    ],
    stakeholders: [{ id: 7, name: 'Ministry of Justice', kind: 'government_institution', role: 'lead' }],
    version: 3,
    createdAt: '2024-03-01T09:30:00Z',
    updatedAt: '2024-07-01T10:00:00Z',
    ...overrides,
  };
}

export function page(items: RecommendationSummary[], total = items.length, nextCursor: string | null = null): RecommendationPage {
  return { items, total, nextCursor };
}

export const SAMPLE_FACETS: FacetsResult = {
  total: 5123,
  facets: [
    {
      dimension: 'state',
      values: [
        { value: 'CHN', label: 'China', count: 3821 },
        { value: 'SVN', label: 'Slovenia', count: 1302 },
      ],
    },
    {
      dimension: 'response',
      values: [
        { value: 'supported', label: 'supported', count: 3821 },
        { value: 'noted', label: 'noted', count: 1302 },
      ],
    },
  ],
};

/** A RecommendationsApi whose answers each test sets; every call is recorded. */
export class FakeRecommendationsApi implements RecommendationsApi {
  listResult: Observable<RecommendationPage> = of(page([summary()]));
  facetsResult: Observable<FacetsResult> = of(SAMPLE_FACETS);
  detailResult: Observable<RecommendationDetail | null> = of(detail());

  readonly list = jest.fn((_query: RecommendationListQuery) => this.listResult);
  readonly facets = jest.fn((_search: RecommendationSearch) => this.facetsResult);
  readonly get = jest.fn((_id: number) => this.detailResult);
}
