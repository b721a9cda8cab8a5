import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ASSISTANCE_ACTIVITY_TYPES, ASSISTANCE_STATUSES, type AssistanceActivityType, type AssistanceStatus } from '@tracker/domain';

/** Query strings repeat a key for several values (`status=approved&status=completed`); normalise to an array. */
const toArray = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');

export const GRANULARITIES = ['year', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Filters shared by the list and the aggregates of the Fund page; filters are ANDed, values of `status` ORed. */
export class FundFilterDto {
  @ApiPropertyOptional({ enum: ASSISTANCE_STATUSES, enumName: 'AssistanceStatus', isArray: true })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(ASSISTANCE_STATUSES.length)
  @IsIn(ASSISTANCE_STATUSES, { each: true })
  status?: AssistanceStatus[];

  @ApiPropertyOptional({ type: 'integer', description: 'Reporting year (annual report to the Human Rights Council).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2007)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'UN M49 region of the requesting State, as named in /states (e.g. "Oceania").' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  region?: string;

  @ApiPropertyOptional({ enum: ASSISTANCE_ACTIVITY_TYPES, enumName: 'AssistanceActivityType' })
  @IsOptional()
  @IsIn(ASSISTANCE_ACTIVITY_TYPES)
  activityType?: AssistanceActivityType;

  @ApiPropertyOptional({ description: 'Requesting State (ISO 3166-1 alpha-3).' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  state?: string;
}

export class FundListQueryDto extends FundFilterDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class FundAggregatesQueryDto extends FundFilterDto {
  @ApiPropertyOptional({ enum: GRANULARITIES, enumName: 'FundGranularity', default: 'year', description: 'Buckets of the amounts over time.' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;
}
