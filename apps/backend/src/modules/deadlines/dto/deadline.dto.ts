import { ApiProperty } from '@nestjs/swagger';
import { DEADLINE_KINDS, type DeadlineKind } from '@tracker/domain';

/** A deadline of a recommendation, as of the application's today. */
export class DeadlineDto {
  @ApiProperty({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind' }) kind!: DeadlineKind;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date', description: 'Documents dated earlier do not meet it.' }) opensOn!: string;
  @ApiProperty({ description: 'A calendar milestone (next review): never overdue.' }) milestone!: boolean;
  @ApiProperty({ description: 'The mechanism only encourages the report (UPR mid-term report).' }) voluntary!: boolean;
  @ApiProperty({ type: 'integer' }) graceDays!: number;
  @ApiProperty({ description: 'How the date was computed, and from which source.' }) basis!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date of the document that met it, if one has by today.' }) metOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'That document, e.g. "implementation_report:12".' }) metBy!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Days since the due date, when overdue.' }) daysLate!: number | null;
}
