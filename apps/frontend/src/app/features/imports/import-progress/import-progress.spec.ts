import { TestBed } from '@angular/core/testing';
import type { ImportDto } from '../../../api/models';
import { importRun } from '../../../../testing/import-fixtures';
import { ImportProgress } from './import-progress';

describe('ImportProgress', () => {
  async function render(run: ImportDto): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ImportProgress);
    fixture.componentRef.setInput('run', run);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a labelled progress bar with its value, rows done / total, speed and errors', async () => {
    const element = await render(importRun({ id: 4, status: 'running', progress: { rowsDone: 2731, rowsTotal: 6094, percent: 44.8, rowsPerSecond: 2412, errors: 1, warnings: 0 } }));
    const bar = element.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('45');
    expect(bar?.getAttribute('aria-valuemin')).toBe('0');
    expect(bar?.getAttribute('aria-valuemax')).toBe('100');
    expect(bar?.getAttribute('aria-valuetext')).toBe('45% — 2,731 of 6,094 rows · 2,412 rows/s · 1 error');
    const label = element.querySelector(`#${bar?.getAttribute('aria-labelledby') ?? 'none'}`);
    expect(label?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Importing: 2,731 of 6,094 rows · 2,412 rows/s · 1 error');
    expect(element.querySelector<HTMLElement>('.import-progress__bar')?.style.width).toBe('45%');
  });

  it('shows a failed import in its own colour', async () => {
    const element = await render(importRun({ status: 'failed' }));
    expect(element.querySelector('.import-progress__bar--failed')).not.toBeNull();
    expect(element.textContent).toContain('Failed');
  });
});
