import type { ImportDto } from '../app/api/models';

/** An import as the API describes it, completed by default. */
export function importRun(overrides: Partial<ImportDto> = {}): ImportDto {
  return {
    id: 7,
    fileName: 'upr-info.csv',
    fileSize: 1200,
    format: 'upr_info',
    container: 'csv',
    status: 'completed',
    origin: 'upload',
    createdBy: 'officer-id',
    createdAt: '2026-11-29T10:00:00.000Z',
    startedAt: '2026-11-29T10:00:01.000Z',
    finishedAt: '2026-11-29T10:00:03.000Z',
    failure: null,
    progress: { rowsDone: 5, rowsTotal: 5, percent: 100, rowsPerSecond: 3, errors: 1, warnings: 0 },
    summary: {
      rowsRead: 5,
      created: 3,
      updated: 0,
      unchanged: 0,
      recommendingStateLinks: 4,
      pledges: 1,
      pledgesCreated: 1,
      pledgesUpdated: 0,
      pledgesUnchanged: 0,
      rejected: 1,
      statements: 0,
    },
    ...overrides,
  };
}
