import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, filter, of, switchMap, take } from 'rxjs';
import type { AssignmentCreateDto, AssignmentResultDto, StakeholderRole } from '../../../api/models';
import { problemMessage } from '../../access/http-problem';
import { STAKEHOLDER_ROLE_LABELS } from '../../recommendations/recommendation-labels';
import { FILTER_DIMENSIONS, type RecommendationSearch } from '../../recommendations/recommendation.models';
import { FollowUpApi } from '../follow-up.api';

/** The explorer's search as the filter of an assignment: the same `q` and values the list uses. */
export function assignmentFilter(search: RecommendationSearch): AssignmentCreateDto['filter'] {
  const filter: Record<string, unknown> = {};
  if (search.q !== '') filter['q'] = search.q;
  for (const dimension of FILTER_DIMENSIONS) {
    if (search.filters[dimension].length > 0) filter[dimension] = [...search.filters[dimension]];
  }
  return filter as AssignmentCreateDto['filter'];
}

const ROLES: readonly StakeholderRole[] = ['lead', 'partner', 'monitor'];

/**
 * OHCHR: gives a stakeholder a role (lead, partner, monitor) on every recommendation the explorer's
 * search selects — counted first, then assigned, so nobody assigns thousands by mistake.
 */
@Component({
  selector: 'app-bulk-assign',
  imports: [FormsModule],
  template: `
    <details class="bulk-assign" (toggle)="opened.set(true)">
      <summary i18n="@@bulkAssign.summary">Assign these recommendations to a stakeholder</summary>
      <form class="form" (ngSubmit)="count()">
        <p class="field">
          <label for="bulk-assign-stakeholder" i18n="@@bulkAssign.stakeholder">Stakeholder</label>
          <select id="bulk-assign-stakeholder" name="stakeholder" required [ngModel]="stakeholderId()" (ngModelChange)="stakeholderId.set($event); preview.set(null)">
            <option value="" i18n="@@bulkAssign.choose">Choose…</option>
            @for (s of stakeholders(); track s.id) { <option [value]="s.id">{{ s.name }}</option> }
          </select>
        </p>
        <p class="field">
          <label for="bulk-assign-role" i18n="@@bulkAssign.role">Role</label>
          <select id="bulk-assign-role" name="role" [ngModel]="role()" (ngModelChange)="role.set($event); preview.set(null)">
            @for (r of roles; track r) { <option [value]="r">{{ roleLabels[r] }}</option> }
          </select>
        </p>
        <button type="submit" class="button" [disabled]="busy() || stakeholderId() === ''" i18n="@@bulkAssign.count">Count the recommendations</button>
      </form>
      <div aria-live="polite">
        @if (preview(); as p) {
          <p role="status">
            <span i18n="@@bulkAssign.matched">{p.matched, plural, =0 {No recommendation matches the search.} =1 {1 recommendation matches the search.} other {{{ p.matched }} recommendations match the search.}}</span>
            @if (p.alreadyAssigned > 0) {
              &ngsp;<span i18n="@@bulkAssign.already">{p.alreadyAssigned, plural, =1 {1 already has this role.} other {{{ p.alreadyAssigned }} already have this role.}}</span>
            }
          </p>
          @if (toAssign() > 0) {
            <button type="button" class="button button--primary" [disabled]="busy()" (click)="assign()" i18n="@@bulkAssign.assign">{toAssign(), plural, =1 {Assign 1 recommendation} other {Assign {{ toAssign() }} recommendations}}</button>
          }
        }
        @if (done(); as d) {
          <p role="status" i18n="@@bulkAssign.done">{d.assigned, plural, =0 {Nothing new was assigned.} =1 {1 recommendation assigned.} other {{{ d.assigned }} recommendations assigned.}}</p>
        }
        @if (error(); as e) {
          <p class="notice notice--error" role="alert">{{ e }}</p>
        }
      </div>
    </details>
  `,
  styles: `
    .bulk-assign { margin-block: 0.75rem; }
    .bulk-assign summary { cursor: pointer; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkAssign {
  private readonly api = inject(FollowUpApi);

  readonly search = input.required<RecommendationSearch>();

  protected readonly roles = ROLES;
  protected readonly roleLabels = STAKEHOLDER_ROLE_LABELS;
  /** The stakeholder list loads when the panel is first opened. */
  protected readonly opened = signal(false);
  private readonly all = toSignal(
    toObservable(this.opened).pipe(
      filter(Boolean),
      take(1),
      switchMap(() => this.api.stakeholders().pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );
  protected readonly stakeholders = computed(() => [...this.all()].sort((a, b) => a.name.localeCompare(b.name)));
  protected readonly stakeholderId = signal('');
  protected readonly role = signal<StakeholderRole>('lead');
  protected readonly busy = signal(false);
  protected readonly preview = signal<AssignmentResultDto | null>(null);
  protected readonly done = signal<AssignmentResultDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly toAssign = computed(() => {
    const p = this.preview();
    return p === null ? 0 : p.matched - p.alreadyAssigned;
  });

  constructor() {
    // Another search: what was counted no longer applies.
    effect(() => {
      this.search();
      this.preview.set(null);
      this.done.set(null);
    });
  }

  protected count(): void {
    this.send(true);
  }

  protected assign(): void {
    this.send(false);
  }

  private send(dryRun: boolean): void {
    const id = Number(this.stakeholderId());
    if (!Number.isInteger(id) || id <= 0) return;
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    this.api.assign(id, { role: this.role(), filter: assignmentFilter(this.search()), dryRun }).subscribe({
      next: (result) => {
        this.busy.set(false);
        if (dryRun) {
          this.preview.set(result);
        } else {
          this.preview.set(null);
          this.done.set(result);
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error, $localize`:@@bulkAssign.error:The recommendations could not be assigned.`));
      },
    });
  }
}
