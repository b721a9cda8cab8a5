import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DemoStatus } from '../dashboard.api';

/**
 * What the overview shows while the registry is empty: that it is empty, and the two ways in —
 * import a file, or load the demo dataset (OHCHR; on a fresh installation, how to create the
 * first administrator who can). Presentational.
 */
@Component({
  selector: 'app-first-run',
  imports: [RouterLink],
  template: `
    <section class="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" i18n="@@dashboard.firstRun.heading">The registry is empty</h2>
      <p i18n="@@dashboard.firstRun.intro">No recommendation has been recorded yet, so there is nothing to chart. There are two ways in:</p>
      <ol class="first-run__ways">
        <li>
          <h3 i18n="@@dashboard.firstRun.import.heading">Import a file</h3>
          <p i18n="@@dashboard.firstRun.import.text">Recommendations exported from the Universal Human Rights Index, UPR Info or an OHCHR matrix (CSV, Excel or Word), by an OHCHR officer or administrator.</p>
          <a class="button button--primary" routerLink="/imports" i18n="@@dashboard.firstRun.import.link">Go to the import page</a>
        </li>
        <li>
          <h3 i18n="@@dashboard.firstRun.demo.heading">Load demo data</h3>
          <p i18n="@@dashboard.firstRun.demo.text">About 5,000 synthetic recommendations with invented responses and statuses, to see the dashboard at work. They are marked as demo data on every page and removed in one action.</p>
          @if (canLoad()) {
            <button type="button" class="button button--primary" [disabled]="loading()" (click)="loadDemo.emit()" i18n="@@dashboard.firstRun.demo.load">Load demo data</button>
            @if (loading()) {
              <p role="status" i18n="@@dashboard.firstRun.demo.loading">Loading the demo data…</p>
            }
          } @else if (!status().administratorExists) {
            <p i18n="@@dashboard.firstRun.demo.noAdmin">Only OHCHR officers and administrators may load it, and this installation has no administrator yet. Create the first one in a terminal, in the tracker's folder:</p>
            <pre class="first-run__command"><code>npm run create-admin -- --email you&#64;example.org</code></pre>
            <p i18n="@@dashboard.firstRun.demo.thenSignIn">It asks for a password. Then <a routerLink="/login">sign in</a> and come back here.</p>
          } @else {
            <p i18n="@@dashboard.firstRun.demo.signIn">Only OHCHR officers and administrators may load it: <a routerLink="/login">sign in</a> with such an account.</p>
          }
        </li>
      </ol>
    </section>
  `,
  styles: `
    .first-run {
      padding-block: 1rem;
      padding-inline: 1.25rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface-alt);
    }
    .first-run h2 {
      margin-block-start: 0;
    }
    .first-run__ways {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .first-run__ways > li {
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
    }
    .first-run__ways h3 {
      margin-block: 0 0.5rem;
    }
    .first-run__command {
      direction: ltr;
      text-align: start;
      padding: 0.5rem;
      overflow-x: auto;
      background: #1b1b1b;
      color: #ffffff;
      border-radius: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FirstRun {
  readonly status = input.required<DemoStatus>();
  /** The person may load demo data (OHCHR officer or administrator, signed in). */
  readonly canLoad = input.required<boolean>();
  readonly loading = input(false);
  readonly loadDemo = output<void>();
}
