import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Subject, catchError, map, merge, of, startWith, switchMap } from 'rxjs';
import type { ReportDto, ReportTransitionAction } from '../../../api/models';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { fieldErrors, problemMessage, statusOf } from '../../access/http-problem';
import { evidenceHref, FollowUpApi } from '../follow-up.api';
import { REPORT_STATUS_LABELS, REPORT_STEP_LABELS, recommendationReference } from '../follow-up-labels';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly report: ReportDto } | { readonly kind: 'refused' | 'missing' | 'signIn' | 'error' };

/**
 * One implementation report: its content, evidence and workflow. The focal points of its State
 * edit, attach evidence and submit; OHCHR returns it with comments, validates and publishes. Only
 * the actions the server says the caller may take are offered.
 */
@Component({
  selector: 'app-report-page',
  imports: [DatePipe, FormsModule, RouterLink],
  template: `
    @switch (loaded().kind) {
      @case ('loading') {
        <p role="status" i18n="@@report.loading">Loading the report…</p>
      }
      @case ('refused') {
        <h1 i18n="@@report.refused.heading">Access refused</h1>
        <p role="alert" i18n="@@report.refused.text">This report is not published: only its State’s focal points and OHCHR may read it.</p>
      }
      @case ('missing') {
        <h1 i18n="@@report.missing.heading">Report not found</h1>
      }
      @case ('signIn') {
        <h1 i18n="@@report.signIn.heading">Sign in to read this report</h1>
        <p><a routerLink="/login" [queryParams]="{ returnUrl: '/reports/' + id() }" i18n="@@report.signIn.link">Sign in</a></p>
      }
      @case ('error') {
        <h1 i18n="@@report.error.heading">Report unavailable</h1>
        <p role="alert" i18n="@@report.error.text">The report could not be loaded. Check your connection and try again.</p>
      }
    }
    @if (report(); as r) {
      <article aria-labelledby="report-heading">
        <p><a routerLink="/reports" i18n="@@report.back">All reports</a></p>
        <p class="muted">{{ r.stateName }} · <span i18n="@@report.period">Period {{ r.periodFrom | date: 'mediumDate' }} – {{ r.periodTo | date: 'mediumDate' }}</span></p>
        <h1 id="report-heading">{{ r.title }}</h1>
        <p><span class="badge" data-report-status [attr.data-value]="r.status">{{ reportStatusLabels[r.status] }}</span></p>
        @if (r.status === 'returned' && lastReturn(); as comments) {
          <div class="notice notice--error" role="note">
            <p><strong i18n="@@report.returnedComments">OHCHR returned the report with these comments:</strong></p>
            <p class="narrative">{{ comments }}</p>
          </div>
        }

        <div aria-live="polite">
          @if (message(); as m) { <p role="status">{{ m }}</p> }
          @if (error(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
        </div>

        <section aria-labelledby="report-actions-heading">
          <h2 id="report-actions-heading" class="visually-hidden" i18n="@@report.actions">Actions</h2>
          <div class="actions">
            @if (r.actions.edit) {
              <a class="button" [routerLink]="['/reports', r.id, 'edit']" i18n="@@report.edit">Edit the report</a>
            }
            @if (r.actions.submit) {
              <button type="button" class="button button--primary" (click)="act(r, 'submit')" i18n="@@report.submit">Submit to OHCHR</button>
            }
            @if (r.actions.validate) {
              <button type="button" class="button button--primary" (click)="act(r, 'validate')" i18n="@@report.validate">Validate</button>
            }
            @if (r.actions.publish) {
              <button type="button" class="button button--primary" (click)="act(r, 'publish')" i18n="@@report.publish">Publish</button>
            }
          </div>
          @if (r.actions.return) {
            <form class="form" (ngSubmit)="returnReport(r)">
              <p class="field">
                <label for="return-comments" i18n="@@report.returnComments">Comments for the State (what to change)</label>
                <textarea id="return-comments" name="comments" rows="3" [(ngModel)]="comments" [attr.aria-invalid]="errors()['comments'] ? true : null" aria-describedby="return-comments-error"></textarea>
                @if (errors()['comments']; as reason) { <span id="return-comments-error" class="field__error">{{ reason }}</span> }
              </p>
              <button type="submit" class="button" i18n="@@report.return">Return with comments</button>
            </form>
          }
        </section>

        <section aria-labelledby="report-narrative-heading">
          <h2 id="report-narrative-heading" i18n="@@report.narrative">What was done</h2>
          <p class="narrative">{{ r.narrative }}</p>
          @if (r.measuresTaken) {
            <h3 i18n="@@report.measures">Measures taken</h3>
            <p class="narrative">{{ r.measuresTaken }}</p>
          }
          @if (r.institutions.length > 0) {
            <h3 i18n="@@report.institutions">Responsible institutions</h3>
            <ul>
              @for (institution of r.institutions; track institution.id) {
                <li><a [routerLink]="['/stakeholders', institution.id]">{{ institution.name }}</a></li>
              }
            </ul>
          }
        </section>

        <section aria-labelledby="report-items-heading">
          <h2 id="report-items-heading" i18n="@@report.items">Recommendations and claimed status</h2>
          <div class="table-scroll" role="region" aria-labelledby="report-items-heading" tabindex="0">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col" i18n="@@report.items.recommendation">Recommendation</th>
                  <th scope="col" i18n="@@report.items.status">Claimed status</th>
                </tr>
              </thead>
              <tbody>
                @for (item of r.items; track item.recommendationId) {
                  <tr>
                    <td><a [routerLink]="['/recommendations', item.recommendationId]">{{ reference(item) }}</a> — <span [attr.lang]="item.language" dir="auto">{{ item.text }}</span></td>
                    <td><span class="badge" [attr.data-status]="item.status">{{ statusLabels[item.status] }}</span></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="report-evidence-heading">
          <h2 id="report-evidence-heading" i18n="@@report.evidence">Evidence</h2>
          @if (r.evidence.length === 0) {
            <p class="muted" i18n="@@report.evidence.none">No evidence attached.</p>
          } @else {
            <ul>
              @for (e of r.evidence; track e.id) {
                <li>
                  @if (e.kind === 'file') {
                    <a [href]="href(r.id, e.id)" download>{{ e.title }}</a>&#32;<span class="muted">({{ e.fileName }}, SHA-256 {{ e.sha256?.slice(0, 12) }}…)</span>
                  } @else {
                    <a [href]="e.url" rel="noopener noreferrer" target="_blank">{{ e.title }}</a>
                  }
                  @if (r.actions.edit) {
                    &#32;<button type="button" class="link-button" (click)="remove(r, e.id)" i18n="@@report.evidence.remove">Remove <span class="visually-hidden">{{ e.title }}</span></button>
                  }
                </li>
              }
            </ul>
          }
          @if (r.actions.edit) {
            <form class="form" (ngSubmit)="upload(r)">
              <h3 i18n="@@report.evidence.addFile">Attach a file</h3>
              <p class="field">
                <label for="evidence-file-title" i18n="@@report.evidence.title">Title</label>
                <input id="evidence-file-title" name="fileTitle" [(ngModel)]="fileTitle" required />
              </p>
              <p class="field">
                <label for="evidence-file" i18n="@@report.evidence.file">File (PDF, image, text or office document)</label>
                <input id="evidence-file" name="file" type="file" (change)="pick($event)" [attr.aria-invalid]="errors()['file'] ? true : null" aria-describedby="evidence-file-error" />
                @if (errors()['file']; as reason) { <span id="evidence-file-error" class="field__error">{{ reason }}</span> }
              </p>
              <button type="submit" class="button" i18n="@@report.evidence.upload">Attach the file</button>
            </form>
            <form class="form" (ngSubmit)="addLink(r)">
              <h3 i18n="@@report.evidence.addLink">Add a link</h3>
              <p class="field">
                <label for="evidence-link-title" i18n="@@report.evidence.linkTitle">Title of the link</label>
                <input id="evidence-link-title" name="linkTitle" [(ngModel)]="linkTitle" required />
              </p>
              <p class="field">
                <label for="evidence-link-url" i18n="@@report.evidence.url">Address (https://…)</label>
                <input id="evidence-link-url" name="linkUrl" type="url" [(ngModel)]="linkUrl" required [attr.aria-invalid]="errors()['url'] ? true : null" aria-describedby="evidence-link-error" />
                @if (errors()['url']; as reason) { <span id="evidence-link-error" class="field__error">{{ reason }}</span> }
              </p>
              <button type="submit" class="button" i18n="@@report.evidence.addLinkButton">Add the link</button>
            </form>
          }
        </section>

        <section aria-labelledby="report-history-heading">
          <h2 id="report-history-heading" i18n="@@report.history">History</h2>
          <ol class="timeline">
            @for (step of r.history; track $index) {
              <li>
                <time [attr.datetime]="step.onDate">{{ step.onDate | date: 'mediumDate' }}</time> — {{ stepLabel(step.action) }}
                @if (step.comments) { : <q>{{ step.comments }}</q> }
              </li>
            }
          </ol>
        </section>
      </article>
    }
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  private readonly api = inject(FollowUpApi);
  private readonly updates = new Subject<ReportDto>();
  private readonly reloads = new Subject<void>();

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly reportStatusLabels = REPORT_STATUS_LABELS;
  protected readonly reference = recommendationReference;
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected comments = '';
  protected fileTitle = '';
  protected linkTitle = '';
  protected linkUrl = '';
  private file: File | null = null;

  protected readonly loaded = toSignal(
    merge(
      merge(toObservable(this.id), this.reloads.pipe(map(() => this.id()))).pipe(
        switchMap((raw) => {
          const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
          if (id === null) return of<Loaded>({ kind: 'missing' });
          return this.api.report(id).pipe(
            map((report): Loaded => ({ kind: 'ready', report })),
            catchError((error: unknown) => {
              const status = statusOf(error);
              return of<Loaded>({ kind: status === 403 ? 'refused' : status === 404 ? 'missing' : status === 401 ? 'signIn' : 'error' });
            }),
            startWith<Loaded>({ kind: 'loading' }),
          );
        }),
      ),
      this.updates.pipe(map((report): Loaded => ({ kind: 'ready', report }))),
    ),
    { initialValue: { kind: 'loading' } as Loaded },
  );
  protected readonly report = computed(() => {
    const loaded = this.loaded();
    return loaded.kind === 'ready' ? loaded.report : null;
  });
  protected readonly lastReturn = computed(() => [...(this.report()?.history ?? [])].reverse().find((s) => s.action === 'return')?.comments ?? null);

  protected stepLabel(action: string): string {
    return REPORT_STEP_LABELS[action] ?? action;
  }

  protected href(reportId: number, evidenceId: number): string {
    return evidenceHref(reportId, evidenceId);
  }

  protected act(report: ReportDto, action: Exclude<ReportTransitionAction, 'return'>): void {
    const done: Record<typeof action, string> = {
      submit: $localize`:@@report.done.submit:The report was submitted to OHCHR.`,
      validate: $localize`:@@report.done.validate:The report was validated.`,
      publish: $localize`:@@report.done.publish:The report was published; its claimed statuses are now public.`,
    };
    this.run(this.api.transition(report.id, action, report.version), done[action]);
  }

  protected returnReport(report: ReportDto): void {
    this.run(this.api.transition(report.id, 'return', report.version, this.comments), $localize`:@@report.done.return:The report was returned to the State with your comments.`, () => (this.comments = ''));
  }

  protected pick(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.item(0) ?? null;
  }

  protected upload(report: ReportDto): void {
    if (this.file === null) {
      this.errors.set({ file: $localize`:@@report.evidence.noFile:Choose a file.` });
      return;
    }
    this.clear();
    this.api.addFile(report.id, this.file, this.fileTitle.trim() || this.file.name).subscribe({
      next: () => {
        this.fileTitle = '';
        this.message.set($localize`:@@report.evidence.uploaded:The file was attached.`);
        this.reloads.next();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected addLink(report: ReportDto): void {
    this.clear();
    this.api.addLink(report.id, this.linkTitle.trim(), this.linkUrl.trim()).subscribe({
      next: () => {
        this.linkTitle = '';
        this.linkUrl = '';
        this.message.set($localize`:@@report.evidence.linked:The link was added.`);
        this.reloads.next();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected remove(report: ReportDto, evidenceId: number): void {
    this.clear();
    this.api.removeEvidence(report.id, evidenceId).subscribe({
      next: () => {
        this.message.set($localize`:@@report.evidence.removed:The evidence was removed.`);
        this.reloads.next();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private run(request: ReturnType<FollowUpApi['transition']>, success: string, after?: () => void): void {
    this.clear();
    request.subscribe({
      next: (report) => {
        after?.();
        this.message.set(success);
        this.updates.next(report);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private clear(): void {
    this.message.set(null);
    this.error.set(null);
    this.errors.set({});
  }

  private fail(error: unknown): void {
    this.errors.set(fieldErrors(error));
    this.error.set(
      statusOf(error) === 409
        ? $localize`:@@report.conflict:The report changed in the meantime: it was reloaded, check it and try again.`
        : problemMessage(error, $localize`:@@report.failed:The action could not be completed.`),
    );
    if (statusOf(error) === 409) this.reloads.next();
  }
}
