import type { Type } from '@nestjs/common';
import type { FindOptionsOrder } from 'typeorm';
import { cycleOfSession, parseGrade, TREATY_BY_CODE, type CountableRecord } from '@tracker/domain';
import type { FieldError } from '../../common/validation';
import {
  CommunicationCreateDto,
  CommunicationUpdateDto,
  FollowUpGradeCreateDto,
  FollowUpGradeUpdateDto,
  ReprisalsMentionCreateDto,
  ReprisalsMentionUpdateDto,
  StandingInvitationCreateDto,
  StandingInvitationUpdateDto,
  TreatyRatificationCreateDto,
  TreatyRatificationUpdateDto,
  TreatyReportCreateDto,
  TreatyReportUpdateDto,
  UprParticipationCreateDto,
  UprParticipationUpdateDto,
  VisitRequestCreateDto,
  VisitRequestUpdateDto,
  type CooperationRecordFieldsDto,
} from './dto/cooperation-create.dto';
import {
  CommunicationDto,
  FollowUpGradeDto,
  ReprisalsMentionDto,
  StandingInvitationDto,
  TreatyRatificationDto,
  TreatyReportDto,
  UprParticipationDto,
  VisitRequestDto,
} from './dto/cooperation-response.dto';
import { CommunicationEntity } from './entities/communication.entity';
import type { CooperationRecordBase } from './entities/cooperation-record.base';
import { FollowUpGradeEntity } from './entities/follow-up-grade.entity';
import { ReprisalsMentionEntity } from './entities/reprisals-mention.entity';
import { StandingInvitationEntity } from './entities/standing-invitation.entity';
import { TreatyRatificationEntity } from './entities/treaty-ratification.entity';
import { TreatyReportEntity } from './entities/treaty-report.entity';
import { UprParticipationEntity } from './entities/upr-participation.entity';
import { VisitRequestEntity } from './entities/visit-request.entity';

/** Raised by a kind's domain checks (beyond the DTO's own validation): which fields, and why. */
export class RecordProblems extends Error {
  constructor(readonly problems: readonly FieldError[]) {
    super(problems.map((p) => `${p.field}: ${p.reason}`).join('; '));
    this.name = 'RecordProblems';
  }
}

/** How a CSV cell becomes a field value: '' is always "not given". */
export type CsvCell = 'text' | 'integer' | 'visitHistory';

type Columns<E> = Omit<Partial<E>, keyof CooperationRecordBase> & Pick<CooperationRecordBase, 'stateIso3' | 'source'>;

/**
 * One kind of cooperation record: its table, its DTOs, its natural key (a CSV row with the same key
 * updates the record), its CSV columns, and the checks that need more than one field.
 * Methods use method syntax so that specs of every kind fit one registry.
 */
export interface CooperationKind<E extends CooperationRecordBase = CooperationRecordBase, C extends CooperationRecordFieldsDto = CooperationRecordFieldsDto> {
  /** The record kind of @tracker/domain; also the entity type of its audit rows and evidence links. */
  readonly kind: CountableRecord['kind'];
  /** URL segment under /api/v1/cooperation. */
  readonly path: string;
  /** For operation ids: listUprParticipations, getUprParticipation… */
  readonly one: string;
  readonly many: string;
  readonly entity: new () => E;
  readonly createDto: Type<C>;
  readonly updateDto: Type<Partial<C> & { version: number }>;
  readonly responseDto: Type<object>;
  /** The record's natural key: a CSV row with the key of a live record updates it; a create with it is a conflict. */
  naturalKey(input: C): string;
  /** The fields the natural key is made of, to name them in a conflict. */
  readonly keyFields: readonly string[];
  /** CSV columns: every DTO field, named as in the API, with how its cells are read. */
  readonly columns: Readonly<Record<keyof C & string, CsvCell>>;
  readonly order: FindOptionsOrder<E>;
  /** Columns from a validated DTO; throws RecordProblems. */
  toColumns(input: C): Columns<E>;
  /** The record's fields as a DTO (what an update merges into and the audit compares). */
  toInput(entity: E): C;
  /** Fields answered besides the input ones (derived columns). */
  extras(entity: E): object;
}

const BASE_COLUMNS = { stateIso3: 'text', source: 'text' } as const;

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

function check(problems: FieldError[]): void {
  if (problems.length > 0) throw new RecordProblems(problems);
}

