import { ApiProperty } from '@nestjs/swagger';
import {
  ASSERTING_PARTIES,
  ASSISTANCE_ACTIVITY_TYPES,
  ASSISTANCE_CHANNELS,
  ASSISTANCE_STATUSES,
  IMPLEMENTATION_STATUSES,
  ROLES,
  STATUS_EVENT_SOURCES,
  type AssertingParty,
  type AssistanceActivityType,
  type AssistanceChannel,
  type AssistanceStatus,
  type ImplementationStatus,
  type Role,
  type StatusEventSource,
  type StatusMovement,
} from '@tracker/domain';
import { TRANSITION_ACTIONS, type TransitionAction } from './fund-create.dto';
import { GRANULARITIES, type Granularity } from './fund-query.dto';

/** An amount: integer minor units as a decimal string (never a float), its currency, and how to show it. */
export class MoneyDto {
  @ApiProperty({ example: '1500000', description: 'Minor units (cents…) as a decimal string.' }) amountMinor!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: 'USD 15,000.00' }) formatted!: string;
}

export class AssistanceRequestSummaryDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() stateName!: string;
  @ApiProperty({ description: 'UN M49 region of the State.' }) region!: string;
  @ApiProperty({ enum: ASSISTANCE_ACTIVITY_TYPES, enumName: 'AssistanceActivityType' }) activityType!: AssistanceActivityType;
  @ApiProperty({ enum: ASSISTANCE_CHANNELS, enumName: 'AssistanceChannel' }) channel!: AssistanceChannel;
  @ApiProperty({ enum: ASSISTANCE_STATUSES, enumName: 'AssistanceStatus' }) status!: AssistanceStatus;
  @ApiProperty({ type: 'integer', nullable: true }) reportingYear!: number | null;
  @ApiProperty({ type: MoneyDto }) requested!: MoneyDto;
  @ApiProperty({ type: MoneyDto, nullable: true }) approved!: MoneyDto | null;
  @ApiProperty({ type: MoneyDto }) disbursed!: MoneyDto;
  @ApiProperty() published!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) submittedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AssistanceRequestPageDto {
  @ApiProperty({ type: [AssistanceRequestSummaryDto] }) items!: AssistanceRequestSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: 'integer', description: 'How many requests match that the caller may see.' }) total!: number;
}

export class LinkedRecommendationBriefDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) documentSymbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraph!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'BCP 47 language tag of the text, as recorded (texts are never translated).' }) language!: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) currentStatus!: ImplementationStatus;
}

export class PartnerDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
}

export class DisbursementDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyDto;
  @ApiProperty({ format: 'date' }) disbursedOn!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when the disbursement was voided: it no longer counts.' }) voidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) voidReason!: string | null;
}

export class DocumentDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: ['file', 'link'] }) kind!: 'file' | 'link';
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ type: String, nullable: true }) mediaType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) sizeBytes!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Hex SHA-256 of the stored file.' }) sha256!: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class TransitionDto {
  @ApiProperty({ enum: ['create', ...TRANSITION_ACTIONS] }) action!: 'create' | TransitionAction;
  @ApiProperty({ enum: ASSISTANCE_STATUSES, enumName: 'AssistanceStatus', nullable: true }) fromStatus!: AssistanceStatus | null;
  @ApiProperty({ enum: ASSISTANCE_STATUSES, enumName: 'AssistanceStatus' }) toStatus!: AssistanceStatus;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) actorRole!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the person; for OHCHR readers only.' }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date', description: 'When the step happened.' }) effectiveOn!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded.' }) at!: string;
}

/** What the caller may do with the request now, so the interface offers only that. */
export class AssistanceActionsDto {
  @ApiProperty() edit!: boolean;
  @ApiProperty() publish!: boolean;
  @ApiProperty() disburse!: boolean;
  @ApiProperty({ description: 'May void a disbursement entered by mistake.' }) voidDisbursement!: boolean;
  @ApiProperty() archive!: boolean;
  @ApiProperty() addDocument!: boolean;
  @ApiProperty({ enum: TRANSITION_ACTIONS, enumName: 'AssistanceTransitionAction', isArray: true }) transitions!: TransitionAction[];
}

