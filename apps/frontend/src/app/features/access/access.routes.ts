import type { Routes } from '@angular/router';
import { permissionGuard, signedInGuard } from './access.guards';

/** Pages of accounts, sessions, administration and assessments (lazy). */
export const ACCESS_ROUTES: Routes = [
  { path: 'login', title: $localize`:Page title@@title.login:Sign in`, loadComponent: () => import('./login/login-page').then((m) => m.LoginPage) },
  {
    path: 'accept-invitation',
    title: $localize`:Page title@@title.acceptInvitation:Accept your invitation`,
    loadComponent: () => import('./accept-invitation/accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'account/second-factor',
    title: $localize`:Page title@@title.secondFactor:Two-factor sign-in`,
    loadComponent: () => import('./second-factor/second-factor-page').then((m) => m.SecondFactorPage),
  },
  {
    path: 'account/sessions',
    title: $localize`:Page title@@title.sessions:My sessions`,
    canActivate: [signedInGuard],
    loadComponent: () => import('./sessions/my-sessions-page').then((m) => m.MySessionsPage),
  },
  {
    path: 'admin/users',
    title: $localize`:Page title@@title.users:Users and invitations`,
    canActivate: [permissionGuard('users:manage')],
    loadComponent: () => import('./users/users-admin-page').then((m) => m.UsersAdminPage),
  },
  {
    path: 'recommendations/:id/history',
    title: $localize`:Page title@@title.history:History`,
    canActivate: [permissionGuard('audit:read')],
    loadComponent: () => import('./history/record-history-page').then((m) => m.RecordHistoryPage),
  },
  { path: 'assessments/:id', title: $localize`:Page title@@title.assessment:Assessment`, loadComponent: () => import('./assessments/assessment-page').then((m) => m.AssessmentPage) },
  { path: 'forbidden', title: $localize`:Page title@@title.forbidden:Access refused`, loadComponent: () => import('./forbidden/forbidden-page').then((m) => m.ForbiddenPage) },
];
