import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, Min } from 'class-validator';
import { STAKEHOLDER_KINDS, STAKEHOLDER_ROLES, type StakeholderKind, type StakeholderRole } from '@tracker/domain';

export class StakeholderCreateDto {
  @ApiProperty({ example: 'Human Rights Ombudsman of the Republic of Slovenia' })
  @IsString()
  @Length(2, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'HRO' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  acronym?: string | null;

  @ApiProperty({ enum: STAKEHOLDER_KINDS, enumName: 'StakeholderKind' })
  @IsIn(STAKEHOLDER_KINDS)
  kind!: StakeholderKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'SVN', description: 'State the organisation belongs to; empty for international ones.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  stateIso3?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.varuh-rs.si' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;
}

export class StakeholderUpdateDto extends PartialType(StakeholderCreateDto) {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this update is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class StakeholderLinkDto {
  @ApiProperty({ enum: STAKEHOLDER_ROLES, enumName: 'StakeholderRole' })
  @IsIn(STAKEHOLDER_ROLES)
  role!: StakeholderRole;
}

export class StakeholderListQueryDto {
  @ApiPropertyOptional({ enum: STAKEHOLDER_KINDS, enumName: 'StakeholderKind' })
  @IsOptional()
  @IsIn(STAKEHOLDER_KINDS)
  kind?: StakeholderKind;

  @ApiPropertyOptional({ example: 'SVN' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  state?: string;

  @ApiPropertyOptional({ description: 'Part of the name or acronym.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
