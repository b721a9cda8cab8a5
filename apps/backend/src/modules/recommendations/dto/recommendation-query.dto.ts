import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  BODY_CODES,
  IMPLEMENTATION_STATUSES,
  MECHANISM_KINDS,
  RESPONSES,
  type BodyCode,
  type ImplementationStatus,
  type MechanismKind,
  type ResponseCode,
} from '@tracker/domain';

/** Query strings repeat a key for several values (`state=CHN&state=SVN`); normalise to an array. */
const toArray = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');

const toIntArray = ({ value }: { value: unknown }): unknown => {
  const list = toArray({ value });
  return Array.isArray(list) ? list.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)) : list;
};

/** Filters shared by the list, the facets and the exports. Values of one filter are ORed; filters are ANDed. */
export class RecommendationFilterDto {
  @ApiPropertyOptional({ description: 'Full-text search (web search syntax: "exact phrase", or, -exclude); stemmed.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({ type: [String], description: 'State under review (ISO alpha-3).' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(200)
  @Matches(/^[A-Z]{3}$/, { each: true, message: 'must contain ISO 3166-1 alpha-3 codes in capitals' })
  state?: string[];

  @ApiPropertyOptional({ enum: BODY_CODES, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(BODY_CODES, { each: true })
  body?: BodyCode[];

  @ApiPropertyOptional({ enum: MECHANISM_KINDS, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(MECHANISM_KINDS, { each: true })
  mechanism?: MechanismKind[];

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @Transform(toIntArray)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  cycle?: number[];

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @Transform(toIntArray)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(54, { each: true })
  session?: number[];

  @ApiPropertyOptional({ enum: RESPONSES, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(RESPONSES, { each: true })
  response?: ResponseCode[];

  @ApiPropertyOptional({ enum: IMPLEMENTATION_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(IMPLEMENTATION_STATUSES, { each: true })
  status?: ImplementationStatus[];

  @ApiPropertyOptional({ type: [String], description: 'Theme codes.' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  theme?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Affected-person codes.' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  affectedPerson?: string[];

  @ApiPropertyOptional({ type: [String], description: 'SDG goal ("5", matches its targets too) or target ("5.2").' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(100)
  @Matches(/^\d{1,2}(\.[0-9a-z]{1,2})?$/, { each: true, message: 'must contain SDG goals ("5") or targets ("5.2")' })
  sdg?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Recommending State (ISO alpha-3).' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(200)
  @Matches(/^[A-Z]{3}$/, { each: true, message: 'must contain ISO 3166-1 alpha-3 codes in capitals' })
  recommendingState?: string[];
}

export class RecommendationListQueryDto extends RecommendationFilterDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s nextCursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
