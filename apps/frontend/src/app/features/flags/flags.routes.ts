import type { ResolveFn, Routes } from '@angular/router';
import { permissionGuard } from '../access/access.guards';
import { kindOf } from '../cooperation/cooperation-kinds';

const flagTitle: ResolveFn<string> = (route) => $localize`:Page title of one flag@@title.flag:Flag ${route.paramMap.get('id') ?? ''}:id:`;
const kindTitle: ResolveFn<string> = (route) => kindOf(route.paramMap.get('kind') ?? '')?.label ?? $localize`:Page title@@title.cooperation:Cooperation records`;

/**
 * The non-cooperation board, one flag, the cooperation records, and the administrators' queue
 * dashboard. Flags and records are OHCHR's working material: the server refuses others anyway.
 */
export const FLAGS_ROUTES: Routes = [
  {
    path: 'flags',
    title: $localize`:Page title@@title.flags:Non-cooperation flags`,
    canActivate: [permissionGuard('registry:write')],
    loadComponent: () => import('./board/flag-board').then((m) => m.FlagBoard),
  },
  {
    path: 'flags/:id',
    title: flagTitle,
    canActivate: [permissionGuard('registry:write')],
    loadComponent: () => import('./detail/flag-page').then((m) => m.FlagPage),
  },
  { path: 'cooperation', pathMatch: 'full', redirectTo: 'cooperation/upr-participation' },
  {
    path: 'cooperation/:kind',
    title: kindTitle,
    canActivate: [permissionGuard('registry:write')],
    loadComponent: () => import('../cooperation/cooperation-page').then((m) => m.CooperationPage),
  },
  {
    path: 'admin/queues',
    title: $localize`:Page title@@title.queues:Job queues`,
    canActivate: [permissionGuard('users:manage')],
    loadComponent: () => import('./queues/queue-dashboard-page').then((m) => m.QueueDashboardPage),
  },
];
