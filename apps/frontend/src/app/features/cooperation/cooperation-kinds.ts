import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { Api, ApiFnOptional, ApiFnRequired } from '../../api/api';
import { archiveCommunication } from '../../api/fn/cooperation/archive-communication';
import { archiveFollowUpGrade } from '../../api/fn/cooperation/archive-follow-up-grade';
import { archiveReprisalsMention } from '../../api/fn/cooperation/archive-reprisals-mention';
import { archiveStandingInvitation } from '../../api/fn/cooperation/archive-standing-invitation';
import { archiveTreatyRatification } from '../../api/fn/cooperation/archive-treaty-ratification';
import { archiveTreatyReport } from '../../api/fn/cooperation/archive-treaty-report';
import { archiveUprParticipation } from '../../api/fn/cooperation/archive-upr-participation';
import { archiveVisitRequest } from '../../api/fn/cooperation/archive-visit-request';
import { createCommunication } from '../../api/fn/cooperation/create-communication';
import { createFollowUpGrade } from '../../api/fn/cooperation/create-follow-up-grade';
import { createReprisalsMention } from '../../api/fn/cooperation/create-reprisals-mention';
import { createStandingInvitation } from '../../api/fn/cooperation/create-standing-invitation';
import { createTreatyRatification } from '../../api/fn/cooperation/create-treaty-ratification';
import { createTreatyReport } from '../../api/fn/cooperation/create-treaty-report';
import { createUprParticipation } from '../../api/fn/cooperation/create-upr-participation';
import { createVisitRequest } from '../../api/fn/cooperation/create-visit-request';
import { importCommunications } from '../../api/fn/cooperation/import-communications';
import { importFollowUpGrades } from '../../api/fn/cooperation/import-follow-up-grades';
import { importReprisalsMentions } from '../../api/fn/cooperation/import-reprisals-mentions';
import { importStandingInvitations } from '../../api/fn/cooperation/import-standing-invitations';
import { importTreatyRatifications } from '../../api/fn/cooperation/import-treaty-ratifications';
import { importTreatyReports } from '../../api/fn/cooperation/import-treaty-reports';
import { importUprParticipations } from '../../api/fn/cooperation/import-upr-participations';
import { importVisitRequests } from '../../api/fn/cooperation/import-visit-requests';
import { listCommunications } from '../../api/fn/cooperation/list-communications';
import { listFollowUpGrades } from '../../api/fn/cooperation/list-follow-up-grades';
import { listReprisalsMentions } from '../../api/fn/cooperation/list-reprisals-mentions';
import { listStandingInvitations } from '../../api/fn/cooperation/list-standing-invitations';
import { listTreatyRatifications } from '../../api/fn/cooperation/list-treaty-ratifications';
import { listTreatyReports } from '../../api/fn/cooperation/list-treaty-reports';
import { listUprParticipations } from '../../api/fn/cooperation/list-upr-participations';
import { listVisitRequests } from '../../api/fn/cooperation/list-visit-requests';
import { updateCommunication } from '../../api/fn/cooperation/update-communication';
import { updateFollowUpGrade } from '../../api/fn/cooperation/update-follow-up-grade';
import { updateReprisalsMention } from '../../api/fn/cooperation/update-reprisals-mention';
import { updateStandingInvitation } from '../../api/fn/cooperation/update-standing-invitation';
import { updateTreatyRatification } from '../../api/fn/cooperation/update-treaty-ratification';
import { updateTreatyReport } from '../../api/fn/cooperation/update-treaty-report';
import { updateUprParticipation } from '../../api/fn/cooperation/update-upr-participation';
import { updateVisitRequest } from '../../api/fn/cooperation/update-visit-request';
import type { CooperationImportReportDto, CooperationUploadDto } from '../../api/models';

/** A record of any kind as the list and the form handle it. */
export type CooperationRow = { readonly id: number; readonly version: number; readonly stateIso3: string } & Readonly<Record<string, unknown>>;

export type FieldType = 'text' | 'date' | 'integer' | 'select' | 'history';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
}

