import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { PERMISSIONS, ROLES, type Permission, type Role } from '@tracker/domain';

export class LoginDto {
  @ApiProperty({ example: 'officer@example.org' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class SecondFactorDto {
  @ApiProperty({ example: '123456', description: 'The 6-digit code of the authenticator app.' })
  @Matches(/^\d{6}$/, { message: 'must be the 6 digits shown by your authenticator app' })
  code!: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'State of a focal point.' }) stateIso3!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Organisation (stakeholder) of a monitor.' }) organisationId!: number | null;
  @ApiProperty({ type: [Number], description: 'Institutions of its State a focal point is bound to.' }) institutionIds!: number[];
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, description: 'What this caller may do now.' }) permissions!: Permission[];
  @ApiProperty() secondFactorEnabled!: boolean;
}

export const SESSION_STAGES = ['anonymous', 'second_factor', 'enrol_second_factor', 'complete'] as const;
export type SessionStageDto = (typeof SESSION_STAGES)[number];

export class SessionStateDto {
  @ApiProperty({
    enum: SESSION_STAGES,
    enumName: 'SessionStage',
    description: 'anonymous: not signed in; second_factor: send the TOTP code; enrol_second_factor: set up TOTP first; complete: signed in.',
  })
  stage!: SessionStageDto;

  @ApiProperty({ type: String, nullable: true, description: 'Send it as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE.' })
  csrfToken!: string | null;

  @ApiProperty({ type: MeDto, nullable: true })
  user!: MeDto | null;
}

export class TotpEnrolmentDto {
  @ApiProperty({ description: 'Base32 secret to type into an authenticator app.' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI (what a QR code would carry).' }) otpauthUri!: string;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When it ends at the latest if it stays in use.' }) expiresAt!: string;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ description: 'The session this request came with.' }) current!: boolean;
}
