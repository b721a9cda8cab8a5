import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, combineLatest, filter, map, startWith, switchMap, takeWhile, timer } from 'rxjs';
import type { CooperationRuleId, FlagSeverity, FlagStatus, SweepDto } from '../../../api/models';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { AuthStore } from '../../access/auth.store';
import { fieldErrors, problemMessage } from '../../access/http-problem';
import { FLAG_SEVERITY_LABELS, FLAG_STATUS_LABELS, RULE_LABELS } from '../flag-labels';
import { FlagsApi, type FlagFilters } from '../flags.api';
import { sweepPercent, sweepProgressText } from '../sweep-progress';

/** How often the board asks for the progress of a running sweep. */
export const SWEEP_POLL_MS = 1000;

const STATUSES = Object.keys(FLAG_STATUS_LABELS) as FlagStatus[];
const SEVERITIES = Object.keys(FLAG_SEVERITY_LABELS) as FlagSeverity[];
const RULES = Object.keys(RULE_LABELS) as CooperationRuleId[];

/**
 * The non-cooperation board: flags by State, rule and status with filters, most severe first;
 * "Evaluate now" (OHCHR officers) with the sweep's progress. Flags are evidence for review.
 */
@Component({
  selector: 'app-flag-board',
  imports: [RouterLink],
  templateUrl: './flag-board.html',
  styleUrl: './flag-board.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlagBoard {
  private readonly api = inject(FlagsApi);
  private readonly auth = inject(AuthStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reloads = new Subject<void>();
  private readonly sweepIds = new Subject<number>();

  protected readonly statusLabels = FLAG_STATUS_LABELS;
  protected readonly severityLabels = FLAG_SEVERITY_LABELS;
  protected readonly ruleLabels = RULE_LABELS;
  protected readonly statuses = STATUSES;
  protected readonly severities = SEVERITIES;
  protected readonly rules = RULES;

  protected readonly filters = signal<FlagFilters>({});
  protected readonly flags = toSignal(
    combineLatest([toObservable(this.filters), this.reloads.pipe(startWith(undefined))]).pipe(loadEach(([filters]) => this.api.list(filters))),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly counts = computed(() => {
    const byStatus = new Map((this.flags().value?.byStatus ?? []).map((c) => [c.status, c.count]));
    return STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  });

  /** Only OHCHR officers ask for an evaluation (the server checks it too). */
  protected readonly canEvaluate = computed(() => this.auth.user()?.role === 'ohchr_officer');
  protected readonly isAdministrator = computed(() => this.auth.can('users:manage'));
  protected readonly sweep = signal<SweepDto | null>(null);
  protected readonly evaluating = signal(false);
  protected readonly evaluateError = signal<string | null>(null);
  protected readonly evaluateFieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly percent = computed(() => {
    const sweep = this.sweep();
    return sweep === null ? 0 : sweepPercent(sweep);
  });
  protected readonly progressText = computed(() => {
    const sweep = this.sweep();
    return sweep === null ? '' : sweepProgressText(sweep);
  });
  protected readonly finishedMessage = computed(() => {
    const sweep = this.sweep();
    return sweep !== null && !sweep.running ? $localize`:Announced when a sweep ends@@flags.sweep.finished:Evaluation finished: ${sweep.done}:done: of ${sweep.total}:total: States evaluated.` : '';
  });

  constructor() {
    // Follow a sweep until it ends, then show the flags it raised.
    this.sweepIds
      .pipe(
        switchMap((id) =>
          timer(0, SWEEP_POLL_MS).pipe(
            switchMap(() => this.api.sweep(id)),
            takeWhile((s) => s.running, true),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((sweep) => {
        this.sweep.set(sweep);
        if (!sweep.running) this.reloads.next();
      });
    // A sweep already running (scheduled, or asked for by someone else) shows its progress too.
    this.api
      .sweeps()
      .pipe(
        map((list) => list.find((s) => s.running)),
        filter((s): s is SweepDto => s !== undefined),
        takeUntilDestroyed(),
      )
      .subscribe({ next: (s) => this.follow(s), error: () => undefined });
  }

  protected applyFilters(event: Event, state: string, rule: string, status: string, severity: string, persistent: boolean): void {
    event.preventDefault();
    const iso3 = state.trim().toUpperCase();
    this.filters.set({
      ...(iso3 !== '' ? { state: iso3 } : {}),
      ...(rule !== '' ? { rule: rule as CooperationRuleId } : {}),
      ...(status !== '' ? { status: status as FlagStatus } : {}),
      ...(severity !== '' ? { severity: severity as FlagSeverity } : {}),
      ...(persistent ? { persistent: 'true' as const } : {}),
    });
  }

  protected showStatus(status: FlagStatus): void {
    this.filters.update((f) => ({ ...f, status }));
  }

  protected evaluate(event: Event, state: string): void {
    event.preventDefault();
    const iso3 = state.trim().toUpperCase();
    this.evaluating.set(true);
    this.evaluateError.set(null);
    this.evaluateFieldErrors.set({});
    this.api
      .evaluate(iso3 === '' ? null : iso3)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (sweep) => {
          this.evaluating.set(false);
          this.follow(sweep);
        },
        error: (error: unknown) => {
          this.evaluating.set(false);
          const fields = fieldErrors(error);
          this.evaluateFieldErrors.set(fields);
          this.evaluateError.set(
            Object.keys(fields).length > 0 ? null : problemMessage(error, $localize`:Error when an evaluation cannot start@@flags.evaluate.failed:The evaluation could not be started. Try again.`),
          );
        },
      });
  }

  private follow(sweep: SweepDto): void {
    this.sweep.set(sweep);
    this.sweepIds.next(sweep.id);
  }
}
