import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router, type CanActivateFn, type UrlTree } from '@angular/router';
import { filter, map, take, type Observable } from 'rxjs';
import type { Permission } from '../../api/models';
import { AuthStore } from './auth.store';

function whenLoaded(store: AuthStore): Observable<AuthStore> {
  return toObservable(store.loaded).pipe(
    filter(Boolean),
    take(1),
    map(() => store),
  );
}

/** Signed in, else to the sign-in page (coming back here afterwards). */
export const signedInGuard: CanActivateFn = (_route, state): Observable<boolean | UrlTree> => {
  const store = inject(AuthStore);
  const router = inject(Router);
  return whenLoaded(store).pipe(map((s) => s.signedIn() || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } })));
};

/** Holds the permission, else signs in first or shows that access is refused. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state): Observable<boolean | UrlTree> => {
    const store = inject(AuthStore);
    const router = inject(Router);
    return whenLoaded(store).pipe(
      map((s) => {
        if (!s.signedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
        return s.can(permission) || router.createUrlTree(['/forbidden']);
      }),
    );
  };
}
