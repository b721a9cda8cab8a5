import type { ResolveFn, Routes } from '@angular/router';
import { signedInGuard } from '../access/access.guards';

const requestTitle: ResolveFn<string> = (route) =>
  $localize`:Page title of one assistance request of the Voluntary Fund@@title.fundRequest:Assistance request ${route.paramMap.get('id') ?? ''}:id:`;

/** The Voluntary Fund: its page, one request, and the request form (lazy-loaded). */
export const FUND_ROUTES: Routes = [
  {
    path: 'fund',
    title: $localize`:Page title@@title.fund:Voluntary Fund`,
    loadComponent: () => import('./fund-page/fund-page').then((m) => m.FundPage),
  },
  {
    path: 'fund/requests/new',
    title: $localize`:Page title@@title.fundRequestNew:New assistance request`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./request-form/request-form').then((m) => m.RequestForm),
  },
  {
    path: 'fund/requests/:id',
    title: requestTitle,
    loadComponent: () => import('./request-page/request-page').then((m) => m.RequestPage),
  },
  {
    path: 'fund/requests/:id/edit',
    title: $localize`:Page title@@title.fundRequestEdit:Edit an assistance request`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./request-form/request-form').then((m) => m.RequestForm),
  },
];
