import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import {
  COMMUNICATION_TYPES,
  FIRST_UPR_SESSION,
  GRADE_SCALES,
  LAST_UPR_SESSION,
  TREATY_BODY_CODES,
  TREATY_CODES,
  UPR_STEP_STATUSES,
  VISIT_STATUSES,
  type CommunicationType,
  type GradeScale,
  type TreatyBodyCode,
  type UprStepStatus,
  type VisitStatus,
} from '@tracker/domain';

/** Committees that receive State reports (the SPT visits and receives none). */
export const REPORTING_BODIES = TREATY_BODY_CODES.filter((b) => b !== 'SPT');

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a calendar date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

const ISO3_MESSAGE = { message: 'must be an ISO 3166-1 alpha-3 code in capitals' };

/** Fields of every cooperation record. */
export class CooperationRecordFieldsDto {
  @ApiProperty({ example: 'SVN', description: 'ISO 3166-1 alpha-3 of the State the record is about.' })
  @Matches(/^[A-Z]{3}$/, ISO3_MESSAGE)
  stateIso3!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'A/HRC/55/10', description: 'Where the information comes from.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;
}

export class UprParticipationCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ type: 'integer', minimum: FIRST_UPR_SESSION, maximum: LAST_UPR_SESSION, example: 43, description: 'UPR Working Group session; the cycle follows from it.' })
  @IsInt()
  @Min(FIRST_UPR_SESSION)
  @Max(LAST_UPR_SESSION)
  session!: number;

  @ApiProperty({ example: '2023-05-02' })
  @IsCalendarDate()
  reviewDate!: string;

  @ApiProperty({ enum: UPR_STEP_STATUSES, enumName: 'UprStepStatus' })
  @IsIn(UPR_STEP_STATUSES)
  nationalReport!: UprStepStatus;

  @ApiProperty({ enum: UPR_STEP_STATUSES, enumName: 'UprStepStatus' })
  @IsIn(UPR_STEP_STATUSES)
  troika!: UprStepStatus;

  @ApiProperty({ enum: UPR_STEP_STATUSES, enumName: 'UprStepStatus', description: 'Took part in the interactive dialogue of its own review.' })
  @IsIn(UPR_STEP_STATUSES)
  interactiveDialogue!: UprStepStatus;

  @ApiProperty({ enum: UPR_STEP_STATUSES, enumName: 'UprStepStatus', description: 'Responses (addendum) submitted before the adoption.' })
  @IsIn(UPR_STEP_STATUSES)
  responses!: UprStepStatus;

  @ApiProperty({ enum: UPR_STEP_STATUSES, enumName: 'UprStepStatus' })
  @IsIn(UPR_STEP_STATUSES)
  midTermReport!: UprStepStatus;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2023-09-29', description: 'Adoption of the outcome by the Council plenary.' })
  @IsOptional()
  @IsCalendarDate()
  adoptedOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, description: 'Recommendations received; leave empty to count them in the registry.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  recommendationsCount?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, description: 'Recommendations without a response at adoption; leave empty to count them in the registry.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  withoutResponseCount?: number | null;
}

export class TreatyRatificationCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ enum: TREATY_CODES, example: 'ICCPR' })
  @IsIn(TREATY_CODES)
  treaty!: string;

  @ApiProperty({ type: 'integer', minimum: 1945, maximum: 2100, example: 1992 })
  @IsInt()
  @Min(1945)
  @Max(2100)
  ratifiedYear!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1992-07-06' })
  @IsOptional()
  @IsCalendarDate()
  ratifiedOn?: string | null;
}

export class TreatyReportCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ enum: REPORTING_BODIES, enumName: 'ReportingBody' })
  @IsIn(REPORTING_BODIES)
  body!: TreatyBodyCode;

  @ApiProperty({ enum: ['initial', 'periodic'] })
  @IsIn(['initial', 'periodic'])
  reportType!: 'initial' | 'periodic';

  @ApiProperty({ example: '2024-09-01' })
  @IsCalendarDate()
  dueOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDate()
  receivedOn?: string | null;
}

