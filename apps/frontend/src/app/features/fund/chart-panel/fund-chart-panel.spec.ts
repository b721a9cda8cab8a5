import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartTable } from '../fund-series';
import { FundChartPanel } from './fund-chart-panel';

@Component({
  imports: [FundChartPanel],
  template: `<app-fund-chart-panel heading="Requests by status" [table]="table()" chartLabel="Bar chart of requests by status"><svg class="projected-chart"></svg></app-fund-chart-panel>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly table = signal<ChartTable>({
    columns: ['Status', 'Requests'],
    rows: [
      ['Approved', '2'],
      ['Declined, "late"', '1'],
    ],
  });
}

describe('FundChartPanel', () => {
  const created: Blob[] = [];
  let downloaded: string[];

  beforeEach(() => {
    created.length = 0;
    downloaded = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:csv';
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded.push(this.download);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  function render(): { fixture: ReturnType<typeof TestBed.createComponent<Host>>; element: HTMLElement } {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the chart as an image with a description, and the table of exactly its figures', () => {
    const { element } = render();
    expect(element.querySelector('h2')?.textContent).toBe('Requests by status');
    const chart = element.querySelector('[role="img"]');
    expect(chart?.getAttribute('aria-label')).toBe('Bar chart of requests by status');
    expect(chart?.querySelector('.projected-chart')).not.toBeNull();
    const rows = Array.from(element.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => `${c.tagName}:${c.textContent?.trim()}`));
    expect(rows).toEqual([
      ['TH:Status', 'TH:Requests'],
      ['TH:Approved', 'TD:2'],
      ['TH:Declined, "late"', 'TD:1'],
    ]);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Requests by status');
  });

  it('downloads the table as CSV, named after the heading', async () => {
    const { element } = render();
    const button = element.querySelector('button');
    expect(button?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Download CSV — Requests by status');
    button?.click();
    expect(downloaded).toEqual(['requests-by-status.csv']);
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await created[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // A UTF-8 byte-order mark for spreadsheet programs, then exactly the table.
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Status,Requests\r\nApproved,2\r\n"Declined, ""late""",1\r\n');
  });

  it('says there is nothing to show instead of an empty chart and table', () => {
    const { fixture, element } = render();
    fixture.componentInstance.table.set({ columns: ['Status', 'Requests'], rows: [] });
    fixture.detectChanges();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('[role="img"]')).toBeNull();
    expect(element.textContent).toContain('No requests to show.');
  });
});
