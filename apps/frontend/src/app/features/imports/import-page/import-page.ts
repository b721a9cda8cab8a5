import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Subject, distinctUntilChanged, filter, map, shareReplay, startWith, switchMap, takeWhile, timer } from 'rxjs';
import type { ImportIssueDto } from '../../../api/models';
import { loadEach } from '../../../shared/load-state';
import { fieldErrors, problemMessage } from '../../access/http-problem';
import { FORMAT_LABELS, SEVERITY_LABELS, STATUS_LABELS, isActive } from '../import-format';
import { ImportProgress } from '../import-progress/import-progress';
import { ImportsApi, reportHref } from '../imports.api';

/** How often the page asks for the progress of a running import. */
export const POLL_MS = 1000;

interface Report {
  readonly importId: number;
  readonly items: readonly ImportIssueDto[];
  readonly nextCursor: string | null;
}

/**
 * Import page: upload an export (picked or dropped), watch its progress, read its row report and
 * download it as CSV; earlier imports are listed below.
 */
@Component({
  selector: 'app-import-page',
  imports: [DatePipe, DecimalPipe, ImportProgress],
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(ImportsApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly destroyRef = inject(DestroyRef);
  private readonly listReloads = new Subject<void>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly severityLabels = SEVERITY_LABELS;
  protected readonly reportHref = reportHref;

  /** A file dropped on the form (a picked file is read from the input when the form is sent). */
  protected readonly droppedFile = signal<File | null>(null);
  protected readonly dragging = signal(false);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly uploadFieldErrors = signal<Readonly<Record<string, string>>>({});

  protected readonly selectedId = signal<number | null>(null);
  private readonly selections = new Subject<number>();

  protected readonly imports = toSignal(this.listReloads.pipe(startWith(undefined), loadEach(() => this.api.list())), { requireSync: true });

  /** The selected import, asked again every second until it has completed or failed. */
  private readonly run$ = this.selections.pipe(
    switchMap((id) =>
      timer(0, POLL_MS).pipe(
        switchMap(() => this.api.get(id)),
        takeWhile((run) => isActive(run), true),
      ),
    ),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  protected readonly run = toSignal(this.run$, { initialValue: null });
  protected readonly report = signal<Report | null>(null);
  protected readonly loadingMore = signal(false);

  protected readonly finishedMessage = computed(() => {
    const run = this.run();
    if (run === null || isActive(run)) return '';
    return run.status === 'completed'
      ? $localize`:Announced when an import ends@@imports.announce.completed:Import of ${run.fileName}:file: completed.`
      : $localize`:Announced when an import fails@@imports.announce.failed:Import of ${run.fileName}:file: failed.`;
  });

  constructor() {
    // When the selected import ends: refresh the list and load the first page of its row report.
    this.run$
      .pipe(
        filter((run) => !isActive(run)),
        map((run) => run.id),
        distinctUntilChanged(),
        switchMap((id) => {
          this.listReloads.next();
          return this.api.issues(id, null).pipe(map((page) => ({ importId: id, ...page })));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((report) => this.report.set(report));
  }

  protected select(id: number): void {
    if (this.selectedId() !== id) this.report.set(null);
    this.selectedId.set(id);
    this.selections.next(id);
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent, input: HTMLInputElement): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files.item(0) ?? null;
    if (file) {
      input.value = '';
      this.droppedFile.set(file);
    }
  }

  protected onPicked(): void {
    this.droppedFile.set(null);
  }

  protected upload(event: Event, input: HTMLInputElement, state: string, session: string): void {
    event.preventDefault();
    const file = this.droppedFile() ?? input.files?.item(0) ?? null;
    if (file === null) {
      this.uploadFieldErrors.set({ file: $localize`:Error when the import form is sent without a file@@imports.upload.noFile:Choose a file to import.` });
      this.uploadError.set(null);
      return;
    }
    const facts = { ...(state.trim() !== '' ? { stateUnderReview: state.trim() } : {}), ...(session.trim() !== '' ? { session: Number(session) } : {}) };
    this.uploading.set(true);
    this.uploadError.set(null);
    this.uploadFieldErrors.set({});
    this.api
      .upload(file, facts)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (run) => {
          this.uploading.set(false);
          this.droppedFile.set(null);
          input.value = '';
          this.select(run.id);
          this.listReloads.next();
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          const fields = fieldErrors(error);
          this.uploadFieldErrors.set(fields);
          this.uploadError.set(
            Object.keys(fields).length > 0 ? null : problemMessage(error, $localize`:Error when an upload fails@@imports.upload.failed:The file could not be uploaded. Try again.`),
          );
        },
      });
  }

  protected showMore(): void {
    const report = this.report();
    if (report === null || report.nextCursor === null) return;
    this.loadingMore.set(true);
    this.api
      .issues(report.importId, report.nextCursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.loadingMore.set(false);
          this.report.set({ importId: report.importId, items: [...report.items, ...page.items], nextCursor: page.nextCursor });
        },
        error: () => this.loadingMore.set(false),
      });
  }

  protected retryList(): void {
    this.listReloads.next();
  }

  protected rowLabel(rowNumber: number): string {
    return rowNumber === 0 ? $localize`:Report line about the whole file, not one row@@imports.report.wholeFile:Whole file` : new Intl.NumberFormat(this.locale).format(rowNumber);
  }
}
