import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DEMO_EMPTY } from '../../../../testing/dashboard-fixtures';
import { FirstRun } from './first-run';

describe('FirstRun', () => {
  function render(canLoad: boolean, administratorExists = true, loading = false): { element: HTMLElement; loads: number[] } {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(FirstRun);
    fixture.componentRef.setInput('status', { ...DEMO_EMPTY, administratorExists });
    fixture.componentRef.setInput('canLoad', canLoad);
    fixture.componentRef.setInput('loading', loading);
    const loads: number[] = [];
    fixture.componentInstance.loadDemo.subscribe(() => loads.push(1));
    fixture.detectChanges();
    return { element: fixture.nativeElement as HTMLElement, loads };
  }

  it('offers the two ways in: the import page and the demo data', () => {
    const { element, loads } = render(true);
    expect(Array.from(element.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Import a file', 'Load demo data']);
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/imports');
    (element.querySelector('button') as HTMLButtonElement).click();
    expect(loads).toEqual([1]);
  });

  it('says the demo data is loading, and blocks a second click', () => {
    const { element } = render(true, true, true);
    expect((element.querySelector('button') as HTMLButtonElement).disabled).toBe(true);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Loading the demo data…');
  });

  it('explains how to create the first administrator when there is none', () => {
    const { element } = render(false, false);
    expect(element.querySelector('button')).toBeNull();
    expect(element.querySelector('pre')?.textContent).toBe('npm run create-admin -- --email you@example.org');
    expect(element.querySelector('a[href="/login"]')).not.toBeNull();
  });
});
