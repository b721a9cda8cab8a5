import { catchError, map, of, scan, startWith, switchMap, type Observable, type OperatorFunction } from 'rxjs';

/**
 * The state of data loaded for a component. While a new request runs, `value` still holds the
 * previous result so the page does not blank out between two searches.
 */
export type LoadState<T> =
  | { readonly status: 'loading'; readonly value: T | undefined }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly value: undefined; readonly error: unknown };

export const INITIAL_LOAD_STATE: LoadState<never> = { status: 'loading', value: undefined };

type Outcome<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly error: unknown };

/**
 * Loads data for each incoming request, cancelling the previous one (switchMap), and reports it
 * as a {@link LoadState}: `loading` first, then `ready` or `error`. Errors do not end the stream,
 * so a later request (a retry, a new search) loads again.
 */
export function loadEach<P, T>(load: (params: P) => Observable<T>): OperatorFunction<P, LoadState<T>> {
  return (requests) =>
    requests.pipe(
      switchMap((params) =>
        load(params).pipe(
          map((value): Outcome<T> => ({ status: 'ready', value })),
          catchError((error: unknown) => of<Outcome<T>>({ status: 'error', error })),
          startWith<Outcome<T>>({ status: 'loading' }),
        ),
      ),
      scan((previous: LoadState<T>, outcome: Outcome<T>): LoadState<T> => {
        switch (outcome.status) {
          case 'loading':
            return { status: 'loading', value: previous.value };
          case 'ready':
            return outcome;
          case 'error':
            return { status: 'error', value: undefined, error: outcome.error };
        }
      }, INITIAL_LOAD_STATE),
    );
}
