import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Subject, combineLatest, of, startWith } from 'rxjs';
import { Api } from '../../api/api';
import type { CooperationImportReportDto } from '../../api/models';
import { INITIAL_LOAD_STATE, loadEach } from '../../shared/load-state';
import { fieldErrors, problemMessage } from '../access/http-problem';
import { formBody, formValues, type FormValues } from './cooperation-form';
import { COOPERATION_KINDS, kindOf, type CooperationRow, type FieldSpec } from './cooperation-kinds';

/**
 * Cooperation records of one kind (the `:kind` route parameter): the list, a form to add or edit a
 * record, archiving, and a CSV upload answered with its row-level report.
 */
@Component({
  selector: 'app-cooperation-page',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './cooperation-page.html',
  styleUrl: './cooperation-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CooperationPage {
  private readonly api = inject(Api);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reloads = new Subject<void>();

  /** The `:kind` route parameter (bound by the router). */
  readonly kind = input.required<string>();

  protected readonly kinds = COOPERATION_KINDS;
  protected readonly spec = computed(() => kindOf(this.kind()) ?? null);
  protected readonly stateFilter = signal<string | null>(null);
  protected readonly records = toSignal(
    combineLatest([toObservable(this.spec), toObservable(this.stateFilter), this.reloads.pipe(startWith(undefined))]).pipe(
      loadEach(([spec, state]) => (spec === null ? of([] as CooperationRow[]) : spec.api.list(this.api, state))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly columns = computed(() => {
    const spec = this.spec();
    if (spec === null) return [];
    return spec.columns.map((name) => ({ name, label: spec.fields.find((f) => f.name === name)?.label ?? $localize`:Column of visit requests@@coop.col.currentStatus:Current status` }));
  });

  protected readonly treatyOptions = computed(() => this.spec()?.fields.find((f) => f.name === 'treaty')?.options ?? []);

  /** The record being edited; null while adding a new one. */
  protected readonly editing = signal<CooperationRow | null>(null);
  protected readonly values = signal<FormValues>({});
  protected readonly formErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly announcement = signal('');

  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly report = signal<CooperationImportReportDto | null>(null);

  constructor() {
    toObservable(this.spec)
      .pipe(takeUntilDestroyed())
      .subscribe((spec) => {
        this.editing.set(null);
        this.values.set(formValues(spec?.fields ?? [], null));
        this.formErrors.set({});
        this.formError.set(null);
        this.report.set(null);
      });
  }

  protected cell(record: CooperationRow, name: string): string {
    const value = record[name];
    if (value === null || value === undefined) return '—';
    const field = this.spec()?.fields.find((f) => f.name === name);
    return field?.options?.find((o) => o.value === value)?.label ?? String(value);
  }

  protected filter(event: Event, state: string): void {
    event.preventDefault();
    const iso3 = state.trim().toUpperCase();
    this.stateFilter.set(iso3 === '' ? null : iso3);
  }

  protected valueOf(name: string): string {
    return this.values()[name] ?? '';
  }

  protected setValue(name: string, value: string): void {
    this.values.update((v) => ({ ...v, [name]: value }));
  }

  protected edit(record: CooperationRow): void {
    this.editing.set(record);
    this.values.set(formValues(this.spec()?.fields ?? [], record));
    this.formErrors.set({});
    this.formError.set(null);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.formErrors.set({});
    this.formError.set(null);
    this.values.set(formValues(this.spec()?.fields ?? [], null));
  }

  protected save(event: Event): void {
    event.preventDefault();
    const spec = this.spec();
    if (spec === null) return;
    const editing = this.editing();
    const built = formBody(spec.fields, this.values(), editing?.version ?? null);
    if ('problems' in built) {
      this.formErrors.set(built.problems);
      return;
    }
    this.saving.set(true);
    this.formErrors.set({});
    this.formError.set(null);
    const request = editing === null ? spec.api.create(this.api, built.body) : spec.api.update(this.api, editing.id, built.body);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.announcement.set($localize`:Announced after a record is saved@@coop.form.saved:Record ${saved.id}:id: saved.`);
        this.editing.set(null);
        this.values.set(formValues(spec.fields, null));
        this.reloads.next();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = fieldErrors(error);
        this.formErrors.set(fields);
        this.formError.set(Object.keys(fields).length > 0 ? null : problemMessage(error, $localize`:Error when a record cannot be saved@@coop.form.failed:The record could not be saved.`));
      },
    });
  }

  protected archive(record: CooperationRow): void {
    const spec = this.spec();
    if (spec === null) return;
    spec.api
      .archive(this.api, record.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.announcement.set($localize`:Announced after a record is archived@@coop.archived:Record ${record.id}:id: archived.`);
          this.reloads.next();
        },
        error: (error: unknown) => this.formError.set(problemMessage(error, $localize`:Error when a record cannot be archived@@coop.archiveFailed:The record could not be archived.`)),
      });
  }

  protected upload(event: Event, input: HTMLInputElement, treaty: string): void {
    event.preventDefault();
    const spec = this.spec();
    const file = input.files?.item(0) ?? null;
    if (spec === null) return;
    if (file === null) {
      this.uploadError.set($localize`:Error when the upload form is sent without a file@@coop.upload.noFile:Choose a CSV file.`);
      return;
    }
    this.uploading.set(true);
    this.uploadError.set(null);
    this.report.set(null);
    spec.api
      .importCsv(this.api, file, treaty === '' ? null : treaty)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.uploading.set(false);
          this.report.set(report);
          input.value = '';
          this.reloads.next();
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          const fields = Object.values(fieldErrors(error));
          this.uploadError.set(fields.length > 0 ? fields.join(' ') : problemMessage(error, $localize`:Error when an upload fails@@coop.upload.failed:The file could not be imported.`));
        },
      });
  }

  protected inputType(field: FieldSpec): string {
    switch (field.type) {
      case 'date':
        return 'date';
      case 'integer':
        return 'number';
      case 'text':
      case 'select':
      case 'history':
        return 'text';
    }
  }
}
