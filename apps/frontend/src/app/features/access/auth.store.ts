import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, map, of, tap } from 'rxjs';
import type { Permission, SessionStateDto } from '../../api/models';
import { AccessApi } from './access.api';

const ANONYMOUS: SessionStateDto = { stage: 'anonymous', csrfToken: null, user: null };

/**
 * Who is signed in, at which sign-in step, and what they may do. The interface asks it before
 * offering an action; the server decides in any case.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AccessApi);
  private readonly current = signal<SessionStateDto | null>(null);

  /** Null until the first answer of the server. */
  readonly state = this.current.asReadonly();
  readonly loaded = computed(() => this.current() !== null);
  readonly user = computed(() => this.current()?.user ?? null);
  readonly stage = computed(() => this.current()?.stage ?? 'anonymous');
  readonly signedIn = computed(() => this.stage() === 'complete' && this.user() !== null);
  readonly csrfToken = computed(() => this.current()?.csrfToken ?? null);
  private readonly permissions = computed(() => new Set(this.user()?.permissions ?? []));

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /** Asks the server who we are (at start, and after anything that may have changed it). */
  refresh(): Observable<SessionStateDto> {
    return this.api.sessionState().pipe(
      catchError(() => of(ANONYMOUS)),
      tap((state) => this.current.set(state)),
    );
  }

  login(email: string, password: string): Observable<SessionStateDto> {
    return this.api.login(email, password).pipe(tap((state) => this.current.set(state)));
  }

  verifySecondFactor(code: string): Observable<SessionStateDto> {
    return this.api.verifySecondFactor(code).pipe(tap((state) => this.current.set(state)));
  }

  confirmEnrolment(code: string): Observable<SessionStateDto> {
    return this.api.confirmEnrolment(code).pipe(tap((state) => this.current.set(state)));
  }

  logout(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      tap(() => this.current.set(ANONYMOUS)),
      map(() => undefined),
    );
  }

  /** After the server said 401: the session is over. */
  forget(): void {
    this.current.set(ANONYMOUS);
  }
}
