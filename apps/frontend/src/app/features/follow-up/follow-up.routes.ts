import type { Routes } from '@angular/router';
import { permissionGuard, signedInGuard } from '../access/access.guards';

/** Pages of the follow-up: reports, the overdue monitor, stakeholders, worklists, notifications (lazy). */
export const FOLLOW_UP_ROUTES: Routes = [
  { path: 'overdue', title: $localize`:Page title@@title.overdue:Overdue`, loadComponent: () => import('./overdue/overdue-page').then((m) => m.OverduePage) },
  { path: 'reports', title: $localize`:Page title@@title.reports:Implementation reports`, loadComponent: () => import('./reports/report-list-page').then((m) => m.ReportListPage) },
  {
    path: 'reports/new',
    title: $localize`:Page title@@title.reportNew:New implementation report`,
    canActivate: [permissionGuard('assessments:submit')],
    loadComponent: () => import('./reports/report-form-page').then((m) => m.ReportFormPage),
  },
  {
    path: 'reports/:id/edit',
    title: $localize`:Page title@@title.reportEdit:Change an implementation report`,
    canActivate: [permissionGuard('assessments:submit')],
    loadComponent: () => import('./reports/report-form-page').then((m) => m.ReportFormPage),
  },
  { path: 'reports/:id', title: $localize`:Page title@@title.report:Implementation report`, loadComponent: () => import('./reports/report-page').then((m) => m.ReportPage) },
  { path: 'stakeholders/:id', title: $localize`:Page title@@title.stakeholder:Stakeholder`, loadComponent: () => import('./stakeholders/stakeholder-page').then((m) => m.StakeholderPage) },
  { path: 'worklist', title: $localize`:Page title@@title.worklist:My worklist`, canActivate: [signedInGuard], loadComponent: () => import('./stakeholders/worklist-page').then((m) => m.WorklistPage) },
  { path: 'notifications', title: $localize`:Page title@@title.notifications:Notifications`, canActivate: [signedInGuard], loadComponent: () => import('./notifications/notifications-page').then((m) => m.NotificationsPage) },
];
