import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { TREATY_BODY_CODES, VISIT_STATUSES, type TreatyBodyCode, type VisitStatus } from '@tracker/domain';
import {
  CommunicationCreateDto,
  FollowUpGradeCreateDto,
  ReprisalsMentionCreateDto,
  StandingInvitationCreateDto,
  TreatyRatificationCreateDto,
  TreatyReportCreateDto,
  UprParticipationCreateDto,
  VisitRequestCreateDto,
} from './cooperation-create.dto';

/** What every cooperation record answers beside its own fields. */
export class CooperationRecordMetaDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ type: 'integer', description: 'Send it back with an update (optimistic locking).' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class UprParticipationDto extends IntersectionType(UprParticipationCreateDto, CooperationRecordMetaDto) {
  @ApiProperty({ type: 'integer', description: 'UPR cycle of the session.' }) cycle!: number;
}

export class TreatyRatificationDto extends IntersectionType(TreatyRatificationCreateDto, CooperationRecordMetaDto) {
  @ApiProperty({ enum: TREATY_BODY_CODES, enumName: 'TreatyBodyCode', description: 'Committee that monitors the treaty.' }) body!: TreatyBodyCode;
}

export class TreatyReportDto extends IntersectionType(TreatyReportCreateDto, CooperationRecordMetaDto) {}

export class FollowUpGradeDto extends IntersectionType(FollowUpGradeCreateDto, CooperationRecordMetaDto) {}

export class StandingInvitationDto extends IntersectionType(StandingInvitationCreateDto, CooperationRecordMetaDto) {}

export class VisitRequestDto extends IntersectionType(VisitRequestCreateDto, CooperationRecordMetaDto) {
  @ApiProperty({ enum: VISIT_STATUSES, enumName: 'VisitStatus', description: 'Latest status of the history.' }) currentStatus!: VisitStatus;
}

export class CommunicationDto extends IntersectionType(CommunicationCreateDto, CooperationRecordMetaDto) {}

export class ReprisalsMentionDto extends IntersectionType(ReprisalsMentionCreateDto, CooperationRecordMetaDto) {}

export class CooperationImportIssueDto {
  @ApiProperty({ type: 'integer', description: 'Line of the file (the header is line 1).' }) row!: number;
  @ApiProperty({ description: 'The column (field) concerned, or "file".' }) field!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['error', 'warning'], description: 'error: the row was not loaded; warning: it was, with a doubt noted.' }) severity!: 'error' | 'warning';
}

/** The row-level report of a CSV import. Rows with errors are left out; the others are loaded. */
export class CooperationImportReportDto {
  @ApiProperty({ description: 'Kind of record imported, e.g. treaty_ratification.' }) kind!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: 'integer', description: 'Data rows read (the header aside).' }) rows!: number;
  @ApiProperty({ type: 'integer' }) created!: number;
  @ApiProperty({ type: 'integer' }) updated!: number;
  @ApiProperty({ type: 'integer', description: 'Rows identical to a record already there.' }) unchanged!: number;
  @ApiProperty({ type: 'integer', description: 'Rows that carry no record by design (e.g. "no action" in a ratification table).' }) skipped!: number;
  @ApiProperty({ type: 'integer', description: 'Rows not loaded because of an error.' }) rejected!: number;
  @ApiProperty({ type: [CooperationImportIssueDto] }) issues!: CooperationImportIssueDto[];
}
