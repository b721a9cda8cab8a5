import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AuthStore } from '../../access/auth.store';
import { DemoStore } from './demo.store';

/**
 * On every page while demo data is in the registry: says so, and lets OHCHR remove it in one action.
 * The demo recommendations also carry the source "demo" and say "synthetic" in their text.
 */
@Component({
  selector: 'app-demo-banner',
  template: `
    @if (loaded()) {
      <aside class="demo-banner" aria-labelledby="demo-banner-title">
        <div class="demo-banner__inner">
          <p>
            <strong id="demo-banner-title" i18n="@@dashboard.demo.banner.title">Demo data</strong>&ngsp;
            <span i18n="@@dashboard.demo.banner.text">The registry holds a synthetic demo dataset: its recommendations, responses and statuses are invented, not real.</span>
          </p>
          @if (canRemove()) {
            <button type="button" class="button" [disabled]="removing()" (click)="remove()" i18n="@@dashboard.demo.remove">Remove the demo data</button>
          }
          @if (failed()) {
            <p role="alert" i18n="@@dashboard.demo.removeFailed">The demo data could not be removed. Try again.</p>
          }
        </div>
      </aside>
    }
  `,
  styles: `
    .demo-banner {
      border-block-end: 2px solid #8a5a00;
      background: #fff4ce;
      color: #1b1b1b;
    }
    .demo-banner__inner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      max-inline-size: var(--page-width);
      margin-inline: auto;
      padding-block: 0.5rem;
      padding-inline: 1rem;
    }
    .demo-banner p {
      margin: 0;
    }
    .demo-banner strong {
      margin-inline-end: 0.5rem;
      text-transform: uppercase;
      letter-spacing: 0.03em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemoBanner {
  private readonly demo = inject(DemoStore);
  private readonly auth = inject(AuthStore);

  protected readonly loaded = computed(() => this.demo.status()?.loaded === true);
  protected readonly canRemove = computed(() => this.auth.signedIn() && this.auth.can('registry:write'));
  protected readonly removing = signal(false);
  protected readonly failed = signal(false);

  constructor() {
    this.demo.refresh().subscribe();
  }

  protected remove(): void {
    this.removing.set(true);
    this.failed.set(false);
    this.demo.remove().subscribe({
      next: () => this.removing.set(false),
      error: () => {
        this.removing.set(false);
        this.failed.set(true);
      },
    });
  }
}