export interface KindApi {
  list(api: Api, state: string | null): Observable<CooperationRow[]>;
  create(api: Api, body: Record<string, unknown>): Observable<CooperationRow>;
  update(api: Api, id: number, body: Record<string, unknown>): Observable<CooperationRow>;
  archive(api: Api, id: number): Observable<void>;
  importCsv(api: Api, file: File, treaty: string | null): Observable<CooperationImportReportDto>;
}

export interface CooperationKindSpec {
  readonly path: string;
  readonly label: string;
  readonly fields: readonly FieldSpec[];
  /** Fields shown as columns of the list (the State comes first anyway). */
  readonly columns: readonly string[];
  readonly api: KindApi;
}

/** Binds the generated functions of one kind; bodies are checked by the server, field by field. */
function kindApi<R, C, U>(fns: {
  list: ApiFnOptional<{ state?: string }, R[]>;
  create: ApiFnRequired<{ body: C }, R>;
  update: ApiFnRequired<{ id: number; body: U }, R>;
  archive: ApiFnRequired<{ id: number }, void>;
  importCsv: ApiFnRequired<{ body: CooperationUploadDto }, CooperationImportReportDto>;
}): KindApi {
  const rows = (o: Observable<R[]>): Observable<CooperationRow[]> => o.pipe(map((list) => list as unknown as CooperationRow[]));
  const row = (o: Observable<R>): Observable<CooperationRow> => o.pipe(map((r) => r as unknown as CooperationRow));
  return {
    list: (api, state) => rows(api.invoke(fns.list, state === null ? {} : { state })),
    create: (api, body) => row(api.invoke(fns.create, { body: body as C })),
    update: (api, id, body) => row(api.invoke(fns.update, { id, body: body as U })),
    archive: (api, id) => api.invoke(fns.archive, { id }),
    importCsv: (api, file, treaty) => api.invoke(fns.importCsv, { body: { file, ...(treaty === null ? {} : { treaty: treaty as NonNullable<CooperationUploadDto['treaty']> }) } }),
  };
}

const options = (values: Readonly<Record<string, string>>): { value: string; label: string }[] => Object.entries(values).map(([value, label]) => ({ value, label }));

