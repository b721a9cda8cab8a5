import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { detail, page, summary } from '../../../testing/recommendation-fixtures';
import { emptyFilters } from './recommendation-query';
import { GeneratedClientRecommendationsApi, RecommendationsApi } from './recommendations.api';

describe('RecommendationsApi (generated OpenAPI client)', () => {
  let api: RecommendationsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(RecommendationsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('is what the abstract token resolves to', () => {
    expect(api).toBeInstanceOf(GeneratedClientRecommendationsApi);
  });

  it('lists with the text, repeated filters, limit and cursor as query parameters', async () => {
    const result = firstValueFrom(
      api.list({
        q: '"death penalty" -moratorium',
        filters: { ...emptyFilters(), state: ['CHN', 'SVN'], response: ['noted'] },
        cursor: 'eyJpZCI6NTB9',
        limit: 25,
      }),
    );

    const request = http.expectOne((req) => req.url === '/api/v1/recommendations');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('"death penalty" -moratorium');
    expect(request.request.params.getAll('state')).toEqual(['CHN', 'SVN']);
    expect(request.request.params.getAll('response')).toEqual(['noted']);
    expect(request.request.params.get('limit')).toBe('25');
    expect(request.request.params.get('cursor')).toBe('eyJpZCI6NTB9');
    expect(request.request.params.has('theme')).toBe(false);
    const body = page([summary()], 1);
    request.flush(body);

    await expect(result).resolves.toEqual(body);
  });

  it('sends cycles and sessions as numbers and every enum value it knows', () => {
    api
      .facets({
        q: '',
        filters: { ...emptyFilters(), cycle: ['3', '4'], session: ['43'], mechanism: ['upr'], status: ['not_implemented'] },
      })
      .subscribe();

    const request = http.expectOne((req) => req.url === '/api/v1/recommendations/facets');
    expect(request.request.params.getAll('cycle')).toEqual(['3', '4']);
    expect(request.request.params.getAll('session')).toEqual(['43']);
    expect(request.request.params.getAll('mechanism')).toEqual(['upr']);
    expect(request.request.params.getAll('status')).toEqual(['not_implemented']);
    request.flush({ total: 0, facets: [] });
  });

  it('leaves out an empty text and the first-page cursor', () => {
    api.list({ q: '', filters: emptyFilters(), cursor: null, limit: 50 }).subscribe();

    const request = http.expectOne((req) => req.url === '/api/v1/recommendations');
    expect(request.request.params.keys()).toEqual(['limit']);
    request.flush(page([]));
  });

  it('asks for facets with the filters but without paging', () => {
    api.facets({ q: 'water', filters: { ...emptyFilters(), sdg: ['6'] } }).subscribe();

    const request = http.expectOne((req) => req.url === '/api/v1/recommendations/facets');
    expect(request.request.params.keys().sort()).toEqual(['q', 'sdg']);
    request.flush({ total: 0, facets: [] });
  });

  it('gets one recommendation by id', async () => {
    const result = firstValueFrom(api.get(42));

    http.expectOne('/api/v1/recommendations/42').flush(detail({ id: 42 }));

    await expect(result).resolves.toEqual(expect.objectContaining({ id: 42 }));
  });

  it('answers null for an unknown recommendation', async () => {
    const result = firstValueFrom(api.get(404));

    http.expectOne('/api/v1/recommendations/404').flush({ message: 'Not Found' }, { status: 404, statusText: 'Not Found' });

    await expect(result).resolves.toBeNull();
  });

  it('passes other failures on', async () => {
    const result = firstValueFrom(api.get(1));

    http.expectOne('/api/v1/recommendations/1').flush('boom', { status: 500, statusText: 'Server Error' });

    await expect(result).rejects.toMatchObject({ status: 500 });
  });
});
