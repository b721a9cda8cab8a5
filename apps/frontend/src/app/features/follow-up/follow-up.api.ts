import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { addReportEvidenceFile } from '../../api/fn/reports/add-report-evidence-file';
import { addReportEvidenceLink } from '../../api/fn/reports/add-report-evidence-link';
import { archiveReportEvidence } from '../../api/fn/reports/archive-report-evidence';
import { createReport } from '../../api/fn/reports/create-report';
import { downloadReportEvidence } from '../../api/fn/reports/download-report-evidence';
import { getReport } from '../../api/fn/reports/get-report';
import { listReports } from '../../api/fn/reports/list-reports';
import { transitionReport } from '../../api/fn/reports/transition-report';
import { updateReport } from '../../api/fn/reports/update-report';
import { addRecommendationGrade } from '../../api/fn/follow-up/add-recommendation-grade';
import { assignStakeholder } from '../../api/fn/follow-up/assign-stakeholder';
import { exportOverdueCsv } from '../../api/fn/follow-up/export-overdue-csv';
import { getMyWorklist } from '../../api/fn/follow-up/get-my-worklist';
import { getRecommendationDeadlines } from '../../api/fn/follow-up/get-recommendation-deadlines';
import { getRecommendationStatus } from '../../api/fn/follow-up/get-recommendation-status';
import { getStakeholderWorklist } from '../../api/fn/follow-up/get-stakeholder-worklist';
import { listOverdue, type ListOverdue$Params } from '../../api/fn/follow-up/list-overdue';
import { createSubscription } from '../../api/fn/notifications/create-subscription';
import { deleteSubscription } from '../../api/fn/notifications/delete-subscription';
import { listNotifications } from '../../api/fn/notifications/list-notifications';
import { listSubscriptions } from '../../api/fn/notifications/list-subscriptions';
import { markNotificationRead } from '../../api/fn/notifications/mark-notification-read';
import { getReference } from '../../api/fn/reference/get-reference';
import { getStakeholder } from '../../api/fn/stakeholders/get-stakeholder';
import { listStakeholders } from '../../api/fn/stakeholders/list-stakeholders';
import { listStates } from '../../api/fn/states/list-states';
import type {
  AssignmentCreateDto,
  AssignmentResultDto,
  DeadlineDto,
  GradeCreateDto,
  GradeDto,
  NotificationDto,
  NotificationPageDto,
  OverduePageDto,
  ReferenceDto,
  ReportCreateDto,
  ReportDto,
  ReportEvidenceDto,
  ReportPageDto,
  ReportTransitionAction,
  ReportUpdateDto,
  StakeholderDetailDto,
  StakeholderDto,
  StateDto,
  StatusOverviewDto,
  SubscriptionDto,
  SubscriptionKind,
  WorklistDto,
} from '../../api/models';

/** The overdue monitor's query: the generated parameters, without paging. */
export type OverdueQuery = Omit<ListOverdue$Params, 'limit' | 'offset'>;

/** Follow-up (reports, status, deadlines, worklists, subscriptions) through the generated API client. Specs replace the HTTP backend. */
@Injectable({ providedIn: 'root' })
export class FollowUpApi {
  private readonly api = inject(Api);

  reports(): Observable<ReportPageDto> {
    return this.api.invoke(listReports, { limit: 100 });
  }
  report(id: number): Observable<ReportDto> {
    return this.api.invoke(getReport, { id });
  }
  createReport(body: ReportCreateDto): Observable<ReportDto> {
    return this.api.invoke(createReport, { body });
  }
  updateReport(id: number, body: ReportUpdateDto): Observable<ReportDto> {
    return this.api.invoke(updateReport, { id, body });
  }
  transition(id: number, action: ReportTransitionAction, version: number, comments?: string): Observable<ReportDto> {
    return this.api.invoke(transitionReport, { id, body: { action, version, ...(comments === undefined ? {} : { comments }) } });
  }
  addFile(id: number, file: File, title: string): Observable<ReportEvidenceDto> {
    return this.api.invoke(addReportEvidenceFile, { id, body: { file, title } });
  }
  addLink(id: number, title: string, url: string): Observable<ReportEvidenceDto> {
    return this.api.invoke(addReportEvidenceLink, { id, body: { title, url } });
  }
  removeEvidence(id: number, evidenceId: number): Observable<void> {
    return this.api.invoke(archiveReportEvidence, { id, evidenceId });
  }
  status(id: number, asOf?: string): Observable<StatusOverviewDto> {
    return this.api.invoke(getRecommendationStatus, { id, ...(asOf === undefined ? {} : { asOf }) });
  }
  assign(stakeholderId: number, body: AssignmentCreateDto): Observable<AssignmentResultDto> {
    return this.api.invoke(assignStakeholder, { id: stakeholderId, body });
  }
  stakeholders(): Observable<StakeholderDto[]> {
    return this.api.invoke(listStakeholders);
  }
  addGrade(id: number, body: GradeCreateDto): Observable<GradeDto> {
    return this.api.invoke(addRecommendationGrade, { id, body });
  }
  deadlines(id: number): Observable<DeadlineDto[]> {
    return this.api.invoke(getRecommendationDeadlines, { id });
  }
  overdue(query: OverdueQuery, offset: number, limit: number): Observable<OverduePageDto> {
    return this.api.invoke(listOverdue, { ...query, offset, limit });
  }
  stakeholder(id: number): Observable<StakeholderDetailDto> {
    return this.api.invoke(getStakeholder, { id });
  }
  stakeholderWorklist(id: number, overdueOnly: boolean): Observable<WorklistDto> {
    return this.api.invoke(getStakeholderWorklist, { id, limit: 200, ...(overdueOnly ? { overdue: true } : {}) });
  }
  myWorklist(overdueOnly: boolean): Observable<WorklistDto> {
    return this.api.invoke(getMyWorklist, { limit: 200, ...(overdueOnly ? { overdue: true } : {}) });
  }
  subscriptions(): Observable<SubscriptionDto[]> {
    return this.api.invoke(listSubscriptions);
  }
  follow(kind: SubscriptionKind, target: string): Observable<SubscriptionDto> {
    return this.api.invoke(createSubscription, { body: { kind, target } });
  }
  unfollow(id: number): Observable<void> {
    return this.api.invoke(deleteSubscription, { id });
  }
  states(): Observable<StateDto[]> {
    return this.api.invoke(listStates);
  }
  reference(): Observable<ReferenceDto> {
    return this.api.invoke(getReference);
  }
  notifications(): Observable<NotificationPageDto> {
    return this.api.invoke(listNotifications, { limit: 50 });
  }
  markRead(id: number): Observable<NotificationDto> {
    return this.api.invoke(markNotificationRead, { id });
  }
}

/** Address of an evidence file, for a download link (the browser sends the session cookie). */
export function evidenceHref(reportId: number, evidenceId: number): string {
  return downloadReportEvidence.PATH.replace('{id}', String(reportId)).replace('{evidenceId}', String(evidenceId));
}

/** Address of the overdue list as CSV with the same filters and order. */
export function overdueCsvHref(query: OverdueQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const search = params.toString();
  return `${exportOverdueCsv.PATH}${search === '' ? '' : `?${search}`}`;
}
