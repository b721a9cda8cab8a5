import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IMPLEMENTATION_STATUSES, REPORT_STATUSES, type ImplementationStatus, type ReportStatus } from '@tracker/domain';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class ReportItemInputDto {
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  recommendationId!: number;

  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus', description: 'The status the State claims for this recommendation.' })
  @IsIn(IMPLEMENTATION_STATUSES)
  status!: ImplementationStatus;
}

/** The content of an implementation report; every field is required to create one. */
export class ReportCreateDto {
  @ApiProperty({ example: 'Mid-term report on justice and policing' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title!: string;

  @ApiProperty({ description: 'What was done, and what it changed.' })
  @IsString()
  @Length(1, 50_000)
  @Matches(/\S/, { message: 'must not be blank' })
  narrative!: string;

  @ApiProperty({ description: 'The measures taken: laws, policies, budgets, programmes.' })
  @IsString()
  @Length(0, 50_000)
  measuresTaken!: string;

  @ApiProperty({ format: 'date', description: 'First day of the period the report covers.' })
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  periodFrom!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period the report covers; the claimed statuses hold from that day.' })
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  periodTo!: string;

  @ApiProperty({ type: [ReportItemInputDto], description: 'The recommendations covered (all addressed to the reporting State) and the status claimed for each.' })
  @ValidateNested({ each: true })
  @Type(() => ReportItemInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  items!: ReportItemInputDto[];

  @ApiPropertyOptional({ type: [Number], description: 'Stakeholders (institutions) responsible for the measures.' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(100)
  institutionIds?: number[];
}

export class ReportUpdateDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this change is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 50_000)
  @Matches(/\S/, { message: 'must not be blank' })
  narrative?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 50_000)
  measuresTaken?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  periodFrom?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  periodTo?: string;

  @ApiPropertyOptional({ type: [ReportItemInputDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReportItemInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  items?: ReportItemInputDto[];

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(100)
  institutionIds?: number[];
}

export const REPORT_TRANSITIONS = ['submit', 'return', 'validate', 'publish'] as const;
export type ReportTransitionAction = (typeof REPORT_TRANSITIONS)[number];

export class ReportTransitionDto {
  @ApiProperty({ enum: REPORT_TRANSITIONS, enumName: 'ReportTransitionAction' })
  @IsIn(REPORT_TRANSITIONS)
  action!: ReportTransitionAction;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version the action is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'Required to return a report: what the State must change.' })
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  comments?: string;
}

export class EvidenceLinkCreateDto {
  @ApiProperty()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title!: string;

  @ApiProperty({ example: 'https://www.gov.si/en/news/2025-03-01-law-adopted/' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) address' })
  @Length(1, 2_000)
  url!: string;
}

/** The form fields sent with an evidence file (multipart/form-data). */
export class EvidenceUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file!: unknown;
  @ApiProperty() title!: string;
}

export class EvidenceFileFieldsDto {
  @ApiProperty()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title!: string;
}

const toArray = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');
const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ReportListQueryDto {
  @ApiPropertyOptional({ type: [String], description: 'Reporting State (ISO alpha-3).' })
  @IsOptional()
  @Transform(toArray)
  @Matches(/^[A-Z]{3}$/, { each: true, message: 'must contain ISO 3166-1 alpha-3 codes in capitals' })
  state?: string[];

  @ApiPropertyOptional({ enum: REPORT_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(REPORT_STATUSES, { each: true })
  status?: ReportStatus[];

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  recommendationId?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  offset?: number;
}
