import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { mapClasses, type MapCountry } from '../choropleth';
import { createFormat } from '../format';
import { WorldMap } from './world-map';

@Component({
  imports: [WorldMap],
  template: `
    <app-world-map [countries]="countries()" [classes]="classes" label="Share fully implemented, by State" legendTitle="Share fully implemented" skipTo="the-table" />
    <table id="the-table" tabindex="-1"></table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly classes = mapClasses('implemented', [], createFormat('en'));
  readonly countries = signal<MapCountry[]>([
    { m49: '705', iso3: 'SVN', value: 0.9, label: 'Slovenia: 90% (10 recommendations)' },
    { m49: '404', iso3: 'KEN', value: 0.1, label: 'Kenya: 10% (4 recommendations)' },
    { m49: '191', iso3: 'HRV', value: null, label: 'Croatia: no figure (0 recommendations)' },
  ]);
}

describe('WorldMap', () => {
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'states/:iso3', children: [] }])] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  it('makes every State with data a named link to its profile, and leaves the rest out of the keyboard order', () => {
    const links = Array.from(element.querySelectorAll('svg a'));
    expect(links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['Kenya: 10% (4 recommendations)', '/states/KEN'],
      ['Croatia: no figure (0 recommendations)', '/states/HRV'],
      ['Slovenia: 90% (10 recommendations)', '/states/SVN'],
    ]);
    const others = element.querySelectorAll('svg path[aria-hidden="true"]');
    expect(others.length).toBe(173);
  });

  it('colours each State by its class, and a State without the figure as having no data', () => {
    const fill = (name: string): string | null => element.querySelector(`svg a[aria-label^="${name}"] path`)?.getAttribute('fill') ?? null;
    expect(fill('Slovenia')).toBe('#08306b');
    expect(fill('Kenya')).toBe('#deebf7');
    expect(fill('Croatia')).toBe('#f0f0f0');
  });

  it('lists every class in the legend, and no data', () => {
    expect(Array.from(element.querySelectorAll('figcaption li')).map((li) => li.textContent?.trim())).toEqual(['0% – 20%', '20% – 40%', '40% – 60%', '60% – 80%', '80% – 100%', 'No data']);
  });

  it('opens the profile in the application, and skips to the table', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    (element.querySelector('svg a[aria-label^="Kenya"]') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(navigate).toHaveBeenCalledWith(['/states', 'KEN']);
    (element.querySelector('button') as HTMLButtonElement).click();
    expect(document.activeElement?.id).toBe('the-table');
  });
});
