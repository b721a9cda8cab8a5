import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import type { StakeholderDetailDto, WorklistDto } from '../../../api/models';
import { STAKEHOLDER_KIND_LABELS } from '../../recommendations/recommendation-labels';
import { FollowUpApi } from '../follow-up.api';
import { WorklistTable } from './worklist-table';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly stakeholder: StakeholderDetailDto } | { readonly kind: 'missing' | 'error' };

/** A stakeholder and the recommendations it follows up, with their status and next deadline, overdue first. */
@Component({
  selector: 'app-stakeholder-page',
  imports: [FormsModule, WorklistTable],
  template: `
    @switch (loaded().kind) {
      @case ('loading') { <p role="status" i18n="@@stakeholder.loading">Loading…</p> }
      @case ('missing') { <h1 i18n="@@stakeholder.missing">Stakeholder not found</h1> }
      @case ('error') { <h1 i18n="@@stakeholder.error">Stakeholder unavailable</h1> }
    }
    @if (stakeholder(); as s) {
      <h1>{{ s.name }}@if (s.acronym) { ({{ s.acronym }}) }</h1>
      <p class="muted">{{ kindLabels[s.kind] }}@if (s.stateIso3) { · {{ s.stateIso3 }} }</p>
      <h2 i18n="@@stakeholder.recommendations">Recommendations it follows up</h2>
      <p class="field--inline">
        <input id="stakeholder-overdue" type="checkbox" name="overdueOnly" [ngModel]="overdueOnly()" (ngModelChange)="overdueOnly.set($event)" />
        <label for="stakeholder-overdue" i18n="@@stakeholder.overdueOnly">Only overdue ones</label>
      </p>
      @if (worklist(); as w) {
        <p role="status" i18n="@@stakeholder.count">{w.total, plural, =0 {No recommendation} =1 {1 recommendation} other {{{ w.total }} recommendations}}</p>
        @if (w.items.length > 0) {
          <app-worklist-table [items]="w.items" [label]="worklistLabel" />
        }
      }
    }
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StakeholderPage {
  private readonly api = inject(FollowUpApi);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly kindLabels = STAKEHOLDER_KIND_LABELS;
  protected readonly worklistLabel = $localize`:@@stakeholder.worklistLabel:Recommendations of this stakeholder`;
  protected readonly overdueOnly = signal(false);
  private readonly numericId = toObservable(this.id).pipe(map((raw) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null)));

  protected readonly loaded = toSignal(
    this.numericId.pipe(
      switchMap((id) =>
        id === null
          ? of<Loaded>({ kind: 'missing' })
          : this.api.stakeholder(id).pipe(
              map((stakeholder): Loaded => ({ kind: 'ready', stakeholder })),
              catchError((error: unknown) => of<Loaded>({ kind: (error as { status?: number }).status === 404 ? 'missing' : 'error' })),
            ),
      ),
    ),
    { initialValue: { kind: 'loading' } as Loaded },
  );
  protected readonly worklist = toSignal(
    combineLatest([this.numericId, toObservable(this.overdueOnly)]).pipe(
      switchMap(([id, overdueOnly]) => (id === null ? of(null) : this.api.stakeholderWorklist(id, overdueOnly).pipe(catchError(() => of<WorklistDto | null>(null))))),
    ),
    { initialValue: null },
  );

  protected stakeholder(): StakeholderDetailDto | null {
    const loaded = this.loaded();
    return loaded.kind === 'ready' ? loaded.stakeholder : null;
  }
}
