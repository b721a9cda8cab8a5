import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ASSESSMENT_ORIGINS, IMPLEMENTATION_STATUSES, type AssessmentOrigin, type ImplementationStatus } from '@tracker/domain';

export class AssessmentCreateDto {
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  recommendationId!: number;

  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' })
  @IsIn(IMPLEMENTATION_STATUSES)
  status!: ImplementationStatus;

  @ApiProperty({ description: 'What was (not) done, with evidence.' })
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'must not be blank' })
  narrative!: string;

  @ApiPropertyOptional({ description: 'Only OHCHR and the filing organisation may ever see it or who filed it.', default: false })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}

export class AssessmentUpdateDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this change is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' })
  @IsOptional()
  @IsIn(IMPLEMENTATION_STATUSES)
  status?: ImplementationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'must not be blank' })
  narrative?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}

export class AssessmentListQueryDto {
  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  recommendationId?: number;

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
  @Length(1, 200)
  cursor?: string;
}

export class AssessmentExportQueryDto {
  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  recommendationId?: number;
}

/** What the caller may do with this assessment (so the interface offers only that). */
export class AssessmentActionsDto {
  @ApiProperty() edit!: boolean;
  @ApiProperty() publish!: boolean;
  @ApiProperty() readSource!: boolean;
}

/** The content of an assessment. Never who filed it: see AssessmentSourceDto. */
export class AssessmentDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty({ description: 'State under review of the recommendation.' }) stateIso3!: string;
  @ApiProperty({ enum: ASSESSMENT_ORIGINS, enumName: 'AssessmentOrigin' }) origin!: AssessmentOrigin;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty() narrative!: string;
  @ApiProperty() confidential!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: AssessmentActionsDto }) actions!: AssessmentActionsDto;
}

export class AssessmentPageDto {
  @ApiProperty({ type: [AssessmentDto] }) items!: AssessmentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: 'integer', description: 'How many assessments match that the caller may see.' }) total!: number;
}

export class AssessmentSourceDto {
  @ApiProperty({ type: 'integer' }) assessmentId!: number;
  @ApiProperty({ type: 'integer', nullable: true }) organisationId!: number | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ type: String, nullable: true }) stateIso3!: string | null;
  @ApiProperty({ format: 'uuid' }) authorUserId!: string;
  @ApiProperty() authorName!: string;
}
