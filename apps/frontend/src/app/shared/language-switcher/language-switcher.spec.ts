import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ChangeDetectionStrategy, Component, LOCALE_ID } from '@angular/core';
import { LanguageSwitcher } from './language-switcher';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('LanguageSwitcher', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [LanguageSwitcher],
      providers: [provideRouter([{ path: '**', component: Blank }]), { provide: LOCALE_ID, useValue: 'fr' }],
    }).compileComponents();
    await TestBed.inject(Router).navigateByUrl('/recommendations?state=SVN');
  });

  it('links every other language to the same page and marks the current one', () => {
    const fixture = TestBed.createComponent(LanguageSwitcher);
    fixture.detectChanges();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/ar/recommendations?state=SVN',
      '/zh/recommendations?state=SVN',
      '/en/recommendations?state=SVN',
      '/ru/recommendations?state=SVN',
      '/es/recommendations?state=SVN',
    ]);
    const current = (fixture.nativeElement as HTMLElement).querySelector('[aria-current="true"]');
    expect(current?.textContent?.trim()).toBe('Français');
    expect(current?.getAttribute('lang')).toBe('fr');
  });

  it('remembers the chosen language in a cookie for the server', () => {
    const fixture = TestBed.createComponent(LanguageSwitcher);
    fixture.detectChanges();
    const arabic = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('a[lang="ar"]');
    arabic?.addEventListener('click', (e) => e.preventDefault());
    arabic?.click();
    expect(document.cookie).toContain('tracker_lang=ar');
  });

  it('follows navigation, so that switching keeps the page shown now', async () => {
    const fixture = TestBed.createComponent(LanguageSwitcher);
    fixture.detectChanges();
    await TestBed.inject(Router).navigateByUrl('/states/SVN');
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('a[lang="ar"]')?.getAttribute('href')).toBe('/ar/states/SVN');
  });
});
