import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import type { AssessmentDto, ImplementationStatus } from '../../../api/models';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { AccessApi } from '../access.api';
import { ORIGIN_LABELS } from '../access-labels';
import { AuthStore } from '../auth.store';
import { fieldErrors, problemMessage } from '../http-problem';

const STATUSES: readonly ImplementationStatus[] = ['no_information', 'not_implemented', 'partially_implemented', 'fully_implemented'];

/**
 * The assessments of one recommendation that the caller may read, and, for those who may file
 * one (a monitor; a focal point of the State concerned), the form to do so.
 */
@Component({
  selector: 'app-recommendation-assessments',
  imports: [FormsModule, RouterLink],
  template: `
    <section aria-labelledby="assessments-heading">
      <h2 id="assessments-heading" i18n="@@assessments.heading">Implementation assessments</h2>
      @if (items(); as list) {
        @if (list.length === 0) {
          <p class="muted" i18n="@@assessments.none">No assessment you can read has been filed.</p>
        } @else {
          <ul>
            @for (a of list; track a.id) {
              <li>
                <a [routerLink]="['/assessments', a.id]">{{ originLabels[a.origin] }} {{ a.id }}</a> — {{ statusLabels[a.status] }}
                @if (a.confidential) { <span class="badge" i18n="@@assessment.confidential">Confidential</span> }
                @if (!a.publishedAt) { <span class="badge" i18n="@@assessment.draft">Draft</span> }
              </li>
            }
          </ul>
        }
      }
      @if (mayFile()) {
        <form class="form" (ngSubmit)="file()" aria-labelledby="file-heading">
          <h3 id="file-heading">{{ fileHeading() }}</h3>
          <p class="field">
            <label for="assessment-status" i18n="@@assessments.status">Implementation status</label>
            <select id="assessment-status" name="status" [(ngModel)]="status">
              @for (s of statuses; track s) { <option [value]="s">{{ statusLabels[s] }}</option> }
            </select>
          </p>
          <p class="field">
            <label for="assessment-narrative" i18n="@@assessments.narrative">What was done, and the evidence</label>
            <textarea id="assessment-narrative" name="narrative" rows="5" required [(ngModel)]="narrative" [attr.aria-invalid]="errors()['narrative'] ? true : null" aria-describedby="assessment-narrative-error"></textarea>
            @if (errors()['narrative']; as reason) { <span id="assessment-narrative-error" class="field__error">{{ reason }}</span> }
          </p>
          @if (mayMarkConfidential()) {
            <p class="field field--inline">
              <input id="assessment-confidential" name="confidential" type="checkbox" [(ngModel)]="confidential" />
              <label for="assessment-confidential" i18n="@@assessments.confidential">Confidential: only OHCHR and my organisation see it and who filed it</label>
            </p>
          }
          <div aria-live="polite">
            @if (message(); as m) { <p role="status">{{ m }}</p> }
            @if (error(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
          </div>
          <button type="submit" class="button button--primary" i18n="@@assessments.submit">File the assessment</button>
        </form>
      }
    </section>
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationAssessments {
  private readonly api = inject(AccessApi);
  private readonly store = inject(AuthStore);
  private readonly reloads = new Subject<void>();

  readonly recommendationId = input.required<number>();
  /** The State under review of the recommendation. */
  readonly stateIso3 = input.required<string>();

  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly originLabels = ORIGIN_LABELS;
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected status: ImplementationStatus = 'no_information';
  protected narrative = '';
  protected confidential = false;

  protected readonly items = toSignal(
    toObservable(this.recommendationId).pipe(
      switchMap((id) =>
        this.reloads.pipe(
          startWith(undefined),
          switchMap(() => this.api.assessments(id).pipe(map((page): AssessmentDto[] => page.items), catchError(() => of<AssessmentDto[] | null>(null)))),
        ),
      ),
    ),
    { initialValue: null },
  );

  private readonly role = computed(() => (this.store.signedIn() && this.store.can('assessments:submit') ? this.store.user()?.role ?? null : null));
  protected readonly mayMarkConfidential = computed(() => this.role() === 'ngo_monitor');
  protected readonly mayFile = computed(() => this.role() === 'ngo_monitor' || (this.role() === 'state_focal_point' && this.store.user()?.stateIso3 === this.stateIso3()));
  protected readonly fileHeading = computed(() =>
    this.role() === 'state_focal_point'
      ? $localize`:@@assessments.file.state:Report on this recommendation`
      : $localize`:@@assessments.file.civilSociety:File an independent assessment`,
  );

  protected file(): void {
    this.error.set(null);
    this.errors.set({});
    this.api
      .createAssessment({ recommendationId: this.recommendationId(), status: this.status, narrative: this.narrative.trim(), confidential: this.mayMarkConfidential() && this.confidential })
      .subscribe({
        next: () => {
          this.narrative = '';
          this.confidential = false;
          this.message.set($localize`:@@assessments.filed:Your assessment was filed as a draft; OHCHR publishes it after review.`);
          this.reloads.next();
        },
        error: (error: unknown) => {
          this.errors.set(fieldErrors(error));
          this.error.set(problemMessage(error, $localize`:@@assessments.error:The assessment could not be filed.`));
        },
      });
  }
}
