import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTestHttp, signInAs } from '../../../../testing/access-testing';
import { DEMO_NONE, FakeDashboardApi } from '../../../../testing/dashboard-fixtures';
import { DashboardApi } from '../dashboard.api';
import { DemoBanner } from './demo-banner';
import { DemoStore } from './demo.store';

describe('DemoBanner', () => {
  let api: FakeDashboardApi;

  beforeEach(() => {
    api = new FakeDashboardApi();
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideTestHttp(), { provide: DashboardApi, useValue: api }] });
  });

  function render(): { fixture: ReturnType<typeof TestBed.createComponent<DemoBanner>>; element: HTMLElement } {
    const fixture = TestBed.createComponent(DemoBanner);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows nothing without demo data', () => {
    api.demo = DEMO_NONE;
    expect(render().element.textContent?.trim()).toBe('');
  });

  it('says on every page that the data is a synthetic demo, without offering the public to remove it', () => {
    api.demo = { ...DEMO_NONE, loaded: true, recommendations: 5000 };
    const { element } = render();
    expect(element.querySelector('aside')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Demo data The registry holds a synthetic demo dataset: its recommendations, responses and statuses are invented, not real.',
    );
    expect(element.querySelector('button')).toBeNull();
  });

  it('lets OHCHR remove it in one action, after which it disappears and the pages load again', () => {
    api.demo = { ...DEMO_NONE, loaded: true, recommendations: 5000 };
    signInAs('administrator');
    const { fixture, element } = render();
    const before = TestBed.inject(DemoStore).changes();
    (element.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(api.removeDemo).toHaveBeenCalledTimes(1);
    expect(element.querySelector('aside')).toBeNull();
    expect(TestBed.inject(DemoStore).changes()).toBe(before + 1);
  });
});
