import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { StatusAreaChart } from './status-area-chart';
import { StatusBarChart } from './status-bar-chart';

describe('dashboard charts (presentational)', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
  });

  it('stacks an area per status over the months, each in its status colour, months on the axis', () => {
    const fixture = TestBed.createComponent(StatusAreaChart);
    const months = [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 1, 1)), new Date(Date.UTC(2024, 2, 1))];
    fixture.componentRef.setInput('data', [
      { name: 'Fully implemented', series: months.map((name, i) => ({ name, value: i })) },
      { name: 'No information', series: months.map((name) => ({ name, value: 3 })) },
    ]);
    fixture.componentRef.setInput('view', [600, 300]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const areas = Array.from(element.querySelectorAll('path.area'));
    expect(areas.length).toBe(2);
    expect(areas.map((a) => a.getAttribute('fill'))).toEqual(['#0b5394', '#767676']);
    expect(element.textContent).toContain('Jan 2024');
    // No legend of its own: the chart panel draws it in HTML.
    expect(element.querySelector('.chart-legend')).toBeNull();
  });

  it('draws a 100 % bar per group, one segment per status', () => {
    const fixture = TestBed.createComponent(StatusBarChart);
    fixture.componentRef.setInput('data', [
      { name: 'African States', series: [{ name: 'Fully implemented', value: 1 }, { name: 'No information', value: 3 }] },
      { name: 'Western European and other States', series: [{ name: 'Fully implemented', value: 3 }, { name: 'No information', value: 1 }] },
    ]);
    fixture.componentRef.setInput('view', [600, 300]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const bars = Array.from(element.querySelectorAll('path.bar'));
    expect(bars.length).toBe(4);
    expect(new Set(bars.map((b) => b.getAttribute('fill')))).toEqual(new Set(['#0b5394', '#767676']));
    expect(element.textContent).toContain('African States');
    expect(element.textContent).toContain('100%');
  });
});