export class FollowUpGradeCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ enum: REPORTING_BODIES, enumName: 'ReportingBody' })
  @IsIn(REPORTING_BODIES)
  body!: TreatyBodyCode;

  @ApiProperty({ example: '2025-03-28', description: 'Date of the follow-up assessment (grades of one body on one day form a round).' })
  @IsCalendarDate()
  assessedOn!: string;

  @ApiProperty({ example: '12' })
  @IsString()
  @Length(1, 32)
  @Matches(/\S/, { message: 'must not be blank' })
  paragraph!: string;

  @ApiProperty({ enum: GRADE_SCALES, enumName: 'GradeScale' })
  @IsIn(GRADE_SCALES)
  scale!: GradeScale;

  @ApiProperty({ example: 'D', description: "A grade of the scale: 'A'–'E' (ccpr_2013), 'A'–'E' with B1, B2, C1, C2, D1, D2 (ccpr_legacy), or fully / partially / not implemented." })
  @IsString()
  @Length(1, 32)
  grade!: string;
}

export class StandingInvitationCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ example: '2010-01-01' })
  @IsCalendarDate()
  extendedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDate()
  withdrawnOn?: string | null;
}

export class VisitEventDto {
  @ApiProperty({ enum: VISIT_STATUSES, enumName: 'VisitStatus' })
  @IsIn(VISIT_STATUSES)
  status!: VisitStatus;

  @ApiProperty({ example: '2021-01-10' })
  @IsCalendarDate()
  on!: string;
}

export class VisitRequestCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ example: 'SR on the situation of human rights defenders' })
  @IsString()
  @Length(2, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  mandate!: string;

  @ApiProperty({ type: [VisitEventDto], description: 'Status history in date order, starting with the request.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VisitEventDto)
  history!: VisitEventDto[];
}

export class CommunicationCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ example: 'AL SVN 1/2024', description: 'OHCHR reference of the communication.' })
  @IsString()
  @Length(2, 64)
  @Matches(/\S/, { message: 'must not be blank' })
  reference!: string;

  @ApiProperty({ enum: COMMUNICATION_TYPES, enumName: 'CommunicationType' })
  @IsIn(COMMUNICATION_TYPES)
  type!: CommunicationType;

  @ApiProperty({ example: '2025-04-01' })
  @IsCalendarDate()
  sentOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDate()
  repliedOn?: string | null;
}

export class ReprisalsMentionCreateDto extends CooperationRecordFieldsDto {
  @ApiProperty({ type: 'integer', minimum: 2010, maximum: 2100, example: 2025, description: 'Year of the Secretary-General’s report.' })
  @IsInt()
  @Min(2010)
  @Max(2100)
  reportYear!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'A/HRC/60/62' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  symbol?: string | null;
}

export class UprParticipationUpdateDto extends PartialType(UprParticipationCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class TreatyRatificationUpdateDto extends PartialType(TreatyRatificationCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class TreatyReportUpdateDto extends PartialType(TreatyReportCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class FollowUpGradeUpdateDto extends PartialType(FollowUpGradeCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class StandingInvitationUpdateDto extends PartialType(StandingInvitationCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class VisitRequestUpdateDto extends PartialType(VisitRequestCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class CommunicationUpdateDto extends PartialType(CommunicationCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}
export class ReprisalsMentionUpdateDto extends PartialType(ReprisalsMentionCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}

export class CooperationListQueryDto {
  @ApiPropertyOptional({ example: 'SVN', description: 'Only this State’s records.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, ISO3_MESSAGE)
  state?: string;
}

/** The multipart form of a CSV upload, for the API documentation. */
export class CooperationUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'A CSV file (UTF-8): a header row with the field names of the record, one record per line.' })
  file!: unknown;

  @ApiPropertyOptional({ enum: TREATY_CODES, description: 'Ratification tables only: the treaty, when the file name (hr_status_<treaty>.csv) does not say.' })
  treaty?: string;
}

/** The form fields of a CSV upload beside the file. */
export class CooperationImportDto {
  @ApiPropertyOptional({ enum: TREATY_CODES, description: 'Ratification tables only: the treaty, when the file name (hr_status_<treaty>.csv) does not say.' })
  @IsOptional()
  @IsIn(TREATY_CODES)
  treaty?: string;
}
