import { Subject, of, throwError, type Observable } from 'rxjs';
import { loadEach, type LoadState } from './load-state';

describe('loadEach', () => {
  function collect<P, T>(requests: Observable<P>, load: (params: P) => Observable<T>): LoadState<T>[] {
    const states: LoadState<T>[] = [];
    requests.pipe(loadEach(load)).subscribe((state) => states.push(state));
    return states;
  }

  it('reports loading, then the value', () => {
    expect(collect(of(2), (n) => of(n * 10))).toEqual([
      { status: 'loading', value: undefined },
      { status: 'ready', value: 20 },
    ]);
  });

  it('keeps the previous value while the next request loads', () => {
    const requests = new Subject<number>();
    const responses = new Subject<string>();
    const states = collect(requests, () => responses);

    requests.next(1);
    responses.next('first');
    requests.next(2);

    expect(states.at(-1)).toEqual({ status: 'loading', value: 'first' });
  });

  it('reports errors and keeps working for the next request', () => {
    const requests = new Subject<boolean>();
    const failure = new Error('offline');
    const states = collect(requests, (fail) => (fail ? throwError(() => failure) : of('ok')));

    requests.next(true);
    expect(states.at(-1)).toEqual({ status: 'error', value: undefined, error: failure });

    requests.next(false);
    expect(states.at(-1)).toEqual({ status: 'ready', value: 'ok' });
  });

  it('drops the answer to a request that was superseded', () => {
    const requests = new Subject<string>();
    const slow = new Subject<string>();
    const states = collect(requests, (name) => (name === 'slow' ? slow : of(name)));

    requests.next('slow');
    requests.next('fast');
    slow.next('late');

    expect(states.at(-1)).toEqual({ status: 'ready', value: 'fast' });
  });
});
