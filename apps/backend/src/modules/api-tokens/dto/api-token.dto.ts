import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { TOKEN_SCOPES, type TokenScope } from '@tracker/domain';

export class ApiTokenCreateDto {
  @ApiProperty({ example: 'National tracking system' })
  @IsString()
  @Length(2, 100)
  @Matches(/\S/, { message: 'must not be blank' })
  name!: string;

  @ApiProperty({ enum: TOKEN_SCOPES, enumName: 'TokenScope', isArray: true, description: 'At most the permissions of your role.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TOKEN_SCOPES, { each: true })
  scopes!: TokenScope[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, description: 'Days until it expires; never when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The first characters of the token.' }) prefix!: string;
  @ApiProperty({ enum: TOKEN_SCOPES, enumName: 'TokenScope', isArray: true }) scopes!: TokenScope[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
}

export class ApiTokenCreatedDto extends ApiTokenDto {
  @ApiProperty({ description: 'The secret: shown only now. Send it as `Authorization: Bearer <token>`.' }) token!: string;
}
