import type { ResolveFn, Routes } from '@angular/router';

const profileTitle: ResolveFn<string> = (route) =>
  $localize`:Page title of a State profile@@title.stateProfile:State profile ${route.paramMap.get('iso3') ?? ''}:iso3:`;

/** The dashboard: the overview is the first page; every page loads its charts lazily. */
export const DASHBOARD_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'overview',
    title: $localize`:Page title@@title.overview:Overview`,
    loadComponent: () => import('./overview/overview-page').then((m) => m.OverviewPage),
  },
  {
    path: 'comparisons',
    title: $localize`:Page title@@title.comparisons:Comparisons`,
    loadComponent: () => import('./comparisons/comparisons-page').then((m) => m.ComparisonsPage),
  },
  {
    path: 'states/:iso3',
    title: profileTitle,
    loadComponent: () => import('./state-profile/state-profile-page').then((m) => m.StateProfilePage),
  },
];
