import type { AssistanceRequestDto, FundAggregatesDto, LinkedRecommendationsDto, MoneyDto } from '../app/api/models';

export function usd(amountMinor: string, formatted: string): MoneyDto {
  return { amountMinor, currency: 'USD', formatted };
}

/** A draft of Slovenia with one linked recommendation, as the API answers it. */
export function assistanceRequest(overrides: Partial<AssistanceRequestDto> = {}): AssistanceRequestDto {
  return {
    id: 7,
    stateIso3: 'SVN',
    stateName: 'Slovenia',
    region: 'Europe',
    activityType: 'national_capacity_and_expertise',
    channel: 'ohchr_regional_office',
    status: 'draft',
    reportingYear: null,
    requested: usd('5000000', 'USD 50,000.00'),
    approved: null,
    disbursed: usd('0', 'USD 0.00'),
    published: false,
    submittedOn: null,
    decidedOn: null,
    updatedAt: '2026-11-29T08:00:00Z',
    description: 'Training of the national preventive mechanism',
    consentOn: '2026-01-15',
    consentBy: 'Ministry of Justice',
    approvalAboveRequestReason: null,
    implementationStartedOn: null,
    completedOn: null,
    publishedAt: null,
    version: 1,
    createdAt: '2026-11-29T08:00:00Z',
    recommendations: [{ id: 31, body: 'CAT', documentSymbol: 'CAT/C/SVN/CO/4', paragraph: '12', text: 'Strengthen the national preventive mechanism', language: 'en', currentStatus: 'not_implemented' }],
    partners: [],
    disbursements: [],
    documents: [],
    transitions: [
      { action: 'create', fromStatus: null, toStatus: 'draft', actorRole: 'state_focal_point', actorName: null, reason: null, effectiveOn: '2026-11-29', at: '2026-11-29T08:00:00Z' },
    ],
    actions: { edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: [] },
    ...overrides,
  };
}

export function aggregates(overrides: Partial<FundAggregatesDto> = {}): FundAggregatesDto {
  return {
    total: 3,
    byStatus: [
      { key: 'approved', count: 2 },
      { key: 'declined', count: 1 },
    ],
    byYear: [
      { key: '2025', count: 2 },
      { key: null, count: 1 },
    ],
    byRegion: [
      { key: 'Europe', count: 1 },
      { key: 'Oceania', count: 2 },
    ],
    byActivityType: [{ key: 'good_practice_exchange', count: 3 }],
    granularity: 'year',
    amountsOverTime: [
      { period: '2025', currency: 'USD', requested: usd('10000000', 'USD 100,000.00'), approved: usd('8000000', 'USD 80,000.00'), disbursed: usd('2000000', 'USD 20,000.00') },
      { period: '2025', currency: 'EUR', requested: { amountMinor: '300000', currency: 'EUR', formatted: 'EUR 3,000.00' }, approved: { amountMinor: '0', currency: 'EUR', formatted: 'EUR 0.00' }, disbursed: { amountMinor: '0', currency: 'EUR', formatted: 'EUR 0.00' } },
    ],
    ...overrides,
  };
}

export function linkedRecommendations(overrides: Partial<LinkedRecommendationsDto> = {}): LinkedRecommendationsDto {
  return {
    period: null,
    publicClaimsOnly: true,
    items: [
      {
        id: 31,
        body: 'CAT',
        documentSymbol: 'CAT/C/SVN/CO/4',
        paragraph: '12',
        language: 'en',
        text: 'Strengthen the national preventive mechanism',
        currentStatus: 'not_implemented',
        timeline: [{ party: 'ohchr', status: 'not_implemented', effectiveOn: '2024-06-01', source: 'ohchr', public: true }],
        result: null,
      },
    ],
    ...overrides,
  };
}
