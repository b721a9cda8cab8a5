import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { DEADLINE_KINDS, IMPLEMENTATION_STATUSES, MECHANISM_KINDS, STAKEHOLDER_ROLES, type DeadlineKind, type ImplementationStatus, type MechanismKind, type StakeholderRole } from '@tracker/domain';
import { RecommendationFilterDto } from '../../recommendations/dto/recommendation-query.dto';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class AssignmentCreateDto {
  @ApiProperty({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' })
  @IsIn(STAKEHOLDER_ROLES)
  role!: StakeholderRole;

  @ApiProperty({ type: RecommendationFilterDto, description: 'The recommendations to assign: the same filters as the explorer.' })
  @ValidateNested()
  @Type(() => RecommendationFilterDto)
  filter!: RecommendationFilterDto;

  @ApiPropertyOptional({ description: 'Only count what would be assigned.', default: false })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class AssignmentResultDto {
  @ApiProperty({ type: 'integer', description: 'Recommendations the filter selects.' }) matched!: number;
  @ApiProperty({ type: 'integer', description: 'Newly assigned (0 on a dry run).' }) assigned!: number;
  @ApiProperty({ type: 'integer', description: 'Already assigned in that role.' }) alreadyAssigned!: number;
}

export class WorklistQueryDto {
  @ApiPropertyOptional({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' })
  @IsOptional()
  @IsIn(STAKEHOLDER_ROLES)
  role?: StakeholderRole;

  @ApiPropertyOptional({ description: 'Only recommendations with an overdue deadline.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

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

export class WorklistItemDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty({ type: 'integer' }) stakeholderId!: number;
  @ApiProperty({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' }) role!: StakeholderRole;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() stateName!: string;
  @ApiProperty({ enum: MECHANISM_KINDS, enumName: 'MechanismKind' }) mechanism!: MechanismKind;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) documentSymbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraph!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'BCP 47 language tag of the text, as recorded (texts are never translated).' }) language!: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind', nullable: true, description: 'The earliest deadline not yet met.' }) nextDeadline!: DeadlineKind | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextDueOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) daysLate!: number | null;
}

export class WorklistDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [Number], description: 'The stakeholders whose work it is.' }) stakeholderIds!: number[];
  @ApiProperty({ type: [WorklistItemDto] }) items!: WorklistItemDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}
