import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  ASSISTANCE_ACTIVITY_TYPES,
  ASSISTANCE_ACTION_TYPES,
  ASSISTANCE_CHANNELS,
  CURRENCY_CODES,
  type AssistanceActionType,
  type AssistanceActivityType,
  type AssistanceChannel,
  type CurrencyCode,
} from '@tracker/domain';

/** Minor units travel as decimal strings (JSON has no 64-bit integer); a sign is read so the rules can say why a negative amount is refused. */
export const MINOR_UNITS = /^-?\d{1,19}$/;
export const MINOR_UNITS_MESSAGE = 'must be a whole number of minor units written as a string of digits, e.g. "1500000" for USD 15,000.00';
const DATE_MESSAGE = 'must be a calendar date YYYY-MM-DD';

/** Actions of POST …/transitions: every workflow step but editing (PATCH does that). */
export const TRANSITION_ACTIONS = ASSISTANCE_ACTION_TYPES.filter((a): a is Exclude<AssistanceActionType, 'edit'> => a !== 'edit');
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export class AssistanceRequestCreateDto {
  @ApiProperty({ description: 'Requesting State (ISO 3166-1 alpha-3). A State focal point may only name its own State.', example: 'FJI' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  stateIso3!: string;

  @ApiProperty({ enum: ASSISTANCE_ACTIVITY_TYPES, enumName: 'AssistanceActivityType' })
  @IsIn(ASSISTANCE_ACTIVITY_TYPES)
  activityType!: AssistanceActivityType;

  @ApiProperty({ enum: ASSISTANCE_CHANNELS, enumName: 'AssistanceChannel' })
  @IsIn(ASSISTANCE_CHANNELS)
  channel!: AssistanceChannel;

  @ApiPropertyOptional({ description: 'What the assistance is for.', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When the State consented (required before submitting).' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  consentOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who gave the State’s consent (required before submitting).' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(500)
  consentBy?: string | null;

  @ApiPropertyOptional({ enum: CURRENCY_CODES, enumName: 'CurrencyCode', default: 'USD' })
  @IsOptional()
  @IsIn(CURRENCY_CODES, { message: 'must be a supported ISO 4217 currency code' })
  currency?: CurrencyCode;

  @ApiPropertyOptional({ description: 'Amount requested, in minor units of the currency, as a string.', example: '1500000', default: '0' })
  @IsOptional()
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  requestedMinor?: string;

  @ApiPropertyOptional({ type: [Number], description: 'Recommendations the assistance serves; only recommendations addressed to the requesting State.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  recommendationIds?: number[];

  @ApiPropertyOptional({ type: [Number], description: 'Partners (stakeholder ids).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  partnerIds?: number[];
}

/** A change to a draft; `version` guards against lost updates. The requesting State never changes. */
export class AssistanceRequestUpdateDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this change is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: ASSISTANCE_ACTIVITY_TYPES, enumName: 'AssistanceActivityType' })
  @IsOptional()
  @IsIn(ASSISTANCE_ACTIVITY_TYPES)
  activityType?: AssistanceActivityType;

  @ApiPropertyOptional({ enum: ASSISTANCE_CHANNELS, enumName: 'AssistanceChannel' })
  @IsOptional()
  @IsIn(ASSISTANCE_CHANNELS)
  channel?: AssistanceChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  consentOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(500)
  consentBy?: string | null;

  @ApiPropertyOptional({ enum: CURRENCY_CODES, enumName: 'CurrencyCode' })
  @IsOptional()
  @IsIn(CURRENCY_CODES, { message: 'must be a supported ISO 4217 currency code' })
  currency?: CurrencyCode;

  @ApiPropertyOptional({ example: '1500000' })
  @IsOptional()
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  requestedMinor?: string;

  @ApiPropertyOptional({ type: [Number], description: 'The full list of linked recommendations after the change.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  recommendationIds?: number[];

  @ApiPropertyOptional({ type: [Number], description: 'The full list of partners after the change.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  partnerIds?: number[];
}

export class AssistanceTransitionDto {
  @ApiProperty({ enum: TRANSITION_ACTIONS, enumName: 'AssistanceTransitionAction' })
  @IsIn(TRANSITION_ACTIONS)
  action!: TransitionAction;

  @ApiPropertyOptional({ description: 'Why: required to return or decline a request.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Approve only: the amount approved, in minor units, as a string.', example: '1200000' })
  @IsOptional()
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  approvedMinor?: string;

  @ApiPropertyOptional({ description: 'Approve only: why more than requested is approved (OHCHR officers).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  approvalAboveRequestReason?: string;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'When the step happened (default today); not in the future, not before the previous step.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  effectiveOn?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Version the step is based on; a stale one answers 409.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DisbursementCreateDto {
  @ApiProperty({ description: 'Amount paid, in minor units of the request’s currency, as a string.', example: '600000' })
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  amountMinor!: string;

  @ApiPropertyOptional({ enum: CURRENCY_CODES, enumName: 'CurrencyCode', description: 'Must be the request’s currency when given.' })
  @IsOptional()
  @IsIn(CURRENCY_CODES, { message: 'must be a supported ISO 4217 currency code' })
  currency?: CurrencyCode;

  @ApiProperty({ type: String, format: 'date' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  disbursedOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class DisbursementVoidDto {
  @ApiProperty({ description: 'Why the disbursement is voided (e.g. "Entered twice; the bank statement shows one payment").' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must say why the disbursement is voided' })
  reason!: string;
}

export class ArchiveDto {
  @ApiProperty({ description: 'Why the record is archived.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must not be blank' })
  reason!: string;
}

/** Fields of the multipart form of POST …/documents: a title, and a link unless a file is sent. */
export class DocumentCreateDto {
  @ApiProperty({ description: 'What the document is (e.g. "Consent letter").' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title!: string;

  @ApiPropertyOptional({ description: 'A link (https) instead of a file.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) address' })
  url?: string;

}

/** The multipart form of POST …/documents, for the OpenAPI document. */
export class DocumentUploadDto extends DocumentCreateDto {
  @ApiPropertyOptional({ type: 'string', format: 'binary', description: 'PDF, Word (.docx), Excel (.xlsx), OpenDocument (.odt, .ods), PNG or JPEG; or send `url` instead.' })
  file?: Blob;
}
