import { ApiProperty } from '@nestjs/swagger';
import { STAKEHOLDER_KINDS, STAKEHOLDER_ROLES, type StakeholderKind, type StakeholderRole } from '@tracker/domain';

export class StakeholderDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) acronym!: string | null;
  @ApiProperty({ enum: STAKEHOLDER_KINDS, enumName: 'StakeholderKind' }) kind!: StakeholderKind;
  @ApiProperty({ type: String, nullable: true }) stateIso3!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class StakeholderRecommendationDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' }) role!: StakeholderRole;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() body!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'BCP 47 language tag of the text, as recorded (texts are never translated).' }) language!: string;
  @ApiProperty() status!: string;
}

export class StakeholderDetailDto extends StakeholderDto {
  @ApiProperty({ type: [StakeholderRecommendationDto] }) recommendations!: StakeholderRecommendationDto[];
}