function notBefore(problems: FieldError[], field: string, later: string | null | undefined, earlierField: string, earlier: string): void {
  if (later && later < earlier) problems.push({ field, reason: `must not be before ${earlierField} (${earlier})` });
}

const base = (input: CooperationRecordFieldsDto): Pick<CooperationRecordBase, 'stateIso3' | 'source'> => ({
  stateIso3: input.stateIso3,
  source: input.source?.trim() ? input.source.trim() : null,
});

const baseInput = (e: CooperationRecordBase): CooperationRecordFieldsDto => ({ stateIso3: e.stateIso3, source: e.source });

export const UPR_PARTICIPATION_KIND: CooperationKind<UprParticipationEntity, UprParticipationCreateDto> = {
  kind: 'upr_review',
  path: 'upr-participation',
  one: 'UprParticipation',
  many: 'UprParticipations',
  entity: UprParticipationEntity,
  createDto: UprParticipationCreateDto,
  updateDto: UprParticipationUpdateDto,
  responseDto: UprParticipationDto,
  naturalKey: (i) => `${i.stateIso3}|${i.session}`,
  keyFields: ['stateIso3', 'session'],
  columns: { ...BASE_COLUMNS, session: 'integer', reviewDate: 'text', nationalReport: 'text', troika: 'text', interactiveDialogue: 'text', responses: 'text', midTermReport: 'text', adoptedOn: 'text', recommendationsCount: 'integer', withoutResponseCount: 'integer' },
  order: { reviewDate: 'DESC', id: 'DESC' },
  toColumns(input) {
    const problems: FieldError[] = [];
    notBefore(problems, 'adoptedOn', input.adoptedOn, 'reviewDate', input.reviewDate);
    const total = orNull(input.recommendationsCount);
    const without = orNull(input.withoutResponseCount);
    if (without !== null && total === null) problems.push({ field: 'recommendationsCount', reason: 'is required with withoutResponseCount' });
    if (without !== null && total !== null && without > total) problems.push({ field: 'withoutResponseCount', reason: `must not exceed recommendationsCount (${total})` });
    check(problems);
    return {
      ...base(input),
      cycle: cycleOfSession(input.session),
      session: input.session,
      reviewDate: input.reviewDate,
      nationalReport: input.nationalReport,
      troika: input.troika,
      interactiveDialogue: input.interactiveDialogue,
      responses: input.responses,
      midTermReport: input.midTermReport,
      adoptedOn: orNull(input.adoptedOn),
      recommendationsCount: total,
      withoutResponseCount: without,
    };
  },
  toInput: (e) => ({
    ...baseInput(e),
    session: e.session,
    reviewDate: e.reviewDate,
    nationalReport: e.nationalReport,
    troika: e.troika,
    interactiveDialogue: e.interactiveDialogue,
    responses: e.responses,
    midTermReport: e.midTermReport,
    adoptedOn: e.adoptedOn,
    recommendationsCount: e.recommendationsCount,
    withoutResponseCount: e.withoutResponseCount,
  }),
  extras: (e) => ({ cycle: e.cycle }),
};

export const TREATY_RATIFICATION_KIND: CooperationKind<TreatyRatificationEntity, TreatyRatificationCreateDto> = {
  kind: 'treaty_ratification',
  path: 'treaty-ratifications',
  one: 'TreatyRatification',
  many: 'TreatyRatifications',
  entity: TreatyRatificationEntity,
  createDto: TreatyRatificationCreateDto,
  updateDto: TreatyRatificationUpdateDto,
  responseDto: TreatyRatificationDto,
  naturalKey: (i) => `${i.stateIso3}|${i.treaty}`,
  keyFields: ['stateIso3', 'treaty'],
  columns: { ...BASE_COLUMNS, treaty: 'text', ratifiedYear: 'integer', ratifiedOn: 'text' },
  order: { stateIso3: 'ASC', treaty: 'ASC' },
  toColumns(input) {
    const problems: FieldError[] = [];
    if (input.ratifiedOn && Number(input.ratifiedOn.slice(0, 4)) !== input.ratifiedYear) {
      problems.push({ field: 'ratifiedOn', reason: `is not in ratifiedYear (${input.ratifiedYear})` });
    }
    const treaty = TREATY_BY_CODE.get(input.treaty);
    if (treaty === undefined) problems.push({ field: 'treaty', reason: `unknown treaty ${input.treaty}` });
    check(problems);
    return { ...base(input), treaty: input.treaty, bodyCode: treaty?.body ?? 'CCPR', ratifiedYear: input.ratifiedYear, ratifiedOn: orNull(input.ratifiedOn) };
  },
  toInput: (e) => ({ ...baseInput(e), treaty: e.treaty, ratifiedYear: e.ratifiedYear, ratifiedOn: e.ratifiedOn }),
  extras: (e) => ({ body: e.bodyCode }),
};

