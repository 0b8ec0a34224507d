/**
 * One stored item in `storage.local`, read through its pure reader in core (readPrefs is the model), written only by
 * the worker. Every item gets the same guarantees:
 *
 * - One queue per item: the first load (with the repair and keep-aside writes a read may need) and every update run
 *   one after another, so a concurrent change is never lost and a value is kept aside exactly once.
 * - A value that cannot be read whole (corrupt, or from a newer version) is copied aside first, under a key made
 *   from its content (`<item>.keptAside.<fingerprint>`), at most MAX_KEPT_ASIDE copies per item. A value from a newer
 *   version is never rewritten by a read: only a change the user makes replaces it, after its copy is kept.
 * - Storage that fails or hangs never stops the worker: a failed read gives the last known value or the defaults
 *   (tried again after a while), and is shown in the worker's health. An update is refused, rather than written
 *   over data that could not be read, and a write that fails leaves the previous value in force.
 * - The cache follows changes made elsewhere (the user clearing data), but not the store's own writes. A write the
 *   worker makes outside the store (an import, an erase) runs in `exclusive`, with the queue held.
 */
import { isKeptAsideKey, keptAsideEntry, keptAsideKey, MAX_KEPT_ASIDE, type StoredRead } from '../core/stored';
import { browser } from './browser';
import { noteProblem } from './health';
import { bounded } from './storage-guard';

export interface Store<T> {
  readonly key: string;
  /** the current value; never rejects (falls back to the last known value or the defaults) */
  load(): Promise<T>;
  /** apply `change` to the current value and save it; rejects when it cannot be read or saved (nothing changes) */
  update(change: (value: T) => T): Promise<T>;
  /** run `job` with this item's queue held (no load or update of it in between), for a write made outside the store
   * (an import, an erase); the cached value is dropped after it, since the job may have changed the item */
  exclusive<R>(job: () => Promise<R>): Promise<R>;
}

export interface StoreSpec<T> {
  key: string;
  read(stored: unknown): StoredRead<T>;
  /** the value to use while storage cannot be read */
  fallback(): T;
}

/** After a failed read, the fallback is used for this long before storage is asked again. */
export const RETRY_READ_MS = 10_000;

export class UnreadableStore extends Error {
  constructor(key: string) {
    super(`${key} could not be read, so it was not changed`);
  }
}

export function defineStore<T>(spec: StoreSpec<T>): Store<T> {
  const { key } = spec;
  /** the value in force; `null` here means "not read yet" (a stored value may itself be null: it is boxed) */
  let cache: { value: T } | null = null;
  /** set while the cache holds a fallback because storage could not be read */
  let degradedUntil = 0;
  let chain: Promise<unknown> = Promise.resolve();
  let loading: Promise<T> | null = null;
  /** JSON of the store's own last write, so its change event does not empty the cache */
  let written: string | null = null;

  const fresh = (): boolean => cache !== null && (degradedUntil === 0 || Date.now() < degradedUntil);

  function enqueue<R>(job: () => Promise<R>): Promise<R> {
    const run = chain.then(job, job);
    chain = run.catch(() => undefined);
    return run;
  }

  async function keepAside(value: unknown): Promise<void> {
    const k = keptAsideKey(key, value);
    try {
      const all = await bounded('local', 'read', `list kept-aside copies of ${key}`, () => browser.storage.local.get(null));
      if (k in all) return;
      if (Object.keys(all).filter((x) => isKeptAsideKey(x, key)).length >= MAX_KEPT_ASIDE) {
        noteProblem(`${key}: ${MAX_KEPT_ASIDE} kept-aside copies already; clear them in the options to keep more`);
        return;
      }
      const entry = keptAsideEntry(key, value, new Date().toISOString());
      await bounded('local', 'write', `keep ${key} aside`, () => browser.storage.local.set({ [k]: entry }));
    } catch {
      // noted in health; the repaired value is still used
    }
  }

  async function write(value: T): Promise<void> {
    written = JSON.stringify(value);
    await bounded('local', 'write', `save ${key}`, () => browser.storage.local.set({ [key]: value }));
  }

  /** Read, keep aside and repair; inside the queue. `unreadable` when storage could not be read. */
  async function readRepaired(): Promise<{ value: T } | 'unreadable'> {
    let got: Record<string, unknown>;
    try {
      got = await bounded('local', 'read', `read ${key}`, () => browser.storage.local.get(key));
    } catch {
      degradedUntil = Date.now() + RETRY_READ_MS;
      return 'unreadable';
    }
    const r = spec.read(got[key]);
    if (r.keepAside !== undefined) await keepAside(r.keepAside);
    if (r.changed && !r.newer) await write(r.value).catch(() => undefined);
    degradedUntil = 0;
    return { value: r.value };
  }

  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(key in changes)) return;
    if (JSON.stringify(changes[key]?.newValue) === written) return;
    cache = null;
    written = null;
  });

  return {
    key,
    load() {
      if (fresh()) return Promise.resolve(cache!.value);
      loading ??= enqueue(async () => {
        if (fresh()) return cache!.value;
        const read = await readRepaired();
        cache = read !== 'unreadable' ? read : (cache ?? { value: spec.fallback() });
        return cache.value;
      }).finally(() => {
        loading = null;
      });
      return loading;
    },
    update(change) {
      return enqueue(async () => {
        const current = fresh() ? cache! : await readRepaired();
        if (current === 'unreadable') throw new UnreadableStore(key);
        const next = change(current.value);
        await write(next); // rejects: the previous value stays in force
        cache = { value: next };
        return next;
      });
    },
    exclusive(job) {
      return enqueue(async () => {
        try {
          return await job();
        } finally {
          cache = null;
          written = null;
        }
      });
    },
  };
}
