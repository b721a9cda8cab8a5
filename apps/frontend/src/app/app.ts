import { ChangeDetectionStrategy, Component, type ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';
import { PRODUCT_NAME } from './app-title-strategy';

export interface NavItem {
  readonly path: string;
  readonly label: string;
}

/** Sections of the main navigation. Overview, Import, Overdue, Fund and Flags join as they are built. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/recommendations', label: $localize`:Main navigation item to search and browse recommendations@@nav.explorer:Explorer` },
];

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? url;
}

/** The page frame: skip link, header with the main navigation, the routed page, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
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