export const TREATY_REPORT_KIND: CooperationKind<TreatyReportEntity, TreatyReportCreateDto> = {
  kind: 'treaty_report',
  path: 'treaty-reports',
  one: 'TreatyReport',
  many: 'TreatyReports',
  entity: TreatyReportEntity,
  createDto: TreatyReportCreateDto,
  updateDto: TreatyReportUpdateDto,
  responseDto: TreatyReportDto,
  naturalKey: (i) => `${i.stateIso3}|${i.body}|${i.reportType}|${i.dueOn}`,
  keyFields: ['stateIso3', 'body', 'reportType', 'dueOn'],
  columns: { ...BASE_COLUMNS, body: 'text', reportType: 'text', dueOn: 'text', receivedOn: 'text' },
  order: { dueOn: 'DESC', id: 'DESC' },
  toColumns: (input) => ({ ...base(input), bodyCode: input.body, reportType: input.reportType, dueOn: input.dueOn, receivedOn: orNull(input.receivedOn) }),
  toInput: (e) => ({ ...baseInput(e), body: e.bodyCode, reportType: e.reportType, dueOn: e.dueOn, receivedOn: e.receivedOn }),
  extras: () => ({}),
};

export const FOLLOW_UP_GRADE_KIND: CooperationKind<FollowUpGradeEntity, FollowUpGradeCreateDto> = {
  kind: 'follow_up_grade',
  path: 'follow-up-grades',
  one: 'FollowUpGrade',
  many: 'FollowUpGrades',
  entity: FollowUpGradeEntity,
  createDto: FollowUpGradeCreateDto,
  updateDto: FollowUpGradeUpdateDto,
  responseDto: FollowUpGradeDto,
  naturalKey: (i) => `${i.stateIso3}|${i.body}|${i.assessedOn}|${i.paragraph.trim()}`,
  keyFields: ['stateIso3', 'body', 'assessedOn', 'paragraph'],
  columns: { ...BASE_COLUMNS, body: 'text', assessedOn: 'text', paragraph: 'text', scale: 'text', grade: 'text' },
  order: { assessedOn: 'DESC', id: 'DESC' },
  toColumns(input) {
    const parsed = parseGrade(input.scale, input.grade);
    if (parsed === undefined) throw new RecordProblems([{ field: 'grade', reason: `'${input.grade}' is not a grade of the ${input.scale} scale` }]);
    return { ...base(input), bodyCode: input.body, assessedOn: input.assessedOn, paragraph: input.paragraph.trim(), scale: parsed.scale, grade: parsed.grade };
  },
  toInput: (e) => ({ ...baseInput(e), body: e.bodyCode, assessedOn: e.assessedOn, paragraph: e.paragraph, scale: e.scale, grade: e.grade }),
  extras: () => ({}),
};

export const STANDING_INVITATION_KIND: CooperationKind<StandingInvitationEntity, StandingInvitationCreateDto> = {
  kind: 'standing_invitation',
  path: 'standing-invitations',
  one: 'StandingInvitation',
  many: 'StandingInvitations',
  entity: StandingInvitationEntity,
  createDto: StandingInvitationCreateDto,
  updateDto: StandingInvitationUpdateDto,
  responseDto: StandingInvitationDto,
  naturalKey: (i) => `${i.stateIso3}|${i.extendedOn}`,
  keyFields: ['stateIso3', 'extendedOn'],
  columns: { ...BASE_COLUMNS, extendedOn: 'text', withdrawnOn: 'text' },
  order: { extendedOn: 'DESC', id: 'DESC' },
  toColumns(input) {
    const problems: FieldError[] = [];
    notBefore(problems, 'withdrawnOn', input.withdrawnOn, 'extendedOn', input.extendedOn);
    check(problems);
    return { ...base(input), extendedOn: input.extendedOn, withdrawnOn: orNull(input.withdrawnOn) };
  },
  toInput: (e) => ({ ...baseInput(e), extendedOn: e.extendedOn, withdrawnOn: e.withdrawnOn }),
  extras: () => ({}),
};

