import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { RecommendationCreateDto } from './recommendation-create.dto';

/** Partial update; `version` must be the one read, otherwise the API answers 409 with the current record. */
export class RecommendationUpdateDto extends PartialType(OmitType(RecommendationCreateDto, ['response'] as const)) {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version of the record this update is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;
}
