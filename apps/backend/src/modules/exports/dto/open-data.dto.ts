import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  IMPLEMENTATION_STATUSES,
  MECHANISM_KINDS,
  RESPONSES,
  type ImplementationStatus,
  type MechanismKind,
  type ResponseCode,
} from '@tracker/domain';
import { RecommendationFilterDto } from '../../recommendations/dto/recommendation-query.dto';
import { CodeNameDto, StateRefDto } from '../../recommendations/dto/recommendation-response.dto';

/** The list's filters, a cursor and a page size of up to 1,000. */
export class OpenDataQueryDto extends RecommendationFilterDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s nextCursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class OpenDataResponseDto {
  @ApiProperty({ enum: RESPONSES, enumName: 'ResponseCode' }) response!: ResponseCode;
  @ApiProperty({ type: String, format: 'date', nullable: true }) respondedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Document the position comes from.' }) sourceDocument!: string | null;
}

export class OpenDataRecommendationDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: MECHANISM_KINDS, enumName: 'MechanismKind' }) mechanism!: MechanismKind;
  @ApiProperty({ example: 'UPR' }) body!: string;
  @ApiProperty({ example: 'CHN' }) stateIso3!: string;
  @ApiProperty({ example: 'China' }) stateName!: string;
  @ApiProperty({ type: 'integer', nullable: true }) cycle!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) session!: number | null;
  @ApiProperty({ type: String, nullable: true }) documentSymbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraph!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ example: 'en' }) language!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'UPR Info action category 1–5.' }) actionCategory!: number | null;
  @ApiProperty({ description: 'manual, or the format it was imported from (upr_info, ohchr_matrix, uhri).' }) source!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Official id in the source (UHRI annotation id, symbol#paragraph).' })
  externalId!: string | null;
  @ApiProperty({ enum: RESPONSES, enumName: 'ResponseCode', description: 'Current position of the State under review.' }) response!: ResponseCode;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ type: [StateRefDto] }) recommendingStates!: StateRefDto[];
  @ApiProperty({ type: [CodeNameDto] }) themes!: CodeNameDto[];
  @ApiProperty({ type: [CodeNameDto] }) affectedPersons!: CodeNameDto[];
  @ApiProperty({ type: [CodeNameDto], description: 'SDG goals and targets (code, title).' }) sdgs!: CodeNameDto[];
  @ApiProperty({ type: [OpenDataResponseDto], description: 'Response history, oldest first.' }) responses!: OpenDataResponseDto[];
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class OpenDataPageDto {
  @ApiProperty({ type: [OpenDataRecommendationDto] }) items!: OpenDataRecommendationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page.' })
  nextCursor!: string | null;
}
