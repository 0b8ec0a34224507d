/**
 * Every storage call the worker makes goes through `bounded`: it gives up after a bounded time (a storage call can
 * hang: Privacy Badger #3036 reports Firefox storage.session reads that never return), and every failure is noted
 * in the worker's health, which the popup and options show. Callers decide what to fall back to.
 */
import { noteStorage, type StorageKind } from './health';

export const STORAGE_TIMEOUT_MS = 2_000;
let timeoutMs = STORAGE_TIMEOUT_MS;

/** For tests: a shorter bound, so a hanging call can be shown to give up without waiting seconds. */
export function setStorageTimeout(ms: number): void {
  timeoutMs = ms;
}

export class StorageTimeout extends Error {
  constructor(what: string) {
    super(`storage did not answer in ${timeoutMs} ms: ${what}`);
  }
}

/** `kind`: whether `op` reads or writes (a failing write is reported until a write works again, see health.ts).
 * `sync` failures are not the worker's health: the sync status reports them (ext/sync.ts). */
export async function bounded<T>(area: 'local' | 'session' | 'sync', kind: StorageKind, what: string, op: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const result = await Promise.race([
      op(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StorageTimeout(what)), timeoutMs);
      }),
    ]);
    if (area !== 'sync') noteStorage(area, kind, null);
    return result;
  } catch (e) {
    if (area !== 'sync') noteStorage(area, kind, `${what}: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
