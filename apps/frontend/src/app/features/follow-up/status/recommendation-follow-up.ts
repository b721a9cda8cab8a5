import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { CCPR_2013_GRADES, CCPR_LEGACY_GRADES, IMPLEMENTATION_GRADES, type GradeScale } from '@tracker/domain';
import type { DeadlineDto, StatusOverviewDto } from '../../../api/models';
import type { Mechanism } from '../../recommendations/recommendation.models';
import { fieldErrors, problemMessage } from '../../access/http-problem';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { AuthStore } from '../../access/auth.store';
import { FollowUpApi } from '../follow-up.api';
import { DEADLINE_LABELS, GRADE_SCALE_LABELS, PARTY_LABELS, SOURCE_LABELS } from '../follow-up-labels';
import { statusColumns } from './status-columns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const IMPLEMENTATION_GRADE_LABELS: Readonly<Record<(typeof IMPLEMENTATION_GRADES)[number], string>> = {
  fully_implemented: STATUS_LABELS.fully_implemented,
  partially_implemented: STATUS_LABELS.partially_implemented,
  not_implemented: STATUS_LABELS.not_implemented,
};

/** The grades of a scale, as the options of the grade field. */
function gradeOptionsOf(scale: GradeScale): readonly { value: string; label: string }[] {
  if (scale === 'implementation') return IMPLEMENTATION_GRADES.map((g) => ({ value: g, label: IMPLEMENTATION_GRADE_LABELS[g] }));
  return (scale === 'ccpr_2013' ? CCPR_2013_GRADES : CCPR_LEGACY_GRADES).map((g) => ({ value: g, label: g }));
}

/**
 * Follow-up of one recommendation: the status each party asserts, side by side, as of a date (the
 * parties that disagree with the State highlighted), the claims over time, treaty-body grades and
 * deadlines. What the caller may not see (confidential claims) is left out by the server.
 */
