import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { FundAmountsChart } from './fund-amounts-chart';
import { FundBarChart } from './fund-bar-chart';

describe('Fund charts (presentational)', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
  });

  it('draws a bar per count, sized to the data', () => {
    const fixture = TestBed.createComponent(FundBarChart);
    fixture.componentRef.setInput('data', [
      { name: 'Approved', value: 3 },
      { name: 'Declined', value: 1 },
    ]);
    fixture.componentRef.setInput('valueLabel', 'Requests');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('path.bar').length).toBe(2);
    // ngx-charts takes the host's size: full width, 40 px a bar plus the axis.
    expect(element.style.blockSize).toBe('150px');
    expect(element.textContent).toContain('Requests');
    // Whole numbers only on the count axis.
    expect(Array.from(element.querySelectorAll('g.x.axis g.tick text')).map((t) => t.textContent?.trim())).toEqual(['0', '1', '2', '3']);
  });

  it('draws three bars per period for the amounts, with a legend of the measures', () => {
    const fixture = TestBed.createComponent(FundAmountsChart);
    fixture.componentRef.setInput('groups', [
      { name: '2024', series: [{ name: 'Requested', value: 100 }, { name: 'Approved', value: 80 }, { name: 'Disbursed', value: 0 }] },
      { name: '2025', series: [{ name: 'Requested', value: 20 }, { name: 'Approved', value: 0 }, { name: 'Disbursed', value: 50 }] },
    ]);
    fixture.componentRef.setInput('valueLabel', 'USD');
    fixture.componentRef.setInput('legendTitle', 'Amounts');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('path.bar').length).toBe(6);
    expect(Array.from(element.querySelectorAll('.legend-label-text')).map((e) => e.textContent?.trim())).toEqual(['Requested', 'Approved', 'Disbursed']);
  });
});
