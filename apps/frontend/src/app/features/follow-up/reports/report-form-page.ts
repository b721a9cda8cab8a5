import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import type { ImplementationStatus, ReportDto, StakeholderDto } from '../../../api/models';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { AccessApi } from '../../access/access.api';
import { AuthStore } from '../../access/auth.store';
import { fieldErrors, problemMessage, statusOf } from '../../access/http-problem';
import { FollowUpApi } from '../follow-up.api';

const STATUSES: readonly ImplementationStatus[] = ['not_implemented', 'partially_implemented', 'fully_implemented', 'no_information'];

interface ItemRow {
  recommendationId: string;
  status: ImplementationStatus;
}

/**
 * Drafting (or changing) an implementation report: a State focal point, on its own State's
 * recommendations. A change based on an old version is refused by the server (409): the form says
 * so and reloads the current report instead of overwriting it.
 */
@Component({
  selector: 'app-report-form-page',
  imports: [FormsModule, RouterLink],
  template: `
    <p><a [routerLink]="reportId() ? ['/reports', reportId()] : ['/reports']" i18n="@@reportForm.back">Back</a></p>
    <h1 id="report-form-heading">{{ heading() }}</h1>
    <form class="form" (ngSubmit)="save()" aria-labelledby="report-form-heading">
      <p class="field">
        <label for="report-title" i18n="@@reportForm.title">Title</label>
        <input id="report-title" name="title" [(ngModel)]="title" required [attr.aria-invalid]="errors()['title'] ? true : null" aria-describedby="report-title-error" />
        @if (errors()['title']; as reason) { <span id="report-title-error" class="field__error">{{ reason }}</span> }
      </p>
      <fieldset class="field">
        <legend i18n="@@reportForm.period">Period covered</legend>
        <span class="actions">
          <label for="report-from" i18n="@@reportForm.from">From</label>
          <input id="report-from" name="periodFrom" type="date" [(ngModel)]="periodFrom" required [attr.aria-invalid]="errors()['periodFrom'] ? true : null" />
          <label for="report-to" i18n="@@reportForm.to">to</label>
          <input id="report-to" name="periodTo" type="date" [(ngModel)]="periodTo" required [attr.aria-invalid]="errors()['periodTo'] ? true : null" aria-describedby="report-period-error" />
        </span>
        @if (periodError(); as reason) { <span id="report-period-error" class="field__error">{{ reason }}</span> }
      </fieldset>
      <fieldset class="field">
        <legend i18n="@@reportForm.items">Recommendations and the status you claim for each</legend>
        @for (item of items(); track $index; let i = $index) {
          <span class="actions">
            <label [for]="'item-rec-' + i" i18n="@@reportForm.itemNumber">Recommendation number</label>
            <input [id]="'item-rec-' + i" [name]="'rec' + i" inputmode="numeric" [(ngModel)]="item.recommendationId" required [attr.aria-invalid]="itemError(i) ? true : null" [attr.aria-describedby]="'item-error-' + i" />
            <label [for]="'item-status-' + i" i18n="@@reportForm.itemStatus">Status</label>
            <select [id]="'item-status-' + i" [name]="'status' + i" [(ngModel)]="item.status">
              @for (s of statuses; track s) { <option [value]="s">{{ statusLabels[s] }}</option> }
            </select>
            @if (items().length > 1) {
              <button type="button" class="link-button" (click)="removeItem(i)" i18n="@@reportForm.removeItem">Remove <span class="visually-hidden">recommendation {{ item.recommendationId }}</span></button>
            }
            @if (itemError(i); as reason) { <span [id]="'item-error-' + i" class="field__error">{{ reason }}</span> }
          </span>
        }
        <button type="button" class="button" (click)="addItem()" i18n="@@reportForm.addItem">Add a recommendation</button>
      </fieldset>
      <p class="field">
        <label for="report-narrative" i18n="@@reportForm.narrative">What was done, and what it changed</label>
        <textarea id="report-narrative" name="narrative" rows="6" [(ngModel)]="narrative" required [attr.aria-invalid]="errors()['narrative'] ? true : null" aria-describedby="report-narrative-error"></textarea>
        @if (errors()['narrative']; as reason) { <span id="report-narrative-error" class="field__error">{{ reason }}</span> }
      </p>
      <p class="field">
        <label for="report-measures" i18n="@@reportForm.measures">Measures taken (laws, policies, budgets, programmes)</label>
        <textarea id="report-measures" name="measuresTaken" rows="4" [(ngModel)]="measuresTaken"></textarea>
      </p>
      @if (institutions().length > 0) {
        <fieldset class="field">
          <legend i18n="@@reportForm.institutions">Responsible institutions</legend>
          @for (s of institutions(); track s.id) {
            <span class="field--inline">
              <input type="checkbox" [id]="'institution-' + s.id" [name]="'institution' + s.id" [ngModel]="chosen().has(s.id)" (ngModelChange)="toggle(s.id, $event)" />
              <label [for]="'institution-' + s.id">{{ s.name }}</label>
            </span>
          }
        </fieldset>
      }
      <div aria-live="polite">
        @if (error(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
      </div>
      <button type="submit" class="button button--primary" i18n="@@reportForm.save">Save the draft</button>
    </form>
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFormPage {
  private readonly api = inject(FollowUpApi);
  private readonly access = inject(AccessApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  /** `:id` when changing a report (route reports/:id/edit); absent for a new one. */
  readonly id = input<string>();
  /** `?recommendation=` to start a report on that recommendation. */
  readonly recommendation = input<string>();

  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly reportId = computed(() => {
    const raw = this.id();
    return raw !== undefined && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  });
  protected readonly heading = computed(() =>
    this.reportId() === null ? $localize`:@@reportForm.heading.new:New implementation report` : $localize`:@@reportForm.heading.edit:Change the implementation report`,
  );
  protected readonly items = signal<ItemRow[]>([{ recommendationId: '', status: 'partially_implemented' }]);
  protected readonly chosen = signal<ReadonlySet<number>>(new Set());
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected title = '';
  protected narrative = '';
  protected measuresTaken = '';
  protected periodFrom = '';
  protected periodTo = '';
  private version = 0;

  protected readonly institutions = toSignal(
    this.access.stakeholders().pipe(
      map((list): StakeholderDto[] => list.filter((s) => s.stateIso3 !== null && s.stateIso3 === this.store.user()?.stateIso3 && ['government_institution', 'parliament', 'judiciary', 'nhri'].includes(s.kind))),
      catchError(() => of<StakeholderDto[]>([])),
    ),
    { initialValue: [] },
  );

  constructor() {
    effect(() => {
      const id = this.reportId();
      const start = this.recommendation();
      untracked(() => {
        if (id !== null) this.api.report(id).subscribe({ next: (report) => this.fill(report), error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@reportForm.loadError:The report could not be loaded.`)) });
        else if (start !== undefined && /^[1-9]\d{0,9}$/.test(start)) this.items.set([{ recommendationId: start, status: 'partially_implemented' }]);
      });
    });
  }

  protected addItem(): void {
    this.items.update((list) => [...list, { recommendationId: '', status: 'partially_implemented' }]);
  }

  protected removeItem(index: number): void {
    this.items.update((list) => list.filter((_, i) => i !== index));
  }

  protected toggle(id: number, on: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected periodError(): string | null {
    const errors = this.errors();
    return errors['periodTo'] ?? errors['periodFrom'] ?? null;
  }

  protected itemError(index: number): string | null {
    return this.errors()[`items.${index}.recommendationId`] ?? null;
  }

  protected save(): void {
    this.error.set(null);
    this.errors.set({});
    const items = this.items().map((i) => ({ recommendationId: Number(i.recommendationId.trim()), status: i.status }));
    const badIndex = items.findIndex((i) => !Number.isInteger(i.recommendationId) || i.recommendationId < 1);
    if (badIndex !== -1) {
      this.errors.set({ [`items.${badIndex}.recommendationId`]: $localize`:@@reportForm.badNumber:Enter the number of a recommendation.` });
      return;
    }
    const body = { title: this.title.trim(), narrative: this.narrative.trim(), measuresTaken: this.measuresTaken.trim(), periodFrom: this.periodFrom, periodTo: this.periodTo, items, institutionIds: [...this.chosen()] };
    const id = this.reportId();
    const request = id === null ? this.api.createReport(body) : this.api.updateReport(id, { version: this.version, ...body });
    request.subscribe({
      next: (report) => void this.router.navigate(['/reports', report.id]),
      error: (error: unknown) => {
        this.errors.set(fieldErrors(error));
        if (statusOf(error) === 409 && id !== null) {
          this.error.set($localize`:@@reportForm.conflict:Someone changed this report while you were editing it. The current version is shown below: apply your changes again.`);
          this.api.report(id).subscribe((report) => this.fill(report));
          return;
        }
        this.error.set(problemMessage(error, $localize`:@@reportForm.error:The report could not be saved.`));
      },
    });
  }

  private fill(report: ReportDto): void {
    this.version = report.version;
    this.title = report.title;
    this.narrative = report.narrative;
    this.measuresTaken = report.measuresTaken;
    this.periodFrom = report.periodFrom;
    this.periodTo = report.periodTo;
    this.items.set(report.items.map((i) => ({ recommendationId: String(i.recommendationId), status: i.status })));
    this.chosen.set(new Set(report.institutions.map((i) => i.id)));
  }
}
