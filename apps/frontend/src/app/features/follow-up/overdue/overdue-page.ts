import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import type { MechanismKind, OverduePageDto, StateDto, SubscriptionKind, VocabularyEntryDto } from '../../../api/models';
import { MECHANISM_LABELS, STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { AuthStore } from '../../access/auth.store';
import { problemMessage } from '../../access/http-problem';
import { FollowUpApi, overdueCsvHref, type OverdueQuery } from '../follow-up.api';
import { DEADLINE_LABELS, recommendationReference } from '../follow-up-labels';

export const PAGE_SIZE = 50;

/** How late, as the monitor offers it: bands of days since the due date. */
export const LATENESS_BANDS = {
  any: {},
  under90: { maxDaysLate: 89 },
  under1year: { minDaysLate: 90, maxDaysLate: 364 },
  years1to2: { minDaysLate: 365, maxDaysLate: 729 },
  over2years: { minDaysLate: 730 },
} as const satisfies Record<string, Pick<OverdueQuery, 'minDaysLate' | 'maxDaysLate'>>;
export type LatenessBand = keyof typeof LATENESS_BANDS;

const MECHANISMS: readonly MechanismKind[] = ['upr', 'treaty_body', 'special_procedure'];

/** The query the filters make. */
export function overdueQuery(filters: { state: string; mechanism: string; theme: string; band: LatenessBand; sort: 'most_late' | 'least_late' }): OverdueQuery {
  return {
    ...(filters.state ? { state: [filters.state] } : {}),
    ...(filters.mechanism ? { mechanism: [filters.mechanism as MechanismKind] } : {}),
    ...(filters.theme ? { theme: [filters.theme] } : {}),
    ...LATENESS_BANDS[filters.band],
    sort: filters.sort,
  };
}

/**
 * The overdue monitor: recommendations whose deadline passed without a qualifying report, as of the
 * server's today, filtered by State, mechanism, theme and lateness, sorted by lateness, exportable,
 * and the States and themes one may follow to get a digest of newly overdue items.
 */
@Component({
  selector: 'app-overdue-page',
  imports: [DatePipe, FormsModule, RouterLink],
  template: `
    <h1 i18n="@@overdue.heading">Overdue recommendations</h1>
    <p class="hint" i18n="@@overdue.intro">A recommendation is overdue when a deadline of its mechanism has passed and no qualifying report has arrived.</p>
    <form class="filters" (ngSubmit)="apply()" aria-label="Filters" i18n-aria-label="@@overdue.filters">
      <span class="field">
        <label for="overdue-state" i18n="@@overdue.state">State</label>
        <select id="overdue-state" name="state" [(ngModel)]="state">
          <option value="" i18n="@@overdue.anyState">All States</option>
          @for (s of states(); track s.iso3) { <option [value]="s.iso3">{{ s.name }}</option> }
        </select>
      </span>
      <span class="field">
        <label for="overdue-mechanism" i18n="@@overdue.mechanism">Mechanism</label>
        <select id="overdue-mechanism" name="mechanism" [(ngModel)]="mechanism">
          <option value="" i18n="@@overdue.anyMechanism">All mechanisms</option>
          @for (m of mechanisms; track m) { <option [value]="m">{{ mechanismLabels[m] }}</option> }
        </select>
      </span>
      <span class="field">
        <label for="overdue-theme" i18n="@@overdue.theme">Theme</label>
        <select id="overdue-theme" name="theme" [(ngModel)]="theme">
          <option value="" i18n="@@overdue.anyTheme">All themes</option>
          @for (t of themes(); track t.code) { <option [value]="t.code">{{ t.name }}</option> }
        </select>
      </span>
      <span class="field">
        <label for="overdue-band" i18n="@@overdue.band">How late</label>
        <select id="overdue-band" name="band" [(ngModel)]="band">
          <option value="any" i18n="@@overdue.band.any">Any</option>
          <option value="under90" i18n="@@overdue.band.under90">Less than 90 days</option>
          <option value="under1year" i18n="@@overdue.band.under1year">90 days to a year</option>
          <option value="years1to2" i18n="@@overdue.band.years1to2">1 to 2 years</option>
          <option value="over2years" i18n="@@overdue.band.over2years">More than 2 years</option>
        </select>
      </span>
      <span class="field">
        <label for="overdue-sort" i18n="@@overdue.sort">Sort</label>
        <select id="overdue-sort" name="sort" [(ngModel)]="sort">
          <option value="most_late" i18n="@@overdue.sort.most">Most late first</option>
          <option value="least_late" i18n="@@overdue.sort.least">Least late first</option>
        </select>
      </span>
      <button type="submit" class="button button--primary" i18n="@@overdue.apply">Show</button>
    </form>

    <p class="actions">
      <a class="button" [href]="csvHref()" download i18n="@@overdue.export">Export as CSV</a>
      @if (signedIn()) {
        @if (query().state?.[0]; as iso3) {
          <button type="button" class="button" (click)="follow('state', iso3)" i18n="@@overdue.followState">Follow this State</button>
        }
        @if (query().theme?.[0]; as code) {
          <button type="button" class="button" (click)="follow('theme', code)" i18n="@@overdue.followTheme">Follow this theme</button>
        }
        <a routerLink="/notifications" i18n="@@overdue.notifications">Your notifications and followed States and themes</a>
      } @else {
        <a routerLink="/login" [queryParams]="{ returnUrl: '/overdue' }" i18n="@@overdue.signInToFollow">Sign in to follow a State or a theme</a>
      }
    </p>
    <div aria-live="polite">
      @if (message(); as m) { <p role="status">{{ m }}</p> }
      @if (error(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
    </div>

    @if (page(); as p) {
      <p role="status" i18n="@@overdue.count">{p.total, plural, =0 {No overdue recommendation} =1 {1 overdue deadline} other {{{ p.total }} overdue deadlines}} as of {{ p.asOf | date: 'longDate' }}.</p>
      @if (p.items.length > 0) {
        <div class="table-scroll" role="region" aria-labelledby="overdue-caption" tabindex="0">
          <table class="data-table">
            <caption id="overdue-caption" class="visually-hidden" i18n="@@overdue.caption">Overdue recommendations</caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@overdue.col.recommendation">Recommendation</th>
                <th scope="col" i18n="@@overdue.col.state">State</th>
                <th scope="col" i18n="@@overdue.col.deadline">Deadline</th>
                <th scope="col" i18n="@@overdue.col.due">Due</th>
                <th scope="col" i18n="@@overdue.col.late">Days late</th>
                <th scope="col" i18n="@@overdue.col.status">Status</th>
              </tr>
            </thead>
            <tbody>
              @for (item of p.items; track item.recommendationId + item.deadline) {
                <tr>
                  <td><a [routerLink]="['/recommendations', item.recommendationId]">{{ reference(item) }}</a> — <span [attr.lang]="item.language" dir="auto">{{ item.text }}</span></td>
                  <td>{{ item.stateName }}</td>
                  <td>{{ deadlineLabels[item.deadline] }}@if (item.voluntary) { <span class="muted" i18n="@@overdue.voluntary"> (voluntary)</span> }</td>
                  <td><time [attr.datetime]="item.dueOn">{{ item.dueOn | date: 'mediumDate' }}</time></td>
                  <td class="overdue-days">{{ item.daysLate }}</td>
                  <td><span class="badge" [attr.data-status]="item.status">{{ statusLabels[item.status] }}</span></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <nav class="actions" aria-label="Pages" i18n-aria-label="@@overdue.pages">
          <button type="button" class="button" [disabled]="offset() === 0" (click)="offset.set(offset() - pageSize)" i18n="@@overdue.previous">Previous page</button>
          <button type="button" class="button" [disabled]="offset() + pageSize >= p.total" (click)="offset.set(offset() + pageSize)" i18n="@@overdue.next">Next page</button>
        </nav>
      }
    } @else if (failed()) {
      <p class="notice notice--error" role="alert" i18n="@@overdue.error">The overdue list could not be loaded.</p>
    } @else {
      <p role="status" i18n="@@overdue.loading">Loading…</p>
    }
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverduePage {
  private readonly api = inject(FollowUpApi);
  private readonly store = inject(AuthStore);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly mechanisms = MECHANISMS;
  protected readonly mechanismLabels = MECHANISM_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly deadlineLabels = DEADLINE_LABELS;
  protected readonly reference = recommendationReference;
  protected state = '';
  protected mechanism = '';
  protected theme = '';
  protected band: LatenessBand = 'any';
  protected sort: 'most_late' | 'least_late' = 'most_late';
  protected readonly query = signal<OverdueQuery>(overdueQuery({ state: '', mechanism: '', theme: '', band: 'any', sort: 'most_late' }));
  protected readonly offset = signal(0);
  protected readonly failed = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly signedIn = computed(() => this.store.signedIn());
  protected readonly csvHref = computed(() => overdueCsvHref(this.query()));

  protected readonly states = toSignal(this.api.states().pipe(catchError(() => of<StateDto[]>([]))), { initialValue: [] });
  protected readonly themes = toSignal(
    this.api.reference().pipe(
      map((r): VocabularyEntryDto[] => r.themes),
      catchError(() => of<VocabularyEntryDto[]>([])),
    ),
    { initialValue: [] },
  );
  protected readonly page = toSignal(
    combineLatest([toObservable(this.query), toObservable(this.offset)]).pipe(
      switchMap(([query, offset]) =>
        this.api.overdue(query, offset, PAGE_SIZE).pipe(
          catchError(() => {
            this.failed.set(true);
            return of<OverduePageDto | null>(null);
          }),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected apply(): void {
    this.failed.set(false);
    this.offset.set(0);
    this.query.set(overdueQuery({ state: this.state, mechanism: this.mechanism, theme: this.theme, band: this.band, sort: this.sort }));
  }

  protected follow(kind: SubscriptionKind, target: string): void {
    this.message.set(null);
    this.error.set(null);
    this.api.follow(kind, target).subscribe({
      next: (subscription) => this.message.set($localize`:@@overdue.followed:You now follow ${subscription.label}:name:: newly overdue recommendations will come in your notifications.`),
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@overdue.followFailed:Could not follow it.`)),
    });
  }
}
