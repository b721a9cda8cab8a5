import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '@tracker/domain';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) stateIso3!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) organisationId!: number | null;
  @ApiProperty({ type: [Number] }) institutionIds!: number[];
  @ApiProperty() secondFactorEnabled!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

/** Role and scope, shared by invitations and role changes. */
export class AccountScopeDto {
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'SVN', description: 'Required for a State focal point.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code in capitals' })
  stateIso3?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Organisation (stakeholder id); required for an NGO / NHRI monitor.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  organisationId?: number | null;

  @ApiPropertyOptional({ type: [Number], description: 'Institutions (stakeholder ids) of its State a focal point is bound to.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
  institutionIds?: number[];
}

export class UserUpdateDto extends AccountScopeDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this change is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'false deactivates the account: its sessions and tokens end at once.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SecondFactorResetDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version this change is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: 'Lost phone; identity confirmed by video call with the Chief of Section.', description: 'Why, for the audit trail.' })
  @IsString()
  @Matches(/\S/, { message: 'must say why the second factor is reset' })
  @MaxLength(500)
  reason!: string;
}

export class InvitationCreateDto extends AccountScopeDto {
  @ApiProperty({ example: 'focal.point@gov.example' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email!: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) stateIso3!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) organisationId!: number | null;
  @ApiProperty({ type: [Number] }) institutionIds!: number[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class InvitationCreatedDto extends InvitationDto {
  @ApiProperty({ description: 'The link to send to the person (shown once; no e-mail server is configured, so it is also written to the server log).' })
  acceptUrl!: string;
}

export class InvitationTokenDto {
  @ApiProperty({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class InvitationPreviewDto {
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) stateName!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class InvitationAcceptDto extends InvitationTokenDto {
  @ApiProperty({ example: 'Amina Diallo' })
  @IsString()
  @Length(2, 200)
  @Matches(/\S/, { message: 'must not be blank' })
  displayName!: string;

  @ApiProperty({ format: 'password', description: '12 to 128 characters, not a common password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class InvitationAcceptedDto {
  @ApiProperty({ description: 'The address to sign in with.' }) email!: string;
}
