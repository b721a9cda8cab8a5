import { ApiProperty } from '@nestjs/swagger';
import {
  DEADLINE_KINDS,
  FLAG_STATUSES,
  MECHANISM_KINDS,
  REGIONAL_GROUPS,
  type DeadlineKind,
  type FlagStatus,
  type MechanismKind,
  type RegionalGroup,
} from '@tracker/domain';
import { COMPARISON_DIMENSIONS, type ComparisonDimension } from './dashboard-filter.dto';

/** Who asserts the statuses of a progress series: the State, or independent assessors (NHRI, NGO, UN entity, OHCHR). */
export const PARTY_GROUPS = ['state', 'independent'] as const;
export type PartyGroup = (typeof PARTY_GROUPS)[number];

export const HEADLINE_KEYS = ['recommendations', 'supported_share', 'implemented_share', 'overdue', 'open_flags'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** Sections of a State profile a caller may be refused (visible to OHCHR officers and administrators only). */
export const PROFILE_SECTIONS = ['flags', 'ratifications', 'overdue_reports'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

const FIGURE_KINDS = ['count', 'share'] as const;
const SEVERITIES = ['low', 'medium', 'high'] as const;
const REVIEW_KINDS = ['upr', 'treaty_body'] as const;

export class StatusCountsDto {
  @ApiProperty({ type: 'integer', description: 'Recommendations counted.' }) total!: number;
  @ApiProperty({ type: 'integer' }) noInformation!: number;
  @ApiProperty({ type: 'integer' }) notImplemented!: number;
  @ApiProperty({ type: 'integer' }) partiallyImplemented!: number;
  @ApiProperty({ type: 'integer' }) fullyImplemented!: number;
}

/** When an aggregate was computed and for which day. */
export class AggregateStampDto {
  @ApiProperty({ type: String, format: 'date', description: 'The day the figures describe (the application clock, UTC).' }) asOf!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When PostgreSQL computed them (they may be served again while unchanged).' })
  computedAt!: string;
}

export class ProgressPointDto extends StatusCountsDto {
  @ApiProperty({ example: '2024-05', description: 'The month; counts are as of its last day (as of today for the current month).' }) month!: string;
  @ApiProperty({ enum: PARTY_GROUPS, enumName: 'PartyGroup' }) party!: PartyGroup;
}

export class ProgressDto extends AggregateStampDto {
  @ApiProperty({ type: [ProgressPointDto], description: 'One point per month and party, oldest first; the State series first.' })
  points!: ProgressPointDto[];
}

export class HeadlineFigureDto {
  @ApiProperty({ enum: HEADLINE_KEYS, enumName: 'HeadlineKey' }) key!: HeadlineKey;
  @ApiProperty({ enum: FIGURE_KINDS, enumName: 'HeadlineFigureKind' }) kind!: 'count' | 'share';
  @ApiProperty({ type: Number, description: 'A count, or a share between 0 and 1.' }) value!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The same figure 12 months earlier; null when it cannot be computed.' }) previous!: number | null;
  @ApiProperty({ type: 'integer', description: 'For a share: the recommendations counted in it.' }) count!: number;
  @ApiProperty({ type: 'integer', description: 'For a share: what it is a share of.' }) base!: number;
}

export class HeadlineDto extends AggregateStampDto {
  @ApiProperty({ type: String, format: 'date', description: 'The day trends compare with (12 months before asOf).' }) comparedWith!: string;
  @ApiProperty({ type: [HeadlineFigureDto], description: 'Figures the caller may see and the installation records; others are left out.' })
  figures!: HeadlineFigureDto[];
}

export class ComparisonRowDto extends StatusCountsDto {
  @ApiProperty({ description: 'Code of the group (State ISO alpha-3, theme code, cycle number, …).' }) key!: string;
  @ApiProperty({ description: 'Name of the group as recorded (English).' }) label!: string;
  @ApiProperty({ type: String, nullable: true, description: 'M49 code of the State (dimension "state" only), to place it on a map.' }) m49!: string | null;
  @ApiProperty({ type: 'integer', description: 'Recommendations with a response of the State (UPR).' }) responded!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, supported or supported in part.' }) supported!: number;
}

export class ComparisonDto extends AggregateStampDto {
  @ApiProperty({ enum: COMPARISON_DIMENSIONS, enumName: 'ComparisonDimension' }) dimension!: ComparisonDimension;
  @ApiProperty({ type: [ComparisonRowDto] }) rows!: ComparisonRowDto[];
}

export class ProfileStateDto {
  @ApiProperty({ example: 'SVN' }) iso3!: string;
  @ApiProperty({ example: 'SI' }) iso2!: string;
  @ApiProperty({ example: '705' }) m49!: string;
  @ApiProperty({ example: 'Slovenia' }) name!: string;
  @ApiProperty({ enum: REGIONAL_GROUPS, enumName: 'RegionalGroup', nullable: true }) regionalGroup!: RegionalGroup | null;
  @ApiProperty({ example: 'Europe' }) m49Region!: string;
  @ApiProperty() ldc!: boolean;
  @ApiProperty() lldc!: boolean;
  @ApiProperty() sids!: boolean;
}

export class MechanismStatusDto extends StatusCountsDto {
  @ApiProperty({ enum: MECHANISM_KINDS, enumName: 'MechanismKind' }) mechanism!: MechanismKind;
}

export class ResponseCountsDto {
  @ApiProperty({ type: 'integer' }) supported!: number;
  @ApiProperty({ type: 'integer' }) supportedInPart!: number;
  @ApiProperty({ type: 'integer' }) noted!: number;
  @ApiProperty({ type: 'integer' }) noResponse!: number;
}

export class ReviewDto {
  @ApiProperty({ enum: REVIEW_KINDS, enumName: 'ReviewKind' }) kind!: 'upr' | 'treaty_body';
  @ApiProperty({ example: 'UPR', description: 'Body code.' }) body!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'UPR Working Group session.' }) session!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) cycle!: number | null;
  @ApiProperty({ type: String, format: 'date', description: 'UPR: opening day of the session; treaty bodies: date of the concluding observations.' }) date!: string;
  @ApiProperty({ description: 'True when the day is an estimate (a UPR session whose opening day is not confirmed).' }) approximate!: boolean;
  @ApiProperty({ type: 'integer' }) recommendations!: number;
}