const STEP_OPTIONS = options({
  done: $localize`:UPR step status@@coop.step.done:Done`,
  missed: $localize`:UPR step status@@coop.step.missed:Missed`,
  pending: $localize`:UPR step status@@coop.step.pending:Pending (not due or not known)`,
});
const BODY_OPTIONS = ['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'CRC', 'CMW', 'CRPD', 'CED'].map((b) => ({ value: b, label: b }));
const TREATY_OPTIONS = ['ICERD', 'ICCPR', 'ICESCR', 'CEDAW', 'CAT', 'CRC', 'ICMW', 'CPED', 'CRPD', 'ICESCR-OP', 'ICCPR-OP1', 'ICCPR-OP2', 'OP-CEDAW', 'OP-CRC-AC', 'OP-CRC-SC', 'OP-CRC-IC', 'OP-CAT', 'OP-CRPD'].map((t) => ({ value: t, label: t }));

const STATE: FieldSpec = { name: 'stateIso3', label: $localize`:Field of a cooperation record@@coop.field.state:State (ISO code)`, type: 'text', required: true };
const SOURCE: FieldSpec = { name: 'source', label: $localize`:Field of a cooperation record@@coop.field.source:Source (document, page)`, type: 'text', required: false };
const step = (name: string, label: string): FieldSpec => ({ name, label, type: 'select', required: true, options: STEP_OPTIONS });

export const COOPERATION_KINDS: readonly CooperationKindSpec[] = [
  {
    path: 'upr-participation',
    label: $localize`:Kind of cooperation record@@coop.kind.uprReview:UPR participation`,
    fields: [
      STATE,
      { name: 'session', label: $localize`:Field@@coop.field.session:UPR Working Group session`, type: 'integer', required: true },
      { name: 'reviewDate', label: $localize`:Field@@coop.field.reviewDate:Review date`, type: 'date', required: true },
      step('nationalReport', $localize`:UPR step@@coop.field.nationalReport:National report`),
      step('troika', $localize`:UPR step@@coop.field.troika:Troika`),
      step('interactiveDialogue', $localize`:UPR step@@coop.field.dialogue:Interactive dialogue`),
      step('responses', $localize`:UPR step@@coop.field.responses:Responses (addendum)`),
      step('midTermReport', $localize`:UPR step@@coop.field.midTerm:Mid-term report`),
      { name: 'adoptedOn', label: $localize`:Field@@coop.field.adoptedOn:Adopted by the Council on`, type: 'date', required: false },
      { name: 'recommendationsCount', label: $localize`:Field@@coop.field.recommendations:Recommendations received`, type: 'integer', required: false, hint: $localize`:@@coop.field.countsHint:Leave empty to count them in the registry.` },
      { name: 'withoutResponseCount', label: $localize`:Field@@coop.field.withoutResponse:Without a response at adoption`, type: 'integer', required: false },
      SOURCE,
    ],
    columns: ['session', 'reviewDate', 'nationalReport', 'troika', 'interactiveDialogue', 'responses', 'midTermReport'],
    api: kindApi({ list: listUprParticipations, create: createUprParticipation, update: updateUprParticipation, archive: archiveUprParticipation, importCsv: importUprParticipations }),
  },
  {
    path: 'treaty-ratifications',
    label: $localize`:Kind of cooperation record@@coop.kind.ratification:Treaty ratification`,
    fields: [
      STATE,
      { name: 'treaty', label: $localize`:Field@@coop.field.treaty:Treaty`, type: 'select', required: true, options: TREATY_OPTIONS },
      { name: 'ratifiedYear', label: $localize`:Field@@coop.field.ratifiedYear:Year of ratification or accession`, type: 'integer', required: true },
      { name: 'ratifiedOn', label: $localize`:Field@@coop.field.ratifiedOn:Date, when known`, type: 'date', required: false },
      SOURCE,
    ],
    columns: ['treaty', 'ratifiedYear'],
    api: kindApi({ list: listTreatyRatifications, create: createTreatyRatification, update: updateTreatyRatification, archive: archiveTreatyRatification, importCsv: importTreatyRatifications }),
  },
  {
    path: 'treaty-reports',
    label: $localize`:Kind of cooperation record@@coop.kind.report:Treaty-body report`,
    fields: [
      STATE,
      { name: 'body', label: $localize`:Field@@coop.field.body:Committee`, type: 'select', required: true, options: BODY_OPTIONS },
      { name: 'reportType', label: $localize`:Field@@coop.field.reportType:Report`, type: 'select', required: true, options: options({ initial: $localize`:Report type@@coop.report.initial:Initial`, periodic: $localize`:Report type@@coop.report.periodic:Periodic` }) },
      { name: 'dueOn', label: $localize`:Field@@coop.field.dueOn:Due on`, type: 'date', required: true },
      { name: 'receivedOn', label: $localize`:Field@@coop.field.receivedOn:Received on`, type: 'date', required: false },
      SOURCE,
    ],
    columns: ['body', 'reportType', 'dueOn', 'receivedOn'],
    api: kindApi({ list: listTreatyReports, create: createTreatyReport, update: updateTreatyReport, archive: archiveTreatyReport, importCsv: importTreatyReports }),
  },
  {
    path: 'follow-up-grades',
    label: $localize`:Kind of cooperation record@@coop.kind.grade:Follow-up grade`,
    fields: [
      STATE,
      { name: 'body', label: $localize`:Field@@coop.field.body:Committee`, type: 'select', required: true, options: BODY_OPTIONS },
      { name: 'assessedOn', label: $localize`:Field@@coop.field.assessedOn:Assessed on`, type: 'date', required: true },
      { name: 'paragraph', label: $localize`:Field@@coop.field.paragraph:Paragraph`, type: 'text', required: true },
      {
        name: 'scale',
        label: $localize`:Field@@coop.field.scale:Scale`,
        type: 'select',
        required: true,
        options: options({ ccpr_2013: $localize`:Grade scale@@coop.scale.ccpr2013:CCPR (A–E)`, ccpr_legacy: $localize`:Grade scale@@coop.scale.legacy:CCPR before 2013`, implementation: $localize`:Grade scale@@coop.scale.implementation:Fully / partially / not implemented` }),
      },
      { name: 'grade', label: $localize`:Field@@coop.field.grade:Grade`, type: 'text', required: true },
      SOURCE,
    ],
    columns: ['body', 'assessedOn', 'paragraph', 'grade'],
    api: kindApi({ list: listFollowUpGrades, create: createFollowUpGrade, update: updateFollowUpGrade, archive: archiveFollowUpGrade, importCsv: importFollowUpGrades }),
  },
  {
    path: 'standing-invitations',
    label: $localize`:Kind of cooperation record@@coop.kind.invitation:Standing invitation`,
    fields: [
      STATE,
      { name: 'extendedOn', label: $localize`:Field@@coop.field.extendedOn:Extended on`, type: 'date', required: true },
      { name: 'withdrawnOn', label: $localize`:Field@@coop.field.withdrawnOn:Withdrawn on`, type: 'date', required: false },
      SOURCE,
    ],
    columns: ['extendedOn', 'withdrawnOn'],
    api: kindApi({ list: listStandingInvitations, create: createStandingInvitation, update: updateStandingInvitation, archive: archiveStandingInvitation, importCsv: importStandingInvitations }),
  },
  {
    path: 'visit-requests',
    label: $localize`:Kind of cooperation record@@coop.kind.visit:Visit request`,
    fields: [
      STATE,
      { name: 'mandate', label: $localize`:Field@@coop.field.mandate:Mandate`, type: 'text', required: true },
      {
        name: 'history',
        label: $localize`:Field@@coop.field.history:Status history`,
        type: 'history',
        required: true,
        hint: $localize`:@@coop.field.historyHint:One event per line: status and date, e.g. "requested 2021-01-10". Statuses: requested, reminder, acknowledged, accepted, dates proposed, declined, completed.`,
      },
      SOURCE,
    ],
    columns: ['mandate', 'currentStatus'],
    api: kindApi({ list: listVisitRequests, create: createVisitRequest, update: updateVisitRequest, archive: archiveVisitRequest, importCsv: importVisitRequests }),
  },
  {
    path: 'communications',
    label: $localize`:Kind of cooperation record@@coop.kind.communication:Communication`,
    fields: [
      STATE,
      { name: 'reference', label: $localize`:Field@@coop.field.reference:Reference`, type: 'text', required: true },
      {
        name: 'type',
        label: $localize`:Field@@coop.field.type:Type`,
        type: 'select',
        required: true,
        options: options({ urgent_appeal: $localize`:Communication type@@coop.comm.urgent:Urgent appeal`, allegation_letter: $localize`:Communication type@@coop.comm.allegation:Allegation letter`, other_letter: $localize`:Communication type@@coop.comm.other:Other letter` }),
      },
      { name: 'sentOn', label: $localize`:Field@@coop.field.sentOn:Sent on`, type: 'date', required: true },
      { name: 'repliedOn', label: $localize`:Field@@coop.field.repliedOn:Replied on`, type: 'date', required: false },
      SOURCE,
    ],
    columns: ['reference', 'type', 'sentOn', 'repliedOn'],
    api: kindApi({ list: listCommunications, create: createCommunication, update: updateCommunication, archive: archiveCommunication, importCsv: importCommunications }),
  },
  {
    path: 'reprisals-mentions',
    label: $localize`:Kind of cooperation record@@coop.kind.reprisals:Reprisals report mention`,
    fields: [
      STATE,
      { name: 'reportYear', label: $localize`:Field@@coop.field.reportYear:Year of the report`, type: 'integer', required: true },
      { name: 'symbol', label: $localize`:Field@@coop.field.symbol:Document symbol`, type: 'text', required: false },
      SOURCE,
    ],
    columns: ['reportYear', 'symbol'],
    api: kindApi({ list: listReprisalsMentions, create: createReprisalsMention, update: updateReprisalsMention, archive: archiveReprisalsMention, importCsv: importReprisalsMentions }),
  },
];

export function kindOf(path: string): CooperationKindSpec | undefined {
  return COOPERATION_KINDS.find((k) => k.path === path);
}
