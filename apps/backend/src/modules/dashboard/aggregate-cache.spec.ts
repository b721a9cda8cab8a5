import { AggregateCache } from './aggregate-cache';

/** A computation the test finishes by hand, taking as long as the fake clock says. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('AggregateCache', () => {
  let now: number;
  let errors: string[];
  const cache = (minMsToCache: number, maxEntries = 10): AggregateCache =>
    new AggregateCache({ minMsToCache, maxEntries }, (key) => errors.push(key), () => now);
  /** A computation of `ms` milliseconds (on the fake clock) returning `value`. */
  const slow = <T>(value: T, ms: number) => async (): Promise<T> => {
    now += ms;
    return value;
  };

  beforeEach(() => {
    now = 0;
    errors = [];
  });

  it('answers a fast aggregate fresh every time (a small registry is never stale)', async () => {
    const c = cache(250);
    await expect(c.get('k', 's1', slow('first', 10))).resolves.toBe('first');
    await expect(c.get('k', 's1', slow('second', 10))).resolves.toBe('second');
    expect(c.size).toBe(0);
  });

  it('keeps a slow aggregate while the data signature is unchanged', async () => {
    const c = cache(250);
    const compute = jest.fn(slow('value', 300));
    await expect(c.get('k', 's1', compute)).resolves.toBe('value');
    await expect(c.get('k', 's1', compute)).resolves.toBe('value');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('answers the kept result at once when the data changed, and recomputes it in the background', async () => {
    const c = cache(250);
    await c.get('k', 's1', slow('old', 300));
    const next = deferred<string>();
    await expect(c.get('k', 's2', () => next.promise)).resolves.toBe('old');
    // A second request while it runs does not start another computation.
    const another = jest.fn(slow('other', 300));
    await expect(c.get('k', 's2', another)).resolves.toBe('old');
    expect(another).not.toHaveBeenCalled();
    now += 300;
    next.resolve('new');
    await c.settle();
    await expect(c.get('k', 's2', another)).resolves.toBe('new');
    expect(another).not.toHaveBeenCalled();
  });

  it('shares one computation between concurrent requests for a key not kept yet', async () => {
    const c = cache(250);
    const pending = deferred<string>();
    const compute = jest.fn(() => pending.promise);
    const a = c.get('k', 's1', compute);
    const b = c.get('k', 's1', compute);
    pending.resolve('shared');
    await expect(Promise.all([a, b])).resolves.toEqual(['shared', 'shared']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets everything on clear(), including a computation that started before it', async () => {
    const c = cache(0);
    await c.get('k', 's1', slow('before', 1));
    const late = deferred<string>();
    const background = c.get('k', 's2', () => late.promise);
    await expect(background).resolves.toBe('before');
    c.clear();
    late.resolve('computed before the clear');
    await c.settle();
    await expect(c.get('k', 's2', slow('after', 1))).resolves.toBe('after');
  });

  it('keeps at most maxEntries results, dropping the least recently used', async () => {
    const c = cache(0, 2);
    await c.get('a', 's', slow('A', 1));
    await c.get('b', 's', slow('B', 1));
    await c.get('a', 's', slow('A2', 1));
    await c.get('c', 's', slow('C', 1));
    expect(c.size).toBe(2);
    await expect(c.get('a', 's', slow('A3', 1))).resolves.toBe('A');
    await expect(c.get('b', 's', slow('B2', 1))).resolves.toBe('B2');
  });

  it('reports a failed background recomputation and keeps answering the kept result', async () => {
    const c = cache(0);
    await c.get('k', 's1', slow('kept', 1));
    await expect(
      c.get('k', 's2', async () => {
        throw new Error('database gone');
      }),
    ).resolves.toBe('kept');
    await c.settle();
    expect(errors).toEqual(['k']);
    await expect(c.get('k', 's1', slow('unused', 1))).resolves.toBe('kept');
  });

  it('passes a failed first computation on to the caller', async () => {
    const c = cache(0);
    await expect(
      c.get('k', 's1', async () => {
        throw new Error('syntax error');
      }),
    ).rejects.toThrow('syntax error');
    expect(c.size).toBe(0);
  });
});
