import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, combineLatest, map, of, startWith } from 'rxjs';
import type { FlagDetailDto, FlagReviewDto } from '../../../api/models';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { fieldErrors, problemMessage, statusOf } from '../../access/http-problem';
import { FLAG_SEVERITY_LABELS, FLAG_STATUS_LABELS, RECORD_KIND_LABELS, REVIEW_ACTION_LABELS, RULE_CATEGORY_LABELS, RULE_LABELS } from '../flag-labels';
import { FlagsApi } from '../flags.api';

/** A route parameter as a flag id, or null when it cannot be one. */
export function parseFlagId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/**
 * One flag: the rule and its source, what it found in each window with the exact records it cites,
 * the history of the flag, and the review actions the caller may take (OHCHR officers: take under
 * review, confirm, dismiss with a reason).
 */
@Component({
  selector: 'app-flag-page',
  imports: [DatePipe, RouterLink],
  templateUrl: './flag-page.html',
  styleUrl: './flag-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlagPage {
  private readonly api = inject(FlagsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly retries = new Subject<void>();

  /** The `:id` route parameter (bound by the router). */
  readonly id = input.required<string>();

  protected readonly statusLabels = FLAG_STATUS_LABELS;
  protected readonly severityLabels = FLAG_SEVERITY_LABELS;
  protected readonly ruleLabels = RULE_LABELS;
  protected readonly categoryLabels = RULE_CATEGORY_LABELS;
  protected readonly kindLabels = RECORD_KIND_LABELS;

  private readonly loaded = toSignal(
    combineLatest([toObservable(this.id), this.retries.pipe(startWith(undefined))]).pipe(
      map(([id]) => parseFlagId(id)),
      loadEach((id) => (id === null ? of(null) : this.api.get(id))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  /** The flag as last answered by a review step, else as loaded. */
  private readonly reviewed = signal<FlagDetailDto | null>(null);
  protected readonly state = this.loaded;
  protected readonly flag = computed<FlagDetailDto | null | undefined>(() => this.reviewed() ?? this.loaded().value);
  protected readonly notFound = computed(() => this.loaded().status === 'error' && statusOf((this.loaded() as { error: unknown }).error) === 404);
  protected readonly forbidden = computed(() => this.loaded().status === 'error' && [401, 403].includes(statusOf((this.loaded() as { error: unknown }).error)));

  protected readonly saving = signal(false);
  protected readonly reviewError = signal<string | null>(null);
  protected readonly reasonError = signal<string | null>(null);
  protected readonly announcement = signal('');

  protected actionLabel(action: string): string {
    return (REVIEW_ACTION_LABELS as Readonly<Record<string, string>>)[action] ?? action;
  }

  protected can(action: FlagReviewDto['action']): boolean {
    return this.flag()?.actions.includes(action) ?? false;
  }

  protected review(action: FlagReviewDto['action'], reason = ''): void {
    const flag = this.flag();
    if (!flag) return;
    if (action === 'dismiss' && reason.trim() === '') {
      this.reasonError.set($localize`:Error when a flag is dismissed without a reason@@flag.review.reasonRequired:Give the reason for dismissing this flag.`);
      return;
    }
    this.saving.set(true);
    this.reviewError.set(null);
    this.reasonError.set(null);
    this.api
      .review(flag.id, { action, version: flag.version, ...(reason.trim() !== '' ? { reason: reason.trim() } : {}) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.reviewed.set(updated);
          this.announcement.set($localize`:Announced after a review step@@flag.review.done:The flag is now: ${FLAG_STATUS_LABELS[updated.status]}:status:.`);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const reasonProblem = fieldErrors(error)['reason'];
          if (reasonProblem) this.reasonError.set(reasonProblem);
          else this.reviewError.set(problemMessage(error, $localize`:Error when a review step fails@@flag.review.failed:The decision could not be saved. Reload the flag and try again.`));
        },
      });
  }

  protected retry(): void {
    this.reviewed.set(null);
    this.retries.next();
  }
}
