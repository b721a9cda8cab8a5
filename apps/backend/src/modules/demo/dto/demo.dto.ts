import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEMO_DEFAULT_SIZE = 5000;

export class DemoLoadDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 100, maximum: 20000, default: DEMO_DEFAULT_SIZE, description: 'Rows of the synthetic export to load.' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(20000)
  recommendations?: number;
}

export class DemoStatusDto {
  @ApiProperty({ description: 'Demo data is in the registry (every demo recommendation has the source "demo").' }) loaded!: boolean;
  @ApiProperty({ type: 'integer', description: 'Demo recommendations in the registry.' }) recommendations!: number;
  @ApiProperty({ description: 'The registry holds no recommendation at all (first run).' }) registryEmpty!: boolean;
  @ApiProperty({ description: 'An administrator account exists (else: create one with `npm run create-admin`).' }) administratorExists!: boolean;
}

export class DemoLoadedDto {
  @ApiProperty({ type: 'integer' }) recommendations!: number;
  @ApiProperty({ type: 'integer', description: 'Public status claims of States and independent assessors.' }) statusEvents!: number;
  @ApiProperty({ type: 'integer', description: 'Responses of the States (UPR positions).' }) responses!: number;
}

export class DemoRemovedDto {
  @ApiProperty({ type: 'integer', description: 'Demo recommendations deleted, with their statuses, responses and links.' }) deleted!: number;
  @ApiProperty({ type: 'integer', description: 'Demo recommendations archived instead, because records made by people (assessments, reports…) point at them.' })
  archived!: number;
}
