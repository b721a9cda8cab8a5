import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { SUBSCRIPTION_KINDS, type SubscriptionKind } from '../subscription.entity';

export class SubscriptionCreateDto {
  @ApiProperty({ enum: SUBSCRIPTION_KINDS, enumName: 'SubscriptionKind', description: 'Follow a State (ISO alpha-3) or a theme (code).' })
  @IsIn(SUBSCRIPTION_KINDS)
  kind!: SubscriptionKind;

  @ApiProperty({ example: 'SVN' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'must be a State code or a theme code' })
  target!: string;
}

export class SubscriptionDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: SUBSCRIPTION_KINDS, enumName: 'SubscriptionKind' }) kind!: SubscriptionKind;
  @ApiProperty() target!: string;
  @ApiProperty({ description: 'The State’s or theme’s name.' }) label!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationQueryDto {
  @ApiPropertyOptional({ description: 'Only unread ones.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class NotificationItemDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() deadline!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer' }) daysLate!: number;
  @ApiProperty() text!: string;
}

export class NotificationDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ description: 'The feature that sent it, e.g. overdue_digest.' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [NotificationItemDto] }) items!: NotificationItemDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailedAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: 'integer' }) unread!: number;
}

export class DigestRunDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: 'integer' }) notifications!: number;
  @ApiProperty({ type: 'integer', description: 'Newly overdue items reported, over all notifications.' }) items!: number;
  @ApiProperty({ type: 'integer', description: 'E-mails queued (0 without SMTP_URL).' }) emailsQueued!: number;
}
