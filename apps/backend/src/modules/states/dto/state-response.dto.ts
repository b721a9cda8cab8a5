import { ApiProperty } from '@nestjs/swagger';

export class StateDto {
  @ApiProperty({ example: 'CHN' }) iso3!: string;
  @ApiProperty({ example: 'CN' }) iso2!: string;
  @ApiProperty({ example: '156' }) m49!: string;
  @ApiProperty({ example: 'China' }) name!: string;
  @ApiProperty() unMember!: boolean;
  @ApiProperty() observer!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'ASIA_PACIFIC' }) regionalGroup!: string | null;
  @ApiProperty({ example: 'Asia' }) m49Region!: string;
  @ApiProperty({ example: 'Eastern Asia' }) m49SubRegion!: string;
  @ApiProperty({ description: 'Least developed country (M49 group 199).' }) ldc!: boolean;
  @ApiProperty({ description: 'Landlocked developing country (M49 group 432).' }) lldc!: boolean;
  @ApiProperty({ description: 'Small island developing State (M49 group 722).' }) sids!: boolean;
}
