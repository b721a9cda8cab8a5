import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, catchError, map, merge, of, startWith, switchMap } from 'rxjs';
import type { AssessmentDto, AssessmentSourceDto } from '../../../api/models';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { AccessApi } from '../access.api';
import { ORIGIN_LABELS } from '../access-labels';
import { problemMessage, statusOf } from '../http-problem';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly assessment: AssessmentDto } | { readonly kind: 'refused' | 'missing' | 'signIn' | 'error' };

/**
 * One assessment. Refusals are explicit: another State's report answers "access refused"; a
 * confidential assessment answers "not found", as if it did not exist (the server does the same).
 */
@Component({
  selector: 'app-assessment-page',
  imports: [DatePipe, RouterLink],
  template: `
    @switch (loaded().kind) {
      @case ('loading') {
        <p role="status" i18n="@@assessment.loading">Loading the assessment…</p>
      }
      @case ('refused') {
        <h1 i18n="@@assessment.refused.heading">Access refused</h1>
        <p role="alert" i18n="@@assessment.refused.text">You do not have access to this report: it is not published, and only its authors and OHCHR may read it.</p>
      }
      @case ('missing') {
        <h1 i18n="@@assessment.missing.heading">Assessment not found</h1>
        <p i18n="@@assessment.missing.text">There is no assessment with the number {{ id() }}, or the link is wrong.</p>
      }
      @case ('signIn') {
        <h1 i18n="@@assessment.signIn.heading">Sign in to read this report</h1>
        <p><a routerLink="/login" [queryParams]="{ returnUrl: '/assessments/' + id() }" i18n="@@assessment.signIn.link">Sign in</a></p>
      }
      @case ('error') {
        <h1 i18n="@@assessment.error.heading">Assessment unavailable</h1>
        <p role="alert" i18n="@@assessment.error.text">The assessment could not be loaded. Check your connection and try again.</p>
      }
    }
    @if (assessment(); as a) {
      <article aria-labelledby="assessment-heading">
        <p><a [routerLink]="['/recommendations', a.recommendationId]" i18n="@@assessment.back">Back to the recommendation</a></p>
        <h1 id="assessment-heading">{{ originLabels[a.origin] }} {{ a.id }}</h1>
        <ul class="detail__badges">
          <li class="badge" [attr.data-status]="a.status">{{ statusLabels[a.status] }}</li>
          @if (a.confidential) {
            <li class="badge" i18n="Marks an assessment whose content and source only OHCHR and its authors see@@assessment.confidential">Confidential</li>
          }
          <li class="badge">{{ a.publishedAt ? published : draft }}</li>
        </ul>
        <p class="narrative">{{ a.narrative }}</p>
        <p class="muted" i18n="@@assessment.updated">Last changed {{ a.updatedAt | date: 'medium' }}.</p>
        <div aria-live="polite">
          @if (message(); as m) { <p role="status">{{ m }}</p> }
          @if (actionError(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
        </div>
        @if (source(); as s) {
          <section aria-labelledby="source-heading">
            <h2 id="source-heading" i18n="@@assessment.source.heading">Filed by</h2>
            <p>{{ s.organisationName ?? s.stateIso3 }} — {{ s.authorName }}</p>
            <p class="hint" i18n="@@assessment.source.audited">This reading was recorded in the audit log.</p>
          </section>
        }
        <p class="actions">
          @if (a.actions.readSource && !source()) {
            <button type="button" class="button" (click)="showSource(a)" i18n="@@assessment.showSource">Show who filed it (recorded in the audit log)</button>
          }
          @if (a.actions.publish) {
            <button type="button" class="button button--primary" (click)="publish(a)" i18n="@@assessment.publish">Publish</button>
          }
        </p>
      </article>
    }
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentPage {
  private readonly api = inject(AccessApi);
  private readonly updates = new Subject<AssessmentDto>();

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly originLabels = ORIGIN_LABELS;
  protected readonly published = $localize`:@@assessment.published:Published`;
  protected readonly draft = $localize`:@@assessment.draft:Draft`;
  protected readonly source = signal<AssessmentSourceDto | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly loaded = toSignal(
    merge(
      toObservable(this.id).pipe(
        switchMap((raw) => {
          const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
          if (id === null) return of<Loaded>({ kind: 'missing' });
          return this.api.assessment(id).pipe(
            map((assessment): Loaded => ({ kind: 'ready', assessment })),
            catchError((error: unknown) => {
              const status = statusOf(error);
              return of<Loaded>({ kind: status === 403 ? 'refused' : status === 404 ? 'missing' : status === 401 ? 'signIn' : 'error' });
            }),
            startWith<Loaded>({ kind: 'loading' }),
          );
        }),
      ),
      this.updates.pipe(map((assessment): Loaded => ({ kind: 'ready', assessment }))),
    ),
    { initialValue: { kind: 'loading' } as Loaded },
  );
  protected readonly assessment = computed(() => {
    const loaded = this.loaded();
    return loaded.kind === 'ready' ? loaded.assessment : null;
  });

  protected showSource(a: AssessmentDto): void {
    this.api.assessmentSource(a.id).subscribe({
      next: (source) => this.source.set(source),
      error: (error: unknown) => this.actionError.set(problemMessage(error, $localize`:@@assessment.sourceError:The source could not be shown.`)),
    });
  }

  protected publish(a: AssessmentDto): void {
    this.api.publishAssessment(a.id).subscribe({
      next: (updated) => {
        this.updates.next(updated);
        this.message.set($localize`:@@assessment.publishedMessage:The assessment is published.`);
      },
      error: (error: unknown) => this.actionError.set(problemMessage(error, $localize`:@@assessment.publishError:The assessment could not be published.`)),
    });
  }
}