export class AssistanceRequestDto extends AssistanceRequestSummaryDto {
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) consentOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) consentBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvalAboveRequestReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) implementationStartedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [LinkedRecommendationBriefDto] }) recommendations!: LinkedRecommendationBriefDto[];
  @ApiProperty({ type: [PartnerDto] }) partners!: PartnerDto[];
  @ApiProperty({ type: [DisbursementDto] }) disbursements!: DisbursementDto[];
  @ApiProperty({ type: [DocumentDto] }) documents!: DocumentDto[];
  @ApiProperty({ type: [TransitionDto] }) transitions!: TransitionDto[];
  @ApiProperty({ type: AssistanceActionsDto }) actions!: AssistanceActionsDto;
}

export class StatusClaimDto {
  @ApiProperty({ enum: ASSERTING_PARTIES, enumName: 'AssertingParty' }) party!: AssertingParty;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ enum: STATUS_EVENT_SOURCES, enumName: 'StatusEventSource' }) source!: StatusEventSource;
  @ApiProperty() public!: boolean;
}

const MOVEMENTS = ['improved', 'regressed', 'unchanged', 'unknown'] as const satisfies readonly StatusMovement[];

export class PartyMovementDto {
  @ApiProperty({ enum: ASSERTING_PARTIES, enumName: 'AssertingParty' }) party!: AssertingParty;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus', nullable: true }) before!: ImplementationStatus | null;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus', nullable: true }) atEnd!: ImplementationStatus | null;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus', nullable: true }) afterwards!: ImplementationStatus | null;
  @ApiProperty({ enum: MOVEMENTS, enumName: 'StatusMovement' }) during!: StatusMovement;
  @ApiProperty({ enum: MOVEMENTS, enumName: 'StatusMovement', nullable: true }) after!: StatusMovement | null;
}

export class RecommendationResultDto {
  @ApiProperty({ description: 'Some party’s status improved or regressed during or after the assistance.' }) moved!: boolean;
  @ApiProperty({ type: [PartyMovementDto] }) byParty!: PartyMovementDto[];
}

export class LinkedRecommendationDto extends LinkedRecommendationBriefDto {
  @ApiProperty({ type: [StatusClaimDto], description: 'Status claims over time, oldest first.' }) timeline!: StatusClaimDto[];
  @ApiProperty({ type: RecommendationResultDto, nullable: true, description: 'Null until the implementation has started.' }) result!: RecommendationResultDto | null;
}

export class AssistancePeriodDto {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) end!: string | null;
  @ApiProperty({ format: 'date' }) asOf!: string;
}

export class LinkedRecommendationsDto {
  @ApiProperty({ type: AssistancePeriodDto, nullable: true, description: 'Implementation period the results are measured on; null before it starts.' }) period!: AssistancePeriodDto | null;
  @ApiProperty({ description: 'True when only public status claims are shown (everyone but OHCHR).' }) publicClaimsOnly!: boolean;
  @ApiProperty({ type: [LinkedRecommendationDto] }) items!: LinkedRecommendationDto[];
}

export class CountDto {
  @ApiProperty({ type: String, nullable: true, description: 'The value counted (status, region, activity type; a year as text); null: not set yet.' }) key!: string | null;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class AmountPointDto {
  @ApiProperty({ example: '2026', description: '"YYYY" or "YYYY-MM".' }) period!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: MoneyDto, description: 'Requested in requests submitted in the period.' }) requested!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Approved in decisions taken in the period.' }) approved!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Disbursed in the period.' }) disbursed!: MoneyDto;
}

export class FundAggregatesDto {
  @ApiProperty({ type: 'integer', description: 'Requests counted (those the caller may see, filtered).' }) total!: number;
  @ApiProperty({ type: [CountDto] }) byStatus!: CountDto[];
  @ApiProperty({ type: [CountDto], description: 'By reporting year; key null: not yet decided.' }) byYear!: CountDto[];
  @ApiProperty({ type: [CountDto] }) byRegion!: CountDto[];
  @ApiProperty({ type: [CountDto] }) byActivityType!: CountDto[];
  @ApiProperty({ enum: GRANULARITIES, enumName: 'FundGranularity' }) granularity!: Granularity;
  @ApiProperty({ type: [AmountPointDto], description: 'Per period and currency, oldest first; amounts of different currencies are never added up.' }) amountsOverTime!: AmountPointDto[];
}
