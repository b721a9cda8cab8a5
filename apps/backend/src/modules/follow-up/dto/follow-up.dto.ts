import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ASSERTING_PARTIES, GRADE_SCALES, IMPLEMENTATION_STATUSES, INDEPENDENT_PARTIES, STATUS_EVENT_SOURCES, type AssertingParty, type GradeScale, type ImplementationStatus, type IndependentParty, type StatusEventSource } from '@tracker/domain';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class StatusQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'The date to answer for (default: today).' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  asOf?: string;
}

/** One status claim: who asserts which status, from when, on what record. */
export class PartyClaimDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ASSERTING_PARTIES, enumName: 'AssertingParty' }) party!: AssertingParty;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ enum: STATUS_EVENT_SOURCES, enumName: 'StatusEventSource' }) source!: StatusEventSource;
  @ApiProperty({ type: String, nullable: true, description: 'The report (state_report) or assessment (assessment) it comes from.' }) sourceId!: string | null;
  @ApiProperty({ description: 'Published and not confidential; otherwise shown only to OHCHR and whoever filed it.' }) public!: boolean;
}

export class PartyDisagreementDto {
  @ApiProperty({ enum: INDEPENDENT_PARTIES, enumName: 'IndependentParty' }) party!: IndependentParty;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) stateStatus!: ImplementationStatus;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) partyStatus!: ImplementationStatus;
  @ApiProperty({ type: 'integer' }) gap!: number;
  @ApiProperty({ enum: ['state_claims_more', 'state_claims_less'] }) direction!: 'state_claims_more' | 'state_claims_less';
  @ApiProperty() explanation!: string;
}

export class DisagreementDto {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus', nullable: true }) stateStatus!: ImplementationStatus | null;
  @ApiProperty() disagree!: boolean;
  @ApiProperty({ type: 'integer' }) maxGap!: number;
  @ApiProperty({ type: [PartyDisagreementDto] }) items!: PartyDisagreementDto[];
}

export class GradeDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: GRADE_SCALES, enumName: 'GradeScale' }) scale!: GradeScale;
  @ApiProperty() grade!: string;
  @ApiProperty() meaning!: string;
  @ApiProperty({ format: 'date' }) assessedOn!: string;
  @ApiProperty({ type: String, nullable: true }) sourceDocument!: string | null;
}

export class StatusOverviewDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [PartyClaimDto], description: 'Per asserting party, the claim in force on asOf (parties without one are left out).' }) parties!: PartyClaimDto[];
  @ApiProperty({ type: DisagreementDto, description: 'Where independent assessments differ from the State’s claim on asOf.' }) disagreement!: DisagreementDto;
  @ApiProperty({ type: [PartyClaimDto], description: 'Every claim the caller may see, oldest first.' }) timeline!: PartyClaimDto[];
  @ApiProperty({ type: [GradeDto], description: 'Treaty-body follow-up grades, oldest first.' }) grades!: GradeDto[];
}

export class GradeCreateDto {
  @ApiProperty({ enum: GRADE_SCALES, enumName: 'GradeScale' })
  @IsIn(GRADE_SCALES)
  scale!: GradeScale;

  @ApiProperty({ description: 'A grade of the scale: A–E (ccpr_2013); A, B1, B2, C1, C2, D1, D2, E (ccpr_legacy); fully_implemented… (implementation).' })
  @IsString()
  @Length(1, 32)
  grade!: string;

  @ApiProperty({ format: 'date' })
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  assessedOn!: string;

  @ApiPropertyOptional({ example: 'CCPR/C/128/3' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  sourceDocument?: string;
}
