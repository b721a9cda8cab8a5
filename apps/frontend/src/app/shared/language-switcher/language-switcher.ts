import { ChangeDetectionStrategy, Component, DOCUMENT, inject, LOCALE_ID } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { addressInLanguage, INTERFACE_LANGUAGES, LANGUAGE_COOKIE } from './languages';

/** Links to the current page in each UN official language; the choice is remembered. */
@Component({
  selector: 'app-language-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="languages" aria-label="Language" i18n-aria-label="Name of the language menu landmark@@shell.languages.label">
      <ul class="languages__list">
        @for (language of languages; track language.code) {
          <li>
            @if (language.code === current) {
              <span class="languages__current" aria-current="true" [attr.lang]="language.code">{{ language.name }}</span>
            } @else {
              <a
                class="languages__link"
                [attr.lang]="language.code"
                [attr.hreflang]="language.code"
                [href]="href(language.code)"
                (click)="remember(language.code)"
                >{{ language.name }}</a
              >
            }
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .languages__list { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; margin: 0; padding: 0; }
    .languages__link, .languages__current { color: inherit; font-size: 0.9rem; }
    .languages__current { font-weight: 700; text-decoration: underline; text-underline-offset: 0.25em; }
  `,
})
export class LanguageSwitcher {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly languages = INTERFACE_LANGUAGES;
  protected readonly current = inject(LOCALE_ID).split('-')[0];

  /** The current address, followed at every navigation (the links must point at the page shown now). */
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );

  protected href(code: string): string {
    return addressInLanguage(code, this.url());
  }

  protected remember(code: string): void {
    this.document.cookie = `${LANGUAGE_COOKIE}=${code}; path=/; max-age=31536000; SameSite=Lax`;
  }
}
