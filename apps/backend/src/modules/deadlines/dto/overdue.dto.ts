import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEADLINE_KINDS, IMPLEMENTATION_STATUSES, MECHANISM_KINDS, type DeadlineKind, type ImplementationStatus, type MechanismKind } from '@tracker/domain';
import { RecommendationFilterDto } from '../../recommendations/dto/recommendation-query.dto';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
const toArray = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');

export const OVERDUE_SORTS = ['most_late', 'least_late'] as const;
export type OverdueSort = (typeof OVERDUE_SORTS)[number];

/** The recommendation filters, plus how late and which deadline. */
export class OverdueFilterDto extends RecommendationFilterDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'At least this many days late.' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  minDaysLate?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'At most this many days late.' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  maxDaysLate?: number;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(DEADLINE_KINDS, { each: true })
  deadline?: DeadlineKind[];

  @ApiPropertyOptional({ enum: OVERDUE_SORTS, default: 'most_late' })
  @IsOptional()
  @IsIn(OVERDUE_SORTS)
  sort?: OverdueSort;
}

export class OverdueQueryDto extends OverdueFilterDto {
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
  @Max(1_000_000)
  offset?: number;
}

export class OverdueItemDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() stateName!: string;
  @ApiProperty({ enum: MECHANISM_KINDS, enumName: 'MechanismKind' }) mechanism!: MechanismKind;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) documentSymbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraph!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'BCP 47 language tag of the text, as recorded (texts are never translated).' }) language!: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind' }) deadline!: DeadlineKind;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer', description: 'Days since the due date.' }) daysLate!: number;
  @ApiProperty() voluntary!: boolean;
  @ApiProperty({ description: 'How the due date was computed, and its source.' }) basis!: string;
}

export class OverduePageDto {
  @ApiProperty({ format: 'date', description: 'The date the list is computed for (the application clock).' }) asOf!: string;
  @ApiProperty({ type: [OverdueItemDto] }) items!: OverdueItemDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'Recommendations whose deadlines are still being recomputed after a large change (0 normally).' })
  pendingRecomputation!: number;
}