export const VISIT_REQUEST_KIND: CooperationKind<VisitRequestEntity, VisitRequestCreateDto> = {
  kind: 'visit_request',
  path: 'visit-requests',
  one: 'VisitRequest',
  many: 'VisitRequests',
  entity: VisitRequestEntity,
  createDto: VisitRequestCreateDto,
  updateDto: VisitRequestUpdateDto,
  responseDto: VisitRequestDto,
  naturalKey: (i) => `${i.stateIso3}|${i.mandate.trim()}|${i.history[0]?.on ?? ''}`,
  keyFields: ['stateIso3', 'mandate', 'history.0.on'],
  columns: { ...BASE_COLUMNS, mandate: 'text', history: 'visitHistory' },
  order: { requestedOn: 'DESC', id: 'DESC' },
  toColumns(input) {
    const problems: FieldError[] = [];
    const history = input.history.map((h) => ({ status: h.status, on: h.on }));
    if (history[0]?.status !== 'requested') problems.push({ field: 'history.0.status', reason: "must be 'requested': the history starts with the request" });
    history.forEach((h, i) => {
      const previous = history[i - 1];
      if (previous !== undefined && h.on < previous.on) problems.push({ field: `history.${i}.on`, reason: `must not be before the previous event (${previous.on}): list the history in date order` });
    });
    check(problems);
    const first = history[0];
    const last = history[history.length - 1];
    return { ...base(input), mandate: input.mandate.trim(), history, requestedOn: first?.on ?? '', currentStatus: last?.status ?? 'requested' };
  },
  toInput: (e) => ({ ...baseInput(e), mandate: e.mandate, history: e.history.map((h) => ({ status: h.status, on: h.on })) }),
  extras: (e) => ({ currentStatus: e.currentStatus }),
};

export const COMMUNICATION_KIND: CooperationKind<CommunicationEntity, CommunicationCreateDto> = {
  kind: 'communication',
  path: 'communications',
  one: 'Communication',
  many: 'Communications',
  entity: CommunicationEntity,
  createDto: CommunicationCreateDto,
  updateDto: CommunicationUpdateDto,
  responseDto: CommunicationDto,
  naturalKey: (i) => `${i.stateIso3}|${i.reference.trim()}`,
  keyFields: ['stateIso3', 'reference'],
  columns: { ...BASE_COLUMNS, reference: 'text', type: 'text', sentOn: 'text', repliedOn: 'text' },
  order: { sentOn: 'DESC', id: 'DESC' },
  toColumns(input) {
    const problems: FieldError[] = [];
    notBefore(problems, 'repliedOn', input.repliedOn, 'sentOn', input.sentOn);
    check(problems);
    return { ...base(input), reference: input.reference.trim(), type: input.type, sentOn: input.sentOn, repliedOn: orNull(input.repliedOn) };
  },
  toInput: (e) => ({ ...baseInput(e), reference: e.reference, type: e.type, sentOn: e.sentOn, repliedOn: e.repliedOn }),
  extras: () => ({}),
};

export const REPRISALS_MENTION_KIND: CooperationKind<ReprisalsMentionEntity, ReprisalsMentionCreateDto> = {
  kind: 'reprisals_mention',
  path: 'reprisals-mentions',
  one: 'ReprisalsMention',
  many: 'ReprisalsMentions',
  entity: ReprisalsMentionEntity,
  createDto: ReprisalsMentionCreateDto,
  updateDto: ReprisalsMentionUpdateDto,
  responseDto: ReprisalsMentionDto,
  naturalKey: (i) => `${i.stateIso3}|${i.reportYear}`,
  keyFields: ['stateIso3', 'reportYear'],
  columns: { ...BASE_COLUMNS, reportYear: 'integer', symbol: 'text' },
  order: { reportYear: 'DESC', id: 'DESC' },
  toColumns: (input) => ({ ...base(input), reportYear: input.reportYear, symbol: input.symbol?.trim() ? input.symbol.trim() : null }),
  toInput: (e) => ({ ...baseInput(e), reportYear: e.reportYear, symbol: e.symbol }),
  extras: () => ({}),
};

/** Every kind of cooperation record, in the order the pages list them. */
export const COOPERATION_KINDS: readonly CooperationKind[] = [
  UPR_PARTICIPATION_KIND,
  TREATY_RATIFICATION_KIND,
  TREATY_REPORT_KIND,
  FOLLOW_UP_GRADE_KIND,
  STANDING_INVITATION_KIND,
  VISIT_REQUEST_KIND,
  COMMUNICATION_KIND,
  REPRISALS_MENTION_KIND,
];
