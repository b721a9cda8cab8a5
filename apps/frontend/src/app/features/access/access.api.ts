import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { acceptInvitation } from '../../api/fn/users/accept-invitation';
import { confirmSecondFactorEnrolment } from '../../api/fn/auth/confirm-second-factor-enrolment';
import { createAssessment } from '../../api/fn/assessments/create-assessment';
import { createInvitation } from '../../api/fn/users/create-invitation';
import { getAssessment } from '../../api/fn/assessments/get-assessment';
import { getAssessmentSource } from '../../api/fn/assessments/get-assessment-source';
import { getAuditHistory } from '../../api/fn/audit/get-audit-history';
import { getSessionState } from '../../api/fn/auth/get-session-state';
import { listAssessments } from '../../api/fn/assessments/list-assessments';
import { listInvitations } from '../../api/fn/users/list-invitations';
import { listMySessions } from '../../api/fn/auth/list-my-sessions';
import { listUsers } from '../../api/fn/users/list-users';
import { listStakeholders } from '../../api/fn/stakeholders/list-stakeholders';
import { listStates } from '../../api/fn/states/list-states';
import { login } from '../../api/fn/auth/login';
import { logout } from '../../api/fn/auth/logout';
import { previewInvitation } from '../../api/fn/users/preview-invitation';
import { publishAssessment } from '../../api/fn/assessments/publish-assessment';
import { revokeInvitation } from '../../api/fn/users/revoke-invitation';
import { resetSecondFactor } from '../../api/fn/users/reset-second-factor';
import { revokeMySession } from '../../api/fn/auth/revoke-my-session';
import { startSecondFactorEnrolment } from '../../api/fn/auth/start-second-factor-enrolment';
import { updateUser } from '../../api/fn/users/update-user';
import { verifySecondFactor } from '../../api/fn/auth/verify-second-factor';
import type {
  SecondFactorResetDto,
  AssessmentCreateDto,
  AssessmentDto,
  AssessmentPageDto,
  AssessmentSourceDto,
  AuditPageDto,
  InvitationAcceptDto,
  InvitationAcceptedDto,
  InvitationCreateDto,
  InvitationCreatedDto,
  InvitationDto,
  InvitationPreviewDto,
  SessionDto,
  SessionStateDto,
  StakeholderDto,
  StateDto,
  TotpEnrolmentDto,
  UserDto,
  UserUpdateDto,
} from '../../api/models';

/** Accounts, sessions, assessments and audit, through the generated API client. Specs replace the HTTP backend. */
@Injectable({ providedIn: 'root' })
export class AccessApi {
  private readonly api = inject(Api);

  sessionState(): Observable<SessionStateDto> {
    return this.api.invoke(getSessionState);
  }
  login(email: string, password: string): Observable<SessionStateDto> {
    return this.api.invoke(login, { body: { email, password } });
  }
  verifySecondFactor(code: string): Observable<SessionStateDto> {
    return this.api.invoke(verifySecondFactor, { body: { code } });
  }
  startEnrolment(): Observable<TotpEnrolmentDto> {
    return this.api.invoke(startSecondFactorEnrolment);
  }
  confirmEnrolment(code: string): Observable<SessionStateDto> {
    return this.api.invoke(confirmSecondFactorEnrolment, { body: { code } });
  }
  logout(): Observable<void> {
    return this.api.invoke(logout);
  }
  sessions(): Observable<SessionDto[]> {
    return this.api.invoke(listMySessions);
  }
  revokeSession(id: string): Observable<void> {
    return this.api.invoke(revokeMySession, { id });
  }
  users(): Observable<UserDto[]> {
    return this.api.invoke(listUsers);
  }
  updateUser(id: string, body: UserUpdateDto): Observable<UserDto> {
    return this.api.invoke(updateUser, { id, body });
  }
  resetSecondFactor(id: string, body: SecondFactorResetDto): Observable<UserDto> {
    return this.api.invoke(resetSecondFactor, { id, body });
  }
  invitations(): Observable<InvitationDto[]> {
    return this.api.invoke(listInvitations);
  }
  invite(body: InvitationCreateDto): Observable<InvitationCreatedDto> {
    return this.api.invoke(createInvitation, { body });
  }
  revokeInvitation(id: string): Observable<void> {
    return this.api.invoke(revokeInvitation, { id });
  }
  previewInvitation(token: string): Observable<InvitationPreviewDto> {
    return this.api.invoke(previewInvitation, { body: { token } });
  }
  acceptInvitation(body: InvitationAcceptDto): Observable<InvitationAcceptedDto> {
    return this.api.invoke(acceptInvitation, { body });
  }
  assessment(id: number): Observable<AssessmentDto> {
    return this.api.invoke(getAssessment, { id });
  }
  assessments(recommendationId: number): Observable<AssessmentPageDto> {
    return this.api.invoke(listAssessments, { recommendationId, limit: 200 });
  }
  createAssessment(body: AssessmentCreateDto): Observable<AssessmentDto> {
    return this.api.invoke(createAssessment, { body });
  }
  publishAssessment(id: number): Observable<AssessmentDto> {
    return this.api.invoke(publishAssessment, { id });
  }
  assessmentSource(id: number): Observable<AssessmentSourceDto> {
    return this.api.invoke(getAssessmentSource, { id });
  }
  states(): Observable<StateDto[]> {
    return this.api.invoke(listStates);
  }
  stakeholders(): Observable<StakeholderDto[]> {
    return this.api.invoke(listStakeholders);
  }
  history(entityType: string, entityId: string, cursor: string | null): Observable<AuditPageDto> {
    return this.api.invoke(getAuditHistory, { entityType, entityId, limit: 50, ...(cursor ? { cursor } : {}) });
  }
}
