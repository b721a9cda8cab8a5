import type { ResolveFn, Routes } from '@angular/router';

const recommendationTitle: ResolveFn<string> = (route) =>
  $localize`:Page title of one recommendation@@title.recommendation:Recommendation ${route.paramMap.get('id') ?? ''}:id:`;

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'recommendations' },
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
    path: '**',
    title: $localize`:Page title@@title.notFound:Page not found`,
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFoundPage),
  },
];