export class DeadlineSummaryDto {
  @ApiProperty({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind' }) kind!: DeadlineKind;
  @ApiProperty({ example: 'UPR', description: 'Body code of the review the deadline follows.' }) body!: string;
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer', description: 'Recommendations the deadline applies to.' }) recommendations!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, met by a qualifying document by today.' }) met!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, overdue today (a calendar milestone never is).' }) overdue!: number;
}

export class OverdueReportDto {
  @ApiProperty({ example: 'CAT' }) body!: string;
  @ApiProperty({ enum: ['initial', 'periodic'], enumName: 'TreatyReportType' }) reportType!: 'initial' | 'periodic';
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer' }) daysLate!: number;
}

export class ProfileFlagDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ description: 'Rule that raised it.' }) ruleId!: string;
  @ApiProperty({ enum: FLAG_STATUSES, enumName: 'FlagStatus' }) status!: FlagStatus;
  @ApiProperty({ enum: SEVERITIES, enumName: 'FlagSeverity' }) severity!: 'low' | 'medium' | 'high';
  @ApiProperty() persistent!: boolean;
  @ApiProperty({ example: '2026-Q3' }) lastSeenWindow!: string;
}

export class RatificationDto {
  @ApiProperty({ example: 'ICCPR' }) treaty!: string;
  @ApiProperty({ example: 'CCPR' }) body!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
}

export class AssistanceSummaryDto {
  @ApiProperty({ description: 'Status of the requests counted.' }) status!: string;
  @ApiProperty({ type: 'integer' }) requests!: number;
}

export class StateProfileDto {
  @ApiProperty({ type: String, format: 'date' }) asOf!: string;
  @ApiProperty({ type: ProfileStateDto }) state!: ProfileStateDto;
  @ApiProperty({ type: StatusCountsDto, description: 'Current status of all its recommendations (the registry status).' }) status!: StatusCountsDto;
  @ApiProperty({ type: [MechanismStatusDto] }) byMechanism!: MechanismStatusDto[];
  @ApiProperty({ type: ResponseCountsDto, description: 'Its responses to UPR recommendations.' }) responses!: ResponseCountsDto;
  @ApiProperty({ type: [ReviewDto], description: 'Reviews that produced its recommendations, oldest first.' }) reviews!: ReviewDto[];
  @ApiProperty({ type: [DeadlineSummaryDto], description: 'Its deadlines as the follow-up module keeps them, by due date.' }) deadlines!: DeadlineSummaryDto[];
  @ApiProperty({ type: [OverdueReportDto], nullable: true, description: 'Treaty reports due and not received; null when withheld.' }) overdueReports!: OverdueReportDto[] | null;
  @ApiProperty({ type: [ProfileFlagDto], nullable: true, description: 'Non-cooperation flags; null when withheld.' }) flags!: ProfileFlagDto[] | null;
  @ApiProperty({ type: [RatificationDto], nullable: true, description: 'Treaties ratified or acceded to; null when withheld.' }) ratifications!: RatificationDto[] | null;
  @ApiProperty({ type: [AssistanceSummaryDto], description: 'Voluntary Fund assistance requests the caller may see, by status.' })
  assistanceRequests!: AssistanceSummaryDto[];
  @ApiProperty({ enum: PROFILE_SECTIONS, enumName: 'ProfileSection', isArray: true, description: 'Sections left out because the caller may not see them.' })
  withheld!: ProfileSection[];
}
