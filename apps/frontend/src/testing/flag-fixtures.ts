import type { FlagDetailDto, FlagSummaryDto, SweepDto } from '../app/api/models';

export function flagSummary(overrides: Partial<FlagSummaryDto> = {}): FlagSummaryDto {
  return {
    id: 11,
    stateIso3: 'ERI',
    stateName: 'Eritrea',
    ruleId: 'upr_steps_missed',
    ruleName: 'UPR steps missed in a cycle',
    mechanism: 'upr',
    category: 'non_cooperation',
    severity: 'high',
    status: 'open',
    persistent: false,
    firstSeenWindow: '2026-Q4',
    lastSeenWindow: '2026-Q4',
    evidenceCount: 1,
    version: 1,
    updatedAt: '2026-11-15T03:00:00.000Z',
    ...overrides,
  };
}

export function flagDetail(overrides: Partial<FlagDetailDto> = {}): FlagDetailDto {
  return {
    ...flagSummary(),
    ruleSource: 'UPR Info and ISHR joint statement, HRC 22nd session (2013)',
    dismissedInWindow: null,
    reviewReason: null,
    windows: [
      {
        windowKey: '2026-Q4',
        severity: 'high',
        persistent: false,
        explanation: '3 of 5 UPR steps missed in the review of 2024-11-04 (cycle 4, session 47): national report, troika, interactive dialogue.',
        evaluatedOn: '2026-11-15',
        evidence: [{ kind: 'upr_review', id: 5, label: 'UPR review of 2024-11-04 (cycle 4, session 47): missed national report, troika, interactive dialogue', date: '2024-11-04', archived: false }],
      },
    ],
    events: [{ occurredAt: '2026-11-15T03:00:00.000Z', actor: 'Rule sweep', action: 'raised', fromStatus: null, toStatus: 'open', windowKey: '2026-Q4', reason: null }],
    actions: ['start_review'],
    ...overrides,
  };
}

export function sweep(overrides: Partial<SweepDto> = {}): SweepDto {
  return {
    id: 3,
    origin: 'manual',
    windowKey: '2026-Q4',
    asOf: '2026-11-15',
    stateIso3: null,
    total: 193,
    done: 0,
    failed: 0,
    running: true,
    startedAt: '2026-11-15T10:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}
