import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../cooperation/dto/cooperation-create.dto';
import {
  COOPERATION_RULE_IDS,
  FLAG_STATUSES,
  MECHANISM_KINDS,
  RULE_CATEGORIES,
  WINDOW_GRANULARITIES,
  type CooperationRecordKind,
  type CooperationRuleId,
  type FlagStatus,
  type RuleCategory,
  type Severity,
} from '@tracker/domain';

const FIRED_SEVERITIES = ['low', 'medium', 'high'] as const;
const RECORD_KINDS = ['upr_review', 'treaty_ratification', 'treaty_report', 'follow_up_grade', 'standing_invitation', 'visit_request', 'communication', 'reprisals_mention'] as const;
const ISO3 = { message: 'must be an ISO 3166-1 alpha-3 code in capitals' };

export class SweepRequestDto {
  @ApiPropertyOptional({ example: 'SVN', description: 'Evaluate one State; all UN Member States when absent.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, ISO3)
  stateIso3?: string;

  @ApiPropertyOptional({ example: '2026-11-15', description: 'Evaluate as of this date (not after today); today when absent.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class SweepDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ enum: ['schedule', 'manual'] }) origin!: 'schedule' | 'manual';
  @ApiProperty({ example: '2026-Q4' }) windowKey!: string;
  @ApiProperty({ example: '2026-11-15' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true }) stateIso3!: string | null;
  @ApiProperty({ type: 'integer', description: 'States to evaluate (0 until the sweep has fanned out).' }) total!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer' }) failed!: number;
  @ApiProperty() running!: boolean;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

export class FlagListQueryDto {
  @ApiPropertyOptional({ example: 'SVN' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, ISO3)
  state?: string;

  @ApiPropertyOptional({ enum: COOPERATION_RULE_IDS, enumName: 'CooperationRuleId' })
  @IsOptional()
  @IsIn(COOPERATION_RULE_IDS)
  rule?: CooperationRuleId;

  @ApiPropertyOptional({ enum: FLAG_STATUSES, enumName: 'FlagStatus' })
  @IsOptional()
  @IsIn(FLAG_STATUSES)
  status?: FlagStatus;

  @ApiPropertyOptional({ enum: FIRED_SEVERITIES, enumName: 'FlagSeverity' })
  @IsOptional()
  @IsIn(FIRED_SEVERITIES)
  severity?: Exclude<Severity, 'none'>;

  @ApiPropertyOptional({ enum: RULE_CATEGORIES, enumName: 'RuleCategory' })
  @IsOptional()
  @IsIn(RULE_CATEGORIES)
  category?: RuleCategory;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only persistent (or only non-persistent) flags.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  persistent?: 'true' | 'false';
}

export class FlagSummaryDto {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty() stateIso3!: string;
  @ApiProperty() stateName!: string;
  @ApiProperty({ enum: COOPERATION_RULE_IDS, enumName: 'CooperationRuleId' }) ruleId!: CooperationRuleId;
  @ApiProperty() ruleName!: string;
  @ApiProperty({ enum: [...MECHANISM_KINDS, 'all'], enumName: 'RuleMechanism' }) mechanism!: string;
  @ApiProperty({ enum: RULE_CATEGORIES, enumName: 'RuleCategory' }) category!: RuleCategory;
  @ApiProperty({ enum: FIRED_SEVERITIES, enumName: 'FlagSeverity' }) severity!: Exclude<Severity, 'none'>;
  @ApiProperty({ enum: FLAG_STATUSES, enumName: 'FlagStatus' }) status!: FlagStatus;
  @ApiProperty({ description: 'The rule fired in the configured number of consecutive windows up to the latest.' }) persistent!: boolean;
  @ApiProperty({ example: '2026-Q3' }) firstSeenWindow!: string;
  @ApiProperty({ example: '2026-Q4' }) lastSeenWindow!: string;
  @ApiProperty({ type: 'integer', description: 'Records cited in the latest window.' }) evidenceCount!: number;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FlagStatusCountDto {
  @ApiProperty({ enum: FLAG_STATUSES, enumName: 'FlagStatus' }) status!: FlagStatus;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class FlagListDto {
  @ApiProperty({ type: [FlagSummaryDto] }) items!: FlagSummaryDto[];
  @ApiProperty({ type: [FlagStatusCountDto], description: 'Flags per status with the other filters applied.' }) byStatus!: FlagStatusCountDto[];
}

export class EvidenceDto {
  @ApiProperty({ enum: RECORD_KINDS, enumName: 'CooperationRecordKind' }) kind!: CooperationRecordKind;
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ description: 'What the record says, in a line.' }) label!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The record’s main date.' }) date!: string | null;
  @ApiProperty({ description: 'The record was archived since (corrected or withdrawn).' }) archived!: boolean;
}

export class FlagWindowDto {
  @ApiProperty({ example: '2026-Q4' }) windowKey!: string;
  @ApiProperty({ enum: FIRED_SEVERITIES, enumName: 'FlagSeverity' }) severity!: Exclude<Severity, 'none'>;
  @ApiProperty() persistent!: boolean;
  @ApiProperty() explanation!: string;
  @ApiProperty() evaluatedOn!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class FlagEventDto {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ description: 'Who: a person’s name, or "Rule sweep".' }) actor!: string;
  @ApiProperty({ enum: ['raised', 'start_review', 'confirm', 'dismiss', 'reopened'] }) action!: string;
  @ApiProperty({ enum: FLAG_STATUSES, enumName: 'FlagStatus', nullable: true }) fromStatus!: FlagStatus | null;
  @ApiProperty({ enum: FLAG_STATUSES, enumName: 'FlagStatus' }) toStatus!: FlagStatus;
  @ApiProperty({ type: String, nullable: true }) windowKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class FlagDetailDto extends FlagSummaryDto {
  @ApiProperty({ description: 'Where the rule and its default thresholds come from.' }) ruleSource!: string;
  @ApiProperty({ type: String, nullable: true }) dismissedInWindow!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewReason!: string | null;
  @ApiProperty({ type: [FlagWindowDto], description: 'Windows in which the rule fired, latest first, each with its evidence.' }) windows!: FlagWindowDto[];
  @ApiProperty({ type: [FlagEventDto], description: 'Raised, reviewed, reopened: oldest first.' }) events!: FlagEventDto[];
  @ApiProperty({ description: 'Actions the caller may take now.', type: [String], enum: ['start_review', 'confirm', 'dismiss'] }) actions!: string[];
}

export class FlagReviewDto {
  @ApiProperty({ enum: ['start_review', 'confirm', 'dismiss'] })
  @IsIn(['start_review', 'confirm', 'dismiss'])
  action!: 'start_review' | 'confirm' | 'dismiss';

  @ApiPropertyOptional({ description: 'The reviewer’s reason: required to dismiss, optional otherwise.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version the decision is based on (optimistic locking).' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class RuleDto {
  @ApiProperty({ enum: COOPERATION_RULE_IDS, enumName: 'CooperationRuleId' }) id!: CooperationRuleId;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: [...MECHANISM_KINDS, 'all'], enumName: 'RuleMechanism' }) mechanism!: string;
  @ApiProperty({ enum: RULE_CATEGORIES, enumName: 'RuleCategory' }) category!: RuleCategory;
  @ApiProperty() source!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Thresholds in effect.' }) settings!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Default thresholds.' }) defaultSettings!: Record<string, number>;
}

export class RulesDto {
  @ApiProperty({ type: [RuleDto] }) rules!: RuleDto[];
  @ApiProperty({ enum: WINDOW_GRANULARITIES }) window!: string;
  @ApiProperty({ type: 'integer', description: 'K: consecutive windows that make a flag persistent.' }) persistenceWindows!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Cron (UTC) of the scheduled sweep; null when off.' }) sweepCron!: string | null;
}
