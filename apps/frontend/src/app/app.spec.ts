import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { DEMO_NONE, FakeDashboardApi } from '../testing/dashboard-fixtures';
import { App } from './app';
import { AppTitleStrategy } from './app-title-strategy';
import { DashboardApi } from './features/dashboard/dashboard.api';

@Component({ template: '<h1>Recommendations</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class ListStub {}

@Component({ template: '<h1>One</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class DetailStub {}

describe('App shell', () => {
  let dashboard: FakeDashboardApi;

  beforeEach(() => {
    dashboard = new FakeDashboardApi();
    TestBed.configureTestingModule({
      providers: [
        { provide: DashboardApi, useValue: dashboard },
        provideRouter([
          { path: '', pathMatch: 'full', redirectTo: 'recommendations' },
          { path: 'recommendations', component: ListStub, title: 'Recommendations' },
          { path: 'recommendations/:id', component: DetailStub },
        ]),
        { provide: TitleStrategy, useExisting: AppTitleStrategy },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, router, element: fixture.nativeElement as HTMLElement };
  }

  it('has the landmarks: banner with the product name, main navigation, main, footer', async () => {
    const { element } = await render();

    expect(element.querySelector('header')?.textContent).toContain('Recommendation Follow-up Tracker');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('marks the current section in the main navigation', async () => {
    const { element, fixture } = await render();
    fixture.detectChanges();

    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links[0]?.textContent?.trim()).toBe('Overview');
    const explorer = links.find((a) => a.textContent?.trim() === 'Explorer');
    expect(explorer?.getAttribute('href')).toBe('/recommendations');
    expect(explorer?.getAttribute('aria-current')).toBe('page');
  });

  it('offers a first skip link that moves focus to the main content', async () => {
    const { element } = await render();
    const skip = element.querySelector<HTMLAnchorElement>('a');

    expect(skip?.textContent?.trim()).toBe('Skip to main content');
    skip?.click();

    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('moves focus to the new page after navigating to another page, but not for query changes', async () => {
    const { element, router, fixture } = await render();
    const main = element.querySelector('main');
    const outside = document.createElement('button');
    document.body.appendChild(outside);

    outside.focus();
    await router.navigateByUrl('/recommendations?state=CHN');
    fixture.detectChanges();
    expect(document.activeElement).toBe(outside);

    await router.navigateByUrl('/recommendations/1');
    fixture.detectChanges();
    expect(document.activeElement).toBe(main);
    outside.remove();
  });

  it('titles each page with the page name, then the product', async () => {
    const { router } = await render();
    const title = TestBed.inject(Title);

    expect(title.getTitle()).toBe('Recommendations – Recommendation Follow-up Tracker');

    await router.navigateByUrl('/recommendations/1');
    expect(title.getTitle()).toBe('Recommendation Follow-up Tracker');
  });

  it('says on every page while the registry holds demo data', async () => {
    dashboard.demo = { ...DEMO_NONE, loaded: true, recommendations: 5000 };
    const { element, fixture } = await render();
    fixture.detectChanges();
    expect(element.querySelector('app-demo-banner')?.textContent).toContain('synthetic demo dataset');
  });
});
