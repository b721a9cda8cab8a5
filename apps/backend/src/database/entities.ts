import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity';
import { AssessmentSourceEntity } from '../modules/assessments/assessment-source.entity';
import { AssessmentEntity } from '../modules/assessments/assessment.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CommunicationEntity } from '../modules/cooperation/entities/communication.entity';
import { FollowUpGradeEntity } from '../modules/cooperation/entities/follow-up-grade.entity';
import { ReprisalsMentionEntity } from '../modules/cooperation/entities/reprisals-mention.entity';
import { StandingInvitationEntity } from '../modules/cooperation/entities/standing-invitation.entity';
import { TreatyRatificationEntity } from '../modules/cooperation/entities/treaty-ratification.entity';
import { TreatyReportEntity } from '../modules/cooperation/entities/treaty-report.entity';
import { UprParticipationEntity } from '../modules/cooperation/entities/upr-participation.entity';
import { VisitRequestEntity } from '../modules/cooperation/entities/visit-request.entity';
import { FlagEntity } from '../modules/flags/entities/flag.entity';
import { FlagEventEntity } from '../modules/flags/entities/flag-event.entity';
import { FlagEvidenceEntity } from '../modules/flags/entities/flag-evidence.entity';
import { FlagWindowEntity } from '../modules/flags/entities/flag-window.entity';
import { SweepEntity, SweepStateEntity } from '../modules/flags/entities/sweep.entity';
import { AssistanceDisbursementEntity } from '../modules/fund/entities/assistance-disbursement.entity';
import { AssistanceDocumentEntity } from '../modules/fund/entities/assistance-document.entity';
import { AssistancePartnerEntity } from '../modules/fund/entities/assistance-partner.entity';
import { AssistanceRequestRecommendationEntity } from '../modules/fund/entities/assistance-request-recommendation.entity';
import { AssistanceRequestEntity } from '../modules/fund/entities/assistance-request.entity';
import { AssistanceTransitionEntity } from '../modules/fund/entities/assistance-transition.entity';
import { ImportFileChunkEntity } from '../modules/imports/import-file-chunk.entity';
import { ImportIssueEntity } from '../modules/imports/import-issue.entity';
import { ImportRunEntity } from '../modules/imports/import-run.entity';
import { RecommendationResponseEntity } from '../modules/recommendations/recommendation-response.entity';
import { RecommendationEntity } from '../modules/recommendations/recommendation.entity';
import { AffectedPersonEntity } from '../modules/reference/entities/affected-person.entity';
import { BodyEntity } from '../modules/reference/entities/body.entity';
import { SdgEntity } from '../modules/reference/entities/sdg.entity';
import { ThemeEntity } from '../modules/reference/entities/theme.entity';
import { RecommendationStakeholderEntity } from '../modules/stakeholders/recommendation-stakeholder.entity';
import { StakeholderEntity } from '../modules/stakeholders/stakeholder.entity';
import { StateEntity } from '../modules/states/state.entity';
import { StatusEventEntity } from '../modules/status-events/status-event.entity';
import { InvitationEntity } from '../modules/users/invitation.entity';
import { UserEntity } from '../modules/users/user.entity';
import { RecommendationDeadlineEntity, RecommendationDeadlineStateEntity } from '../modules/deadlines/recommendation-deadline.entity';
import { RecommendationGradeEntity } from '../modules/follow-up/recommendation-grade.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { SubscriptionEntity, SubscriptionOverdueNoticeEntity } from '../modules/notifications/subscription.entity';
import {
  ImplementationReportEntity,
  ImplementationReportInstitutionEntity,
  ImplementationReportItemEntity,
  ReportEvidenceEntity,
  ReportTransitionEntity,
} from '../modules/reports/implementation-report.entity';

/** Every entity of the schema; migrations must match them exactly (checked by the schema-drift test). */
export const ENTITIES = [
  StateEntity,
  BodyEntity,
  ThemeEntity,
  AffectedPersonEntity,
  SdgEntity,
  RecommendationEntity,
  RecommendationResponseEntity,
  StakeholderEntity,
  RecommendationStakeholderEntity,
  AuditLogEntity,
  StatusEventEntity,
  ImportRunEntity,
  ImportIssueEntity,
  ImportFileChunkEntity,
  UserEntity,
  InvitationEntity,
  SessionEntity,
  LoginThrottleEntity,
  ApiTokenEntity,
  AssessmentEntity,
  AssessmentSourceEntity,
  UprParticipationEntity,
  TreatyRatificationEntity,
  TreatyReportEntity,
  FollowUpGradeEntity,
  StandingInvitationEntity,
  VisitRequestEntity,
  CommunicationEntity,
  ReprisalsMentionEntity,
  FlagEntity,
  FlagWindowEntity,
  FlagEvidenceEntity,
  FlagEventEntity,
  SweepEntity,
  SweepStateEntity,
  AssistanceRequestEntity,
  AssistanceRequestRecommendationEntity,
  AssistancePartnerEntity,
  AssistanceDisbursementEntity,
  AssistanceDocumentEntity,
  AssistanceTransitionEntity,
  ImplementationReportEntity,
  ImplementationReportItemEntity,
  ImplementationReportInstitutionEntity,
  ReportEvidenceEntity,
  ReportTransitionEntity,
  RecommendationGradeEntity,
  RecommendationDeadlineEntity,
  RecommendationDeadlineStateEntity,
  SubscriptionEntity,
  SubscriptionOverdueNoticeEntity,
  NotificationEntity,
];
