import type { ResolveFn, Routes } from '@angular/router';
import { ACCESS_ROUTES } from './features/access/access.routes';
import { DASHBOARD_ROUTES } from './features/dashboard/dashboard.routes';
import { FLAGS_ROUTES } from './features/flags/flags.routes';
import { FOLLOW_UP_ROUTES } from './features/follow-up/follow-up.routes';
import { FUND_ROUTES } from './features/fund/fund.routes';
import { permissionGuard } from './features/access/access.guards';

const recommendationTitle: ResolveFn<string> = (route) =>
  $localize`:Page title of one recommendation@@title.recommendation:Recommendation ${route.paramMap.get('id') ?? ''}:id:`;

export const routes: Routes = [
  ...DASHBOARD_ROUTES,
  {
    path: 'recommendations',
    title: $localize`:Page title@@title.recommendations:Recommendations`,
    loadComponent: () =>
      import('./features/recommendations/explorer/recommendations-explorer').then((m) => m.RecommendationsExplorer),
  },
  {
    path: 'recommendations/:id',
    title: recommendationTitle,
    loadComponent: () =>
      import('./features/recommendations/detail/recommendation-detail').then((m) => m.RecommendationDetailPage),
  },
  {
    path: 'imports',
    title: $localize`:Page title@@title.imports:Import`,
    canActivate: [permissionGuard('registry:write')],
    loadComponent: () => import('./features/imports/import-page/import-page').then((m) => m.ImportPage),
  },
  ...FOLLOW_UP_ROUTES,
  ...FLAGS_ROUTES,
  ...FUND_ROUTES,
  ...ACCESS_ROUTES,
  {
    path: '**',
    title: $localize`:Page title@@title.notFound:Page not found`,
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFoundPage),
  },
];
