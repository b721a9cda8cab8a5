import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BODY_CODES, IMPLEMENTATION_STATUSES, RESPONSES, type BodyCode, type ImplementationStatus, type ResponseCode } from '@tracker/domain';

const ISO3 = /^[A-Z]{3}$/;

export class ResponseCreateDto {
  @ApiProperty({ enum: RESPONSES, description: 'supported and noted are the official positions; supported_in_part records "Supported/Noted".' })
  @IsIn(RESPONSES)
  response!: ResponseCode;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2014-03-20' })
  @IsOptional()
  @IsISO8601({ strict: true })
  respondedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'A/HRC/25/5/Add.1' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sourceDocument?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

export class RecommendationCreateDto {
  @ApiProperty({ enum: BODY_CODES, example: 'UPR', description: 'The body that issued the recommendation; the mechanism follows from it.' })
  @IsIn(BODY_CODES)
  body!: BodyCode;

  @ApiProperty({ example: 'CHN', description: 'ISO 3166-1 alpha-3 code of the State under review.' })
  @Matches(ISO3, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  stateIso3!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 4, nullable: true, description: 'UPR cycle; derived from the session when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  cycle?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 54, nullable: true, description: 'UPR Working Group session.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(54)
  session?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'A/HRC/25/5' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  documentSymbol?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '186.20' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  paragraph?: string | null;

  @ApiProperty({ minLength: 1, maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  @Matches(/\S/, { message: 'must not be blank' })
  text!: string;

  @ApiPropertyOptional({ example: 'en', description: 'Language the text is recorded in (never translated).' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be a two- or three-letter lowercase language code' })
  language?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, nullable: true, description: 'UPR Info action category.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  actionCategory?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Stable id of the record in its source (e.g. UHRI annotation id).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['FRA', 'DEU'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(ISO3, { each: true, message: 'must contain ISO 3166-1 alpha-3 codes in capitals' })
  recommendingStates?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Theme codes (see /api/v1/reference).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  affectedPersons?: string[];

  @ApiPropertyOptional({ type: [String], example: ['5', '16.10'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  sdgs?: string[];

  @ApiPropertyOptional({ type: () => ResponseCreateDto, description: 'The State under review\'s first recorded position.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResponseCreateDto)
  response?: ResponseCreateDto;

  @ApiPropertyOptional({ enum: IMPLEMENTATION_STATUSES })
  @IsOptional()
  @IsIn(IMPLEMENTATION_STATUSES)
  status?: ImplementationStatus;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'An earlier recommendation this one repeats.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  repeatsRecommendationId?: number | null;
}
