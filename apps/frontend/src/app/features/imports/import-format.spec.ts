import type { ImportDto } from '../../api/models';
import { isActive, progressText } from './import-format';
import { reportHref } from './imports.api';

function progress(overrides: Partial<ImportDto['progress']>): Pick<ImportDto, 'progress'> {
  return { progress: { rowsDone: 2731, rowsTotal: 6094, percent: 44.8, rowsPerSecond: 2412, errors: 0, warnings: 3, ...overrides } };
}

describe('import formatting', () => {
  it('keeps polling only while an import is queued or running', () => {
    expect(isActive({ status: 'queued' })).toBe(true);
    expect(isActive({ status: 'running' })).toBe(true);
    expect(isActive({ status: 'completed' })).toBe(false);
    expect(isActive({ status: 'failed' })).toBe(false);
  });

  it('says rows done of the total, the speed and the errors', () => {
    expect(progressText(progress({}), 'en')).toBe('2,731 of 6,094 rows · 2,412 rows/s · 0 errors');
    expect(progressText(progress({ errors: 1 }), 'en')).toBe('2,731 of 6,094 rows · 2,412 rows/s · 1 error');
    expect(progressText(progress({ errors: 1204 }), 'fr')).toBe('2\u202f731 of 6\u202f094 rows · 2\u202f412 rows/s · 1\u202f204 errors');
  });

  it('leaves the total out while a streamed file is still being counted', () => {
    expect(progressText(progress({ rowsTotal: null, rowsDone: 120000 }), 'en')).toBe('120,000 rows · 2,412 rows/s · 0 errors');
  });

  it('links to the row report of an import', () => {
    expect(reportHref(12)).toBe('/api/v1/imports/12/report.csv');
  });
});
