/**
 * Results of the dashboard's aggregates, kept while the data they read is unchanged.
 *
 * - A result is kept only when computing it took at least `minMsToCache`: small registries are
 *   always answered fresh, large ones (a million recommendations) from memory.
 * - Each result carries the data signature read before it was computed. When the signature has
 *   changed, the kept result is answered at once and recomputed in the background (one computation
 *   per key at a time), so nobody waits seconds for a chart after an import.
 * - Concurrent requests for a key that is not kept share one computation.
 * - At most `maxEntries` results are kept; the least recently used goes first.
 */
export interface AggregateCachePolicy {
  readonly minMsToCache: number;
  readonly maxEntries: number;
}

interface Entry {
  readonly signature: string;
  readonly value: unknown;
}

export class AggregateCache {
  private readonly entries = new Map<string, Entry>();
  /** The computation under way per key, which later requests for the key share. */
  private readonly running = new Map<string, Promise<unknown>>();
  /** Every computation under way, also those a clear() disowned. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Bumped by clear(): a computation started before it does not keep its result. */
  private generation = 0;

  constructor(
    private readonly policy: AggregateCachePolicy,
    private readonly onBackgroundError: (key: string, error: unknown) => void,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  async get<T>(key: string, signature: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (entry.signature !== signature && !this.running.has(key)) {
        this.track(this.run(key, signature, compute).then(() => undefined, (error: unknown) => this.onBackgroundError(key, error)));
      }
      return entry.value as T;
    }
    const pending = this.running.get(key) ?? this.run(key, signature, compute);
    return (await pending) as T;
  }

  /** Forgets every result (after a change made by this process, e.g. demo data loaded or removed). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.running.clear();
  }

  /** Waits for computations under way (at shutdown, before the database connections close). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  get size(): number {
    return this.entries.size;
  }

  private run<T>(key: string, signature: string, compute: () => Promise<T>): Promise<T> {
    const started = this.clock();
    const generation = this.generation;
    const pending = compute()
      .then((value) => {
        if (generation !== this.generation) return value;
        if (this.clock() - started >= this.policy.minMsToCache) this.keep(key, { signature, value });
        else this.entries.delete(key);
        return value;
      })
      .finally(() => {
        if (this.running.get(key) === pending) this.running.delete(key);
      });
    this.running.set(key, pending);
    this.track(pending);
    return pending;
  }

  private track(promise: Promise<unknown>): void {
    this.inFlight.add(promise);
    const forget = (): void => {
      this.inFlight.delete(promise);
    };
    promise.then(forget, forget);
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.policy.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }
}
