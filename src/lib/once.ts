/**
 * Something loaded once per key (a room's quotes, a language pack, a page's code), as a promise
 * React's `use` reads synchronously once it has settled: the promise carries its own outcome
 * (`status`, `value`, `reason`, the fields React itself reads), so a page whose data is at hand
 * renders at once, on the server and when the browser takes a prerendered page over, and a page
 * whose data is on its way suspends. A load that failed stays failed, for the page that needs it
 * to say so, until `forgetFailures()` (a move to another page: see src/app/router.tsx) has the
 * next call ask again.
 */
type Settling<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export interface Loader<K, T> {
  /** The load of `key`, started on the first call, the same promise after. */
  (key: K): Promise<T>;
  /** What `key` loaded, if it has arrived (no load started). */
  loaded(key: K): T | undefined;
}

const failed = new Set<() => void>();

/** Failed loads are asked for again at their next call. */
export function forgetFailures(): void {
  for (const forget of failed) forget();
  failed.clear();
}

/** `load` once per key; `known` are there from the start (settled: a page using them never waits). */
export function loadOnce<K, T>(load: (key: K) => Promise<T>, known: [K, T][] = []): Loader<K, T> {
  const started = new Map<K, Settling<T>>();
  for (const [key, value] of known)
    started.set(key, Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value }));
  const loader = (key: K) => {
    const running = started.get(key);
    if (running) return running;
    const promise: Settling<T> = load(key);
    promise.status = 'pending';
    promise.then(
      (value) => {
        promise.status = 'fulfilled';
        promise.value = value;
      },
      (reason: unknown) => {
        promise.status = 'rejected';
        promise.reason = reason;
        failed.add(() => started.get(key) === promise && started.delete(key));
      },
    );
    started.set(key, promise);
    return promise;
  };
  const loaded = (key: K) => {
    const promise = started.get(key);
    return promise?.status === 'fulfilled' ? promise.value : undefined;
  };
  return Object.assign(loader, { loaded });
}
