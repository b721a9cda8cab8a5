import { ApiProperty } from '@nestjs/swagger';

export class QueueFailedJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt!: string | null;
}

export class QueueSchedulerDto {
  @ApiProperty() id!: string;
  @ApiProperty() job!: string;
  @ApiProperty({ type: String, nullable: true }) cron!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) next!: string | null;
}

export class QueueStatusDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) waiting!: number;
  @ApiProperty({ type: 'integer' }) active!: number;
  @ApiProperty({ type: 'integer' }) delayed!: number;
  @ApiProperty({ type: 'integer' }) completed!: number;
  @ApiProperty({ type: 'integer' }) failed!: number;
  @ApiProperty({ type: [QueueFailedJobDto], description: 'The latest failed jobs (kept 30 days).' }) recentFailures!: QueueFailedJobDto[];
  @ApiProperty({ type: [QueueSchedulerDto] }) schedulers!: QueueSchedulerDto[];
}

export class QueueDashboardDto {
  @ApiProperty({ enum: ['redis', 'postgres'] }) backend!: 'redis' | 'postgres';
  @ApiProperty({ type: [QueueStatusDto] }) queues!: QueueStatusDto[];
}
