import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeDashboardApi } from '../testing/dashboard-fixtures';
import { FakeRecommendationsApi } from '../testing/recommendation-fixtures';
import { appConfig } from './app.config';
import { DashboardApi } from './features/dashboard/dashboard.api';
import { OverviewPage } from './features/dashboard/overview/overview-page';
import { RecommendationDetailPage } from './features/recommendations/detail/recommendation-detail';
import { RecommendationsExplorer } from './features/recommendations/explorer/recommendations-explorer';
import { RecommendationsApi } from './features/recommendations/recommendations.api';
import { NotFoundPage } from './not-found/not-found';

describe('app routes (with the application providers)', () => {
  let api: FakeRecommendationsApi;

  beforeEach(() => {
    api = new FakeRecommendationsApi();
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, { provide: RecommendationsApi, useValue: api }, { provide: DashboardApi, useValue: new FakeDashboardApi() }],
    });
  });

  it('sends the root to the overview, the first page', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/', OverviewPage);

    expect(TestBed.inject(Router).url).toBe('/overview');
    expect(TestBed.inject(Title).getTitle()).toBe('Overview – Recommendation Follow-up Tracker');
  });

  it('opens the recommendations explorer', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/recommendations', RecommendationsExplorer);

    expect(TestBed.inject(Title).getTitle()).toBe('Recommendations – Recommendation Follow-up Tracker');
  });

  it('binds the ISO code of a State profile to its input and titles the page with it', async () => {
    const harness = await RouterTestingHarness.create();
    const dashboard = TestBed.inject(DashboardApi) as FakeDashboardApi;

    await harness.navigateByUrl('/states/SVN');
    await harness.fixture.whenStable();

    expect(dashboard.profile).toHaveBeenCalledWith('SVN');
    expect(TestBed.inject(Title).getTitle()).toBe('State profile SVN – Recommendation Follow-up Tracker');
  });

  it('binds the :id parameter of the detail page to its input and titles the page with it', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/recommendations/12', RecommendationDetailPage);
    await harness.fixture.whenStable();

    expect(api.get).toHaveBeenCalledWith(12);
    expect(TestBed.inject(Title).getTitle()).toBe('Recommendation 12 – Recommendation Follow-up Tracker');
  });

  it('shows the not-found page for unknown addresses', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/no/such/page', NotFoundPage);

    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Recommendation Follow-up Tracker');
  });
});
