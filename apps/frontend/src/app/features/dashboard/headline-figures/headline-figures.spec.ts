import { TestBed } from '@angular/core/testing';
import { HeadlineFigures } from './headline-figures';

describe('HeadlineFigures', () => {
  it('shows each figure with its trend in words, the arrow hidden from screen readers', () => {
    const fixture = TestBed.createComponent(HeadlineFigures);
    fixture.componentRef.setInput('figures', [
      { key: 'recommendations', label: 'Recommendations', value: '5,120', direction: 'up', trend: 'Up from 4,880 12 months earlier', detail: 'In the registry' },
      { key: 'overdue', label: 'Overdue deadlines', value: '40', direction: 'down', trend: 'Down from 52 12 months earlier', detail: 'Reports due' },
    ]);
    fixture.detectChanges();
    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li'));
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Recommendations 5,120 ▲ Up from 4,880 12 months earlier In the registry',
      'Overdue deadlines 40 ▼ Down from 52 12 months earlier Reports due',
    ]);
    expect(items[0]?.querySelector('[aria-hidden="true"]')?.textContent).toBe('▲');
  });
});
