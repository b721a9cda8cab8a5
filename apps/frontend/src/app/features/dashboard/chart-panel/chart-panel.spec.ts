import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { cell, type ChartTable } from '../csv';
import { ChartPanel } from './chart-panel';

@Component({
  imports: [ChartPanel],
  template: `<app-chart-panel heading="Status by region" description="Europe is ahead." chartLabel="Bar chart of the status by region" [table]="table()" [legend]="legend" legendTitle="Status"
    ><svg class="projected"></svg
  ></app-chart-panel>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly legend = [
    { label: 'Fully implemented', color: '#0b5394' },
    { label: 'No information', color: '#767676' },
  ];
  readonly table = signal<ChartTable>({
    columns: ['Region', 'Recommendations'],
    rows: [
      [cell('Europe'), cell('1,234', 1234)],
      [cell('Africa, "all"'), cell('5', 5)],
    ],
  });
}

describe('ChartPanel', () => {
  const created: Blob[] = [];
  let names: string[];

  beforeEach(() => {
    created.length = 0;
    names = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:csv'), revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  function render(): { fixture: ReturnType<typeof TestBed.createComponent<Host>>; element: HTMLElement } {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('presents the chart as one image named and described, left to right in any language, with its table', () => {
    const { element } = render();
    const chart = element.querySelector('[role="img"]') as HTMLElement;
    expect(chart.getAttribute('aria-label')).toBe('Bar chart of the status by region');
    expect(element.querySelector(`#${chart.getAttribute('aria-describedby')}`)?.textContent).toBe('Europe is ahead.');
    expect(chart.getAttribute('dir')).toBe('ltr');
    expect(chart.querySelector('.projected')).not.toBeNull();
    const rows = Array.from(element.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => `${c.tagName}:${c.textContent?.trim()}`));
    expect(rows).toEqual([
      ['TH:Region', 'TH:Recommendations'],
      ['TH:Europe', 'TD:1,234'],
      ['TH:Africa, "all"', 'TD:5'],
    ]);
    expect(element.querySelector('summary')?.textContent).toBe('Show the data as a table');
    // The table scrolls inside its box: a named region the keyboard can reach.
    const scroll = element.querySelector('.table-scroll') as HTMLElement;
    expect([scroll.getAttribute('tabindex'), scroll.getAttribute('role'), scroll.getAttribute('aria-label')]).toEqual(['0', 'region', 'Status by region']);
  });

  it('draws the legend in HTML beside the chart, named, outside the image', () => {
    const { element } = render();
    const legend = element.querySelector('ul') as HTMLElement;
    expect(legend.getAttribute('aria-label')).toBe('Status');
    expect(legend.closest('[role="img"]')).toBeNull();
    expect(Array.from(legend.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual(['Fully implemented', 'No information']);
    expect((legend.querySelector('.chart-panel__swatch') as HTMLElement).style.backgroundColor).toBe('rgb(11, 83, 148)');
  });

  it('downloads exactly the table as CSV, named after the heading', async () => {
    const { element } = render();
    const button = element.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Download CSV');
    expect(button.getAttribute('aria-label')).toBe('Download CSV: Status by region');
    button.click();
    expect(names).toEqual(['status-by-region.csv']);
    const bytes = new Uint8Array(await (created[0] as Blob).arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Region,Recommendations\r\nEurope,1234\r\n"Africa, ""all""",5\r\n');
  });

  it('shows no empty chart nor table when there is nothing to show, only the description', () => {
    const { fixture, element } = render();
    fixture.componentInstance.table.set({ columns: ['Region'], rows: [] });
    fixture.detectChanges();
    expect(element.querySelector('[role="img"]')).toBeNull();
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('Europe is ahead.');
  });
});
