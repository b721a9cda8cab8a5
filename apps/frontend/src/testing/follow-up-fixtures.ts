import type { ReportDto, WorklistItemDto } from '../app/api/models';

/** A report as the API returns it, for specs of the follow-up pages. */
export function report(overrides: Partial<ReportDto> = {}): ReportDto {
  return {
    id: 3,
    stateIso3: 'SVN',
    stateName: 'Slovenia',
    status: 'draft',
    title: 'Mid-term report on policing',
    periodFrom: '2023-01-01',
    periodTo: '2025-03-31',
    submittedOn: null,
    publishedOn: null,
    recommendationCount: 1,
    version: 1,
    updatedAt: '2025-06-02T10:00:00Z',
    createdAt: '2025-06-02T10:00:00Z',
    narrative: 'The Police Act was amended.',
    measuresTaken: 'New complaints procedure.',
    items: [{ recommendationId: 7, status: 'fully_implemented', body: 'UPR', documentSymbol: 'A/HRC/52/8', paragraph: '115.3', text: 'Investigate ill-treatment', language: 'en' }],
    institutions: [],
    evidence: [],
    history: [{ action: 'create', fromStatus: null, toStatus: 'draft', comments: null, onDate: '2025-06-02', at: '2025-06-02T10:00:00Z' }],
    actions: { edit: true, submit: true, return: false, validate: false, publish: false },
    ...overrides,
  };
}

export function worklistItem(overrides: Partial<WorklistItemDto> = {}): WorklistItemDto {
  return {
    recommendationId: 7,
    stakeholderId: 5,
    role: 'lead',
    stateIso3: 'SVN',
    stateName: 'Slovenia',
    mechanism: 'upr',
    body: 'UPR',
    documentSymbol: 'A/HRC/52/8',
    paragraph: '115.3',
    language: 'en',
    text: 'Investigate ill-treatment',
    status: 'partially_implemented',
    nextDeadline: 'upr_mid_term_report',
    nextDueOn: '2025-07-23',
    overdue: true,
    daysLate: 9,
    ...overrides,
  };
}
