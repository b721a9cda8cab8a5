import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

const GROUPS = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'GRULAC', 'WEOG'] as const;

export class StateCreateDto {
  @ApiProperty({ example: 'XKX' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be three capital letters' })
  iso3!: string;

  @ApiProperty({ example: 'XK' })
  @Matches(/^[A-Z]{2}$/, { message: 'must be two capital letters' })
  iso2!: string;

  @ApiProperty({ example: '983' })
  @Matches(/^\d{3}$/, { message: 'must be a three-digit M49 code' })
  m49!: string;

  @ApiProperty()
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty() @IsBoolean() unMember!: boolean;
  @ApiProperty() @IsBoolean() observer!: boolean;

  @ApiPropertyOptional({ enum: GROUPS, nullable: true })
  @IsOptional()
  @IsIn(GROUPS)
  regionalGroup?: string | null;

  @ApiProperty() @IsString() @Length(1, 100) m49Region!: string;
  @ApiProperty() @IsString() @Length(1, 100) m49SubRegion!: string;
  @ApiProperty() @IsBoolean() ldc!: boolean;
  @ApiProperty() @IsBoolean() lldc!: boolean;
  @ApiProperty() @IsBoolean() sids!: boolean;
}

export class StateUpdateDto extends PartialType(OmitType(StateCreateDto, ['iso3'] as const)) {}
