import { ApiProperty } from '@nestjs/swagger';
import { IMPLEMENTATION_STATUSES, REPORT_STATUSES, STAKEHOLDER_KINDS, type ImplementationStatus, type ReportStatus, type StakeholderKind } from '@tracker/domain';

export class ReportItemDto {
  @ApiProperty({ type: 'integer' }) recommendationId!: number;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, enumName: 'ImplementationStatus' }) status!: ImplementationStatus;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) documentSymbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraph!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'BCP 47 language tag of the text, as recorded (texts are never translated).' }) language!: string;
}

export class ReportInstitutionDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS, enumName: 'StakeholderKind' }) kind!: StakeholderKind;
}

export class ReportEvidenceDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: ['file', 'link'] }) kind!: 'file' | 'link';
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The address of a link.' }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ type: String, nullable: true }) contentType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) sizeBytes!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the file, hex.' }) sha256!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReportStepDto {
  @ApiProperty({ enum: ['create', 'edit', 'submit', 'return', 'validate', 'publish'] }) action!: string;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus', nullable: true }) fromStatus!: ReportStatus | null;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' }) toStatus!: ReportStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The comments a report is returned with.' }) comments!: string | null;
  @ApiProperty({ format: 'date' }) onDate!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** What the caller may do with the report now (the interface offers only that). */
export class ReportActionsDto {
  @ApiProperty() edit!: boolean;
  @ApiProperty() submit!: boolean;
  @ApiProperty() return!: boolean;
  @ApiProperty() validate!: boolean;
  @ApiProperty() publish!: boolean;
}

export class ReportSummaryDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() stateName!: string;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' }) status!: ReportStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) submittedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) publishedOn!: string | null;
  @ApiProperty({ type: 'integer' }) recommendationCount!: number;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ReportDto extends ReportSummaryDto {
  @ApiProperty() narrative!: string;
  @ApiProperty() measuresTaken!: string;
  @ApiProperty({ type: [ReportItemDto] }) items!: ReportItemDto[];
  @ApiProperty({ type: [ReportInstitutionDto] }) institutions!: ReportInstitutionDto[];
  @ApiProperty({ type: [ReportEvidenceDto] }) evidence!: ReportEvidenceDto[];
  @ApiProperty({ type: [ReportStepDto] }) history!: ReportStepDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: ReportActionsDto }) actions!: ReportActionsDto;
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportSummaryDto] }) items!: ReportSummaryDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}
