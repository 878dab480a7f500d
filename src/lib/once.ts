/**
 * Something loaded once per key (a room's quotes, a language pack, a page's code): the routes'
 * loaders wait for it (src/app/router.tsx), and code that runs later reads what has arrived
 * synchronously (`loaded`). A load that failed is asked for again at its next call: the next
 * move to its page tries again.
 */
export interface Loader<K, T> {
  /** The load of `key`, started on the first call, the same promise after (until it fails). */
  (key: K): Promise<T>;
  /** What `key` loaded, if it has arrived (no load started). */
  loaded(key: K): T | undefined;
}

/** `load` once per key; `known` are there from the start. */
export function loadOnce<K, T>(load: (key: K) => Promise<T>, known: [K, T][] = []): Loader<K, T> {
  const started = new Map<K, Promise<T>>();
  const arrived = new Map<K, T>(known);
  const loader = (key: K) => {
    if (arrived.has(key)) return Promise.resolve(arrived.get(key) as T);
    const running = started.get(key);
    if (running) return running;
    const promise = load(key).then(
      (value) => {
        arrived.set(key, value);
        return value;
      },
      (reason: unknown) => {
        started.delete(key);
        throw reason;
      },
    );
    started.set(key, promise);
    return promise;
  };
  return Object.assign(loader, { loaded: (key: K) => arrived.get(key) });
}
