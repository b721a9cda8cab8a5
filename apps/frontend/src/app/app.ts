import { ChangeDetectionStrategy, Component, type ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';
import { PRODUCT_NAME } from './app-title-strategy';
import { AccountMenu } from './features/access/account-menu/account-menu';
import { DemoBanner } from './features/dashboard/demo/demo-banner';
import { LanguageSwitcher } from './shared/language-switcher/language-switcher';

export interface NavItem {
  readonly path: string;
  readonly label: string;
}

/** Sections of the main navigation, the overview (the first page) first. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/overview', label: $localize`:Main navigation item to the dashboard's overview, the first page@@nav.overview:Overview` },
  { path: '/comparisons', label: $localize`:Main navigation item to compare regions, themes, cycles and States on a map@@nav.comparisons:Comparisons` },
  { path: '/recommendations', label: $localize`:Main navigation item to search and browse recommendations@@nav.explorer:Explorer` },
  { path: '/imports', label: $localize`:Main navigation item to import files of recommendations@@nav.imports:Import` },
  { path: '/overdue', label: $localize`:Main navigation item to the list of overdue recommendations@@nav.overdue:Overdue` },
  { path: '/reports', label: $localize`:Main navigation item to the States' implementation reports@@nav.reports:Reports` },
  { path: '/flags', label: $localize`:Main navigation item to the board of non-cooperation flags@@nav.flags:Flags` },
  { path: '/fund', label: $localize`:Main navigation item to the Voluntary Fund for Financial and Technical Assistance@@nav.fund:Fund` },
];

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? url;
}

/** The page frame: skip link, header with the main navigation, the routed page, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitcher, AccountMenu, DemoBanner],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly productName = PRODUCT_NAME;
  protected readonly navItems = NAV_ITEMS;

  constructor() {
    // When the page (not just its query) changes, move focus to the new content, as a full page
    // load would, so keyboard and screen reader users start reading from the top of it.
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => pathOf(event.urlAfterRedirects)),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected skipToMain(event: Event): void {
    // A plain "#main-content" link would be resolved against <base href> and reload the app.
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.main().nativeElement.focus();
  }
}
