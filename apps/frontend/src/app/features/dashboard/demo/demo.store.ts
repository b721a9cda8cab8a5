import { Injectable, inject, signal } from '@angular/core';
import { catchError, of, tap, type Observable } from 'rxjs';
import { DashboardApi, type DemoLoaded, type DemoRemoved, type DemoStatus } from '../dashboard.api';

/**
 * Whether demo data is in the registry (the banner shows it on every page) and whether the
 * registry is empty (the overview's first run). Asked once at start and after a load or removal.
 */
@Injectable({ providedIn: 'root' })
export class DemoStore {
  private readonly api = inject(DashboardApi);
  private readonly current = signal<DemoStatus | null>(null);

  private readonly version = signal(0);

  /** Null until the first answer (or when the server could not answer). */
  readonly status = this.current.asReadonly();
  /** Goes up when demo data was loaded or removed: pages showing data load it again. */
  readonly changes = this.version.asReadonly();

  refresh(): Observable<DemoStatus | null> {
    return this.api.demoStatus().pipe(
      catchError(() => of(null)),
      tap((status) => this.current.set(status)),
    );
  }

  load(): Observable<DemoLoaded> {
    return this.api.loadDemo().pipe(tap(() => this.changed()));
  }

  remove(): Observable<DemoRemoved> {
    return this.api.removeDemo().pipe(tap(() => this.changed()));
  }

  private changed(): void {
    this.version.update((v) => v + 1);
    this.refresh().subscribe();
  }
}
