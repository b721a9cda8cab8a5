import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { FacetOption } from '../facet-groups';
import { FacetList, type FacetToggle } from './facet-list';

function options(count: number, selected: readonly string[] = []): FacetOption[] {
  return Array.from({ length: count }, (_, index) => {
    const value = `V${index + 1}`;
    return { value, label: `Value ${index + 1}`, count: 1000 * (count - index), selected: selected.includes(value) };
  });
}

describe('FacetList', () => {
  let fixture: ComponentFixture<FacetList>;
  let element: HTMLElement;
  let toggles: FacetToggle[];

  function render(list: readonly FacetOption[], extra: { expanded?: boolean } = {}): void {
    fixture.componentRef.setInput('legend', 'Response');
    fixture.componentRef.setInput('options', list);
    fixture.componentRef.setInput('expanded', extra.expanded ?? true);
    fixture.detectChanges();
  }

  const checkboxes = (): HTMLInputElement[] => Array.from(element.querySelectorAll('input[type="checkbox"]'));
  const labelOf = (input: HTMLInputElement): string =>
    element.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';

  beforeEach(() => {
    fixture = TestBed.createComponent(FacetList);
    element = fixture.nativeElement as HTMLElement;
    toggles = [];
    fixture.componentInstance.toggled.subscribe((toggle) => toggles.push(toggle));
  });

  it('labels every checkbox with the value and its count, and checks the selected ones', () => {
    render([
      { value: 'supported', label: 'Supported', count: 3821, selected: true },
      { value: 'noted', label: 'Noted', count: 12, selected: false },
    ]);

    const [supported, noted] = checkboxes();
    expect(labelOf(supported)).toBe('Supported (3,821)');
    expect(labelOf(noted)).toBe('Noted (12)');
    expect(supported.checked).toBe(true);
    expect(noted.checked).toBe(false);
  });

  it('groups the checkboxes under the dimension name and says how many are selected', () => {
    render(options(3, ['V2']));

    expect(element.querySelector('fieldset legend')?.textContent?.trim()).toBe('Response');
    expect(element.querySelector('summary')?.textContent).toContain('1 selected');
  });

  it('is operable from the keyboard: native, focusable, labelled checkboxes that emit on activation', () => {
    render(options(2));
    const [first] = checkboxes();

    expect(first.tabIndex).toBe(0);
    expect(first.disabled).toBe(false);
    first.focus();
    expect(document.activeElement).toBe(first);

    // Space on a focused checkbox fires a click; that is what we simulate here.
    first.click();
    expect(toggles).toEqual([{ value: 'V1', selected: true }]);
  });

  it('emits an unselect when a checked value is cleared', () => {
    render(options(2, ['V2']));

    checkboxes()[1].click();

    expect(toggles).toEqual([{ value: 'V2', selected: false }]);
  });

  it('formats counts for the locale of the page', () => {
    registerLocaleData(localeFr);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'fr' }] });
    fixture = TestBed.createComponent(FacetList);
    element = fixture.nativeElement as HTMLElement;

    render([{ value: 'x', label: 'X', count: 12345, selected: false }]);

    expect(labelOf(checkboxes()[0])).toBe('X (12\u202f345)');
  });

  describe('long lists', () => {
    it('shows the first eight values and any selected value beyond them', () => {
      render(options(20, ['V15']));

      const labels = checkboxes().map((box) => labelOf(box).split(' (')[0]);
      expect(labels).toEqual([...Array.from({ length: 8 }, (_, index) => `Value ${index + 1}`), 'Value 15']);
    });

    it('expands and collapses with a button that reports its state', () => {
      render(options(20));
      const button = element.querySelector<HTMLButtonElement>('button.facet__more');
      if (!button) {
        throw new Error('no "show all" button');
      }

      expect(button.textContent?.trim()).toBe('Show all 20');
      expect(button.getAttribute('aria-expanded')).toBe('false');

      button.click();
      fixture.detectChanges();

      expect(checkboxes()).toHaveLength(20);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(button.textContent?.trim()).toBe('Show fewer');
    });

    it('narrows the list to values whose label contains the typed text', () => {
      render(options(20, ['V1']));
      const search = element.querySelector<HTMLInputElement>('input[type="search"]');
      if (!search) {
        throw new Error('no search box');
      }
      expect(element.querySelector(`label[for="${search.id}"]`)?.textContent).toContain('Response');

      search.value = 'value 1';
      search.dispatchEvent(new Event('input'));
      fixture.detectChanges();

      // "Value 1" and "Value 10" … "Value 19"; the selected V1 stays either way.
      expect(checkboxes().map((box) => labelOf(box).split(' (')[0])).toEqual([
        'Value 1',
        ...Array.from({ length: 10 }, (_, index) => `Value ${10 + index}`),
      ]);

      search.value = 'nothing like this';
      search.dispatchEvent(new Event('input'));
      fixture.detectChanges();

      expect(checkboxes().map((box) => labelOf(box).split(' (')[0])).toEqual(['Value 1']);
    });

    it('has no search box for short lists', () => {
      render(options(5));

      expect(element.querySelector('input[type="search"]')).toBeNull();
      expect(element.querySelector('button.facet__more')).toBeNull();
    });
  });
});
