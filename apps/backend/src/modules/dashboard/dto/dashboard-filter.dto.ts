import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, Matches } from 'class-validator';
import { REGIONAL_GROUPS, STATES, type RegionalGroup } from '@tracker/domain';
import { RecommendationFilterDto } from '../../recommendations/dto/recommendation-query.dto';

/** UN M49 regions of the States in the registry ("Africa", "Americas", …). */
export const M49_REGIONS: readonly string[] = [...new Set(STATES.map((s) => s.m49Region))].sort();

const toArray = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');

/**
 * The registry's filters (mechanism, body, cycle, theme, SDG, response, State…) plus the State's
 * UN regional group and M49 region. Values of one filter are ORed; filters are ANDed.
 */
export class DashboardFilterDto extends RecommendationFilterDto {
  @ApiPropertyOptional({ enum: REGIONAL_GROUPS, enumName: 'RegionalGroup', isArray: true, description: 'UN regional group of the State under review.' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(5)
  @IsIn(REGIONAL_GROUPS, { each: true })
  regionalGroup?: RegionalGroup[];

  @ApiPropertyOptional({ enum: M49_REGIONS, enumName: 'M49Region', isArray: true, description: 'UN M49 region of the State under review.' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(10)
  @IsIn(M49_REGIONS, { each: true })
  region?: string[];
}

export const COMPARISON_DIMENSIONS = ['regional_group', 'region', 'theme', 'sdg', 'cycle', 'mechanism', 'state'] as const;
export type ComparisonDimension = (typeof COMPARISON_DIMENSIONS)[number];

export class ComparisonQueryDto extends DashboardFilterDto {
  @ApiPropertyOptional({ enum: COMPARISON_DIMENSIONS, enumName: 'ComparisonDimension', default: 'regional_group', description: 'What to compare.' })
  @IsOptional()
  @IsIn(COMPARISON_DIMENSIONS)
  dimension?: ComparisonDimension;
}

export class StateParamDto {
  @ApiProperty({ example: 'SVN', description: 'ISO 3166-1 alpha-3 code of the State, in capitals.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  iso3!: string;
}
