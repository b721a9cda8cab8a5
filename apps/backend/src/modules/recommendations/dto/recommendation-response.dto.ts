import { ApiProperty } from '@nestjs/swagger';
import {
  IMPLEMENTATION_STATUSES,
  MECHANISM_KINDS,
  RESPONSES,
  STAKEHOLDER_KINDS,
  STAKEHOLDER_ROLES,
  type ImplementationStatus,
  type MechanismKind,
  type ResponseCode,
  type StakeholderKind,
  type StakeholderRole,
} from '@tracker/domain';

export class StateRefDto {
  @ApiProperty({ example: 'FRA' }) iso3!: string;
  @ApiProperty({ example: 'France' }) name!: string;
}

export class CodeNameDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class RecommendationSummaryDto {
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
  @ApiProperty({ enum: RESPONSES, enumName: 'ResponseCode' }) response!: ResponseCode;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty({ type: [StateRefDto] }) recommendingStates!: StateRefDto[];
  @ApiProperty({ type: [CodeNameDto] }) themes!: CodeNameDto[];
}

export class RecommendationPageDto {
  @ApiProperty({ type: [RecommendationSummaryDto] }) items!: RecommendationSummaryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page.' })
  nextCursor!: string | null;
  @ApiProperty({ type: 'integer', description: 'Number of recommendations matching the filters.' }) total!: number;
}

export class ResponseEntryDto {
  @ApiProperty({ enum: RESPONSES, enumName: 'ResponseCode' }) response!: ResponseCode;
  @ApiProperty({ type: String, format: 'date', nullable: true }) respondedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceDocument!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
}

export class RecommendationStakeholderDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS, enumName: 'StakeholderKind' }) kind!: StakeholderKind;
  @ApiProperty({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' }) role!: StakeholderRole;
}

export class RecommendationDto extends RecommendationSummaryDto {
  @ApiProperty({ type: 'integer', nullable: true }) actionCategory!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
  @ApiProperty({ example: 'manual' }) source!: string;
  @ApiProperty({ type: String, nullable: true }) externalId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) repeatsRecommendationId!: number | null;
  @ApiProperty({ type: [CodeNameDto] }) affectedPersons!: CodeNameDto[];
  @ApiProperty({ type: [CodeNameDto] }) sdgs!: CodeNameDto[];
  @ApiProperty({ type: [ResponseEntryDto], description: 'Oldest first.' }) responses!: ResponseEntryDto[];
  @ApiProperty({ type: [RecommendationStakeholderDto] }) stakeholders!: RecommendationStakeholderDto[];
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export const FACET_DIMENSIONS = [
  'state',
  'body',
  'mechanism',
  'cycle',
  'session',
  'response',
  'status',
  'theme',
  'affectedPerson',
  'sdg',
  'recommendingState',
] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

export class FacetValueDto {
  @ApiProperty() value!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class FacetDto {
  @ApiProperty({ enum: FACET_DIMENSIONS, enumName: 'FacetDimension' }) dimension!: FacetDimension;
  @ApiProperty({ type: [FacetValueDto] }) values!: FacetValueDto[];
}

export class FacetsDto {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: [FacetDto], description: 'Counts per value, each computed with every other selected filter applied.' })
  facets!: FacetDto[];
}