@Component({
  selector: 'app-recommendation-follow-up',
  imports: [DatePipe, FormsModule, RouterLink],
  template: `
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" i18n="@@followUp.heading">Implementation status by party</h2>
      <p class="filters">
        <span class="field">
          <label for="follow-up-as-of" i18n="@@followUp.asOf">Status as of</label>
          <input id="follow-up-as-of" type="date" name="asOf" [ngModel]="asOf()" (ngModelChange)="setAsOf($event)" />
        </span>
        @if (mayReport()) {
          <a class="button" routerLink="/reports/new" [queryParams]="{ recommendation: recommendationId() }" i18n="@@followUp.fileReport">File an implementation report on this recommendation</a>
        }
      </p>
      @if (overview(); as o) {
        @if (o.disagreement.disagree) {
          <div class="notice notice--error" role="note">
            <p class="disagreement" i18n="@@followUp.disagreement">Independent assessments disagree with the State’s claim.</p>
            <ul>
              @for (item of o.disagreement.items; track item.party) {
                <li i18n="@@followUp.disagreementItem">{{ partyLabels[item.party] }} says {{ statusLabels[item.partyStatus] }}; the State says {{ statusLabels[item.stateStatus] }}.</li>
              }
            </ul>
          </div>
        }
        <ul class="status-grid" aria-label="Status asserted by each party" i18n-aria-label="@@followUp.columns">
          @for (column of columns(); track column.party) {
            <li class="status-card" [class.status-card--disagrees]="column.disagrees" [attr.data-party]="column.party">
              <h3>{{ partyLabels[column.party] }}</h3>
              @if (column.claim; as claim) {
                <p><span class="badge" [attr.data-status]="claim.status">{{ statusLabels[claim.status] }}</span></p>
                <p class="muted" i18n="@@followUp.since">Since {{ claim.effectiveOn | date: 'longDate' }} · {{ sourceLabels[claim.source] }}</p>
                @if (!claim.public) {
                  <p class="muted" i18n="@@followUp.notPublic">Not public: only OHCHR and its authors see it.</p>
                }
                @if (column.disagrees) {
                  <p class="disagreement" i18n="@@followUp.disagrees">Disagrees with the State</p>
                }
              } @else {
                <p class="muted" i18n="@@followUp.noClaim">No status reported.</p>
              }
            </li>
          }
        </ul>

        <h3 i18n="@@followUp.timeline">Timeline of status claims</h3>
        @if (o.timeline.length === 0) {
          <p class="muted" i18n="@@followUp.timelineEmpty">No status has been claimed yet.</p>
        } @else {
          <ol class="timeline">
            @for (claim of o.timeline; track claim.id) {
              <li>
                <time [attr.datetime]="claim.effectiveOn">{{ claim.effectiveOn | date: 'mediumDate' }}</time> — {{ partyLabels[claim.party] }}:
                <span class="badge" [attr.data-status]="claim.status">{{ statusLabels[claim.status] }}</span> ({{ sourceLabels[claim.source] }})
              </li>
            }
          </ol>
        }

        @if (o.grades.length > 0) {
          <h3 i18n="@@followUp.grades">Treaty-body follow-up grades</h3>
          <ul>
            @for (grade of o.grades; track grade.id) {
              <li>
                <strong>{{ grade.grade }}</strong> ({{ scaleLabels[grade.scale] }}, {{ grade.assessedOn | date: 'mediumDate' }}) — {{ grade.meaning }}
              </li>
            }
          </ul>
        }
      } @else if (failed()) {
        <p class="notice notice--error" role="alert" i18n="@@followUp.error">The status could not be loaded.</p>
      }

      @if (mayGrade()) {
        <form class="form grade-form" (ngSubmit)="addGrade()" aria-labelledby="grade-form-heading">
          <h3 id="grade-form-heading" i18n="@@followUp.gradeForm.heading">Record a treaty-body follow-up grade</h3>
          <p class="field">
            <label for="grade-scale" i18n="@@followUp.gradeForm.scale">Scale</label>
            <select id="grade-scale" name="scale" [ngModel]="gradeScale()" (ngModelChange)="chooseScale($event)">
              @for (scale of scales; track scale) { <option [value]="scale">{{ scaleLabels[scale] }}</option> }
            </select>
          </p>
          <p class="field">
            <label for="grade-value" i18n="@@followUp.gradeForm.grade">Grade</label>
            <select id="grade-value" name="grade" [(ngModel)]="gradeValue" [attr.aria-invalid]="gradeErrors()['grade'] ? true : null" [attr.aria-describedby]="gradeErrors()['grade'] ? 'grade-value-error' : null">
              @for (g of gradeOptions(); track g.value) { <option [value]="g.value">{{ g.label }}</option> }
            </select>
            @if (gradeErrors()['grade']; as reason) { <span id="grade-value-error" class="field__error">{{ reason }}</span> }
          </p>
          <p class="field">
            <label for="grade-assessed-on" i18n="@@followUp.gradeForm.assessedOn">Assessed on</label>
            <input id="grade-assessed-on" name="assessedOn" type="date" required [(ngModel)]="gradeAssessedOn" [attr.aria-invalid]="gradeErrors()['assessedOn'] ? true : null" [attr.aria-describedby]="gradeErrors()['assessedOn'] ? 'grade-assessed-on-error' : null" />
            @if (gradeErrors()['assessedOn']; as reason) { <span id="grade-assessed-on-error" class="field__error">{{ reason }}</span> }
          </p>
          <p class="field">
            <label for="grade-source" i18n="@@followUp.gradeForm.source">Follow-up report (document symbol, optional)</label>
            <input id="grade-source" name="sourceDocument" type="text" [(ngModel)]="gradeSource" placeholder="CCPR/C/128/3" />
          </p>
          <button type="submit" class="button button--primary" [disabled]="gradeBusy()" i18n="@@followUp.gradeForm.submit">Record the grade</button>
          <div aria-live="polite">
            @if (gradeMessage(); as m) { <p role="status">{{ m }}</p> }
            @if (gradeError(); as e) { <p class="notice notice--error" role="alert">{{ e }}</p> }
          </div>
        </form>
      }

      @if (deadlines(); as list) {
        <h3 i18n="@@followUp.deadlines">Deadlines</h3>
        @if (list.length === 0) {
          <p class="muted" i18n="@@followUp.noDeadlines">No deadline can be computed from what is recorded.</p>
        } @else {
          <div class="table-scroll" role="region" aria-label="Deadlines" i18n-aria-label="@@followUp.deadlinesRegion" tabindex="0">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col" i18n="@@followUp.deadline.kind">Deadline</th>
                  <th scope="col" i18n="@@followUp.deadline.due">Due</th>
                  <th scope="col" i18n="@@followUp.deadline.state">Situation</th>
                  <th scope="col" i18n="@@followUp.deadline.basis">How it is computed</th>
                </tr>
              </thead>
              <tbody>
                @for (d of list; track d.kind) {
                  <tr>
                    <td>{{ deadlineLabels[d.kind] }}</td>
                    <td><time [attr.datetime]="d.dueOn">{{ d.dueOn | date: 'mediumDate' }}</time></td>
                    <td>{{ situation(d) }}</td>
                    <td class="muted">{{ d.basis }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationFollowUp {
  private readonly api = inject(FollowUpApi);
  private readonly store = inject(AuthStore);

  readonly recommendationId = input.required<number>();
  /** The State under review of the recommendation. */
  readonly stateIso3 = input.required<string>();
  /** Its mechanism: follow-up grades are for treaty-body recommendations. */
  readonly mechanism = input<Mechanism | null>(null);

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly partyLabels = PARTY_LABELS;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly deadlineLabels = DEADLINE_LABELS;
  protected readonly scaleLabels = GRADE_SCALE_LABELS;
  /** Empty: as of today (the server's date). */
  protected readonly asOf = signal('');
  /** Bumped to load the status again after a change. */
  private readonly reload = signal(0);
  protected readonly scales: readonly GradeScale[] = ['ccpr_2013', 'ccpr_legacy', 'implementation'];
  protected readonly gradeScale = signal<GradeScale>('ccpr_2013');
  protected gradeValue = 'A';
  protected gradeAssessedOn = '';
  protected gradeSource = '';
  protected readonly gradeBusy = signal(false);
  protected readonly gradeMessage = signal<string | null>(null);
  protected readonly gradeError = signal<string | null>(null);
  protected readonly gradeErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly gradeOptions = computed(() => gradeOptionsOf(this.gradeScale()));
  protected readonly mayGrade = computed(() => this.mechanism() === 'treaty_body' && this.store.can('registry:write'));
  protected readonly failed = signal(false);

  protected readonly overview = toSignal(
    combineLatest([toObservable(this.recommendationId), toObservable(this.asOf), toObservable(this.reload)]).pipe(
      switchMap(([id, asOf]) =>
        this.api.status(id, asOf === '' ? undefined : asOf).pipe(
          catchError(() => {
            this.failed.set(true);
            return of<StatusOverviewDto | null>(null);
          }),
        ),
      ),
    ),
    { initialValue: null },
  );
  protected readonly columns = computed(() => {
    const overview = this.overview();
    return overview ? statusColumns(overview) : [];
  });
  protected readonly deadlines = toSignal(
    toObservable(this.recommendationId).pipe(switchMap((id) => this.api.deadlines(id).pipe(map((list): DeadlineDto[] | null => list), catchError(() => of(null))))),
    { initialValue: null },
  );
  protected readonly mayReport = computed(() => this.store.signedIn() && this.store.user()?.role === 'state_focal_point' && this.store.user()?.stateIso3 === this.stateIso3());

  protected chooseScale(scale: GradeScale): void {
    this.gradeScale.set(scale);
    this.gradeValue = gradeOptionsOf(scale)[0]?.value ?? '';
  }

  protected addGrade(): void {
    this.gradeBusy.set(true);
    this.gradeMessage.set(null);
    this.gradeError.set(null);
    this.gradeErrors.set({});
    const source = this.gradeSource.trim();
    this.api
      .addGrade(this.recommendationId(), { scale: this.gradeScale(), grade: this.gradeValue, assessedOn: this.gradeAssessedOn, ...(source === '' ? {} : { sourceDocument: source }) })
      .subscribe({
        next: (grade) => {
          this.gradeBusy.set(false);
          this.gradeMessage.set($localize`:Message after recording a grade@@followUp.gradeForm.done:Grade ${grade.grade}:grade: recorded.`);
          this.gradeSource = '';
          this.reload.update((n) => n + 1);
        },
        error: (error: unknown) => {
          this.gradeBusy.set(false);
          this.gradeErrors.set(fieldErrors(error));
          this.gradeError.set(problemMessage(error, $localize`:@@followUp.gradeForm.error:The grade could not be recorded.`));
        },
      });
  }

  protected setAsOf(value: string): void {
    if (value === '' || ISO_DATE.test(value)) this.asOf.set(value);
  }

  protected situation(d: DeadlineDto): string {
    if (d.milestone) return $localize`:Situation of a calendar milestone@@followUp.situation.milestone:Milestone`;
    if (d.metOn !== null) return $localize`:Situation of a deadline met by a document@@followUp.situation.met:Met on ${d.metOn}:date:`;
    if (d.overdue) return $localize`:Situation of an overdue deadline@@followUp.situation.overdue:Overdue by ${d.daysLate ?? 0}:days: days`;
    return d.voluntary
      ? $localize`:Situation of a voluntary deadline not yet due@@followUp.situation.voluntary:Upcoming (voluntary)`
      : $localize`:Situation of a deadline not yet due@@followUp.situation.upcoming:Upcoming`;
  }
}
