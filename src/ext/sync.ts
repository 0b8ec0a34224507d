/**
 * Sync of modes and pauses through `storage.sync`, only while the user has it on (prefs.sync). The browser carries
 * these items to the user's other browsers if they are signed in to its sync; Unscraped itself sends nothing.
 *
 * - A change made here is written after a short quiet time (DEBOUNCE_MS), so a burst of changes is one write.
 * - A change that arrives from another browser, later than the last one seen here, replaces this browser's modes and
 *   pauses; the worker then repaints the tabs.
 * - A quota or storage error leaves the local preferences as they are and is reported in the status, in words.
 */
import type { Prefs } from '../core/prefs';
import { fromSyncItems, staleSyncKeys, SYNC_META, SYNC_PREFIX, toSyncItems, type SyncedPrefs, type SyncStatus } from '../core/sync';
import { browser } from './browser';
import { bounded } from './storage-guard';

export const DEBOUNCE_MS = 1_500;
const STATE_KEY = 'syncState';

let timer: ReturnType<typeof setTimeout> | null = null;
let pending: Prefs | null = null;
let flushing: Promise<void> | null = null;

async function readState(): Promise<{ seen: number; problem: string | null; left: number }> {
  const got = (await bounded('local', 'read', 'read the sync state', () => browser.storage.local.get(STATE_KEY)))[STATE_KEY] as Record<string, unknown> | undefined;
  return {
    seen: typeof got?.seen === 'number' ? got.seen : 0,
    problem: typeof got?.problem === 'string' ? got.problem : null,
    left: typeof got?.left === 'number' ? got.left : 0,
  };
}

async function writeState(s: { seen: number; problem: string | null; left: number }): Promise<void> {
  await bounded('local', 'write', 'save the sync state', () => browser.storage.local.set({ [STATE_KEY]: s })).catch(() => undefined);
}

export async function syncStatus(prefs: Prefs): Promise<SyncStatus> {
  const s = await readState().catch(() => ({ seen: 0, problem: null, left: 0 }));
  return { on: prefs.sync, problem: prefs.sync ? s.problem : null, left: prefs.sync ? s.left : 0, at: s.seen || null };
}

/** Write `prefs` to sync after the quiet time (only if sync is on when it runs). */
export function scheduleSyncWrite(prefs: Prefs): void {
  if (!prefs.sync) return;
  pending = prefs;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushSyncWrite(), DEBOUNCE_MS);
}

/** Write what is pending now (tests, and before the worker may stop). */
export async function flushSyncWrite(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const prefs = pending;
  pending = null;
  if (!prefs?.sync) return flushing ?? undefined;
  const run = (flushing ?? Promise.resolve()).then(() => writeSync(prefs));
  flushing = run.finally(() => {
    if (flushing === run) flushing = null;
  });
  return run;
}

async function writeSync(prefs: Prefs): Promise<void> {
  const now = Date.now();
  const { items, left } = toSyncItems(prefs, now, now);
  // noted as seen before writing: the change event of our own write must not read as another browser's
  const before = await readState().catch(() => ({ seen: 0, problem: null, left: 0 }));
  await writeState({ ...before, seen: now });
  try {
    const all = await bounded('sync', 'read', 'read synced preferences', () => browser.storage.sync.get(null));
    await bounded('sync', 'write', 'save synced preferences', () => browser.storage.sync.set(items));
    const stale = staleSyncKeys(all, items);
    if (stale.length) await bounded('sync', 'write', 'remove old synced items', () => browser.storage.sync.remove(stale));
    await writeState({ seen: now, problem: null, left });
  } catch (e) {
    // the local preferences stay as they are; the status says why sync did not happen
    const s = await readState().catch(() => ({ seen: 0, problem: null, left: 0 }));
    await writeState({ ...s, problem: String((e as Error)?.message ?? e).slice(0, 300) });
  }
}

/** The synced preferences, if another browser wrote some later than this one saw; null otherwise. */
export async function newerSynced(): Promise<SyncedPrefs | null> {
  const all = await bounded('sync', 'read', 'read synced preferences', () => browser.storage.sync.get(null));
  const synced = fromSyncItems(all);
  if (!synced) return null;
  const s = await readState();
  return synced.updatedAt > s.seen ? synced : null;
}

/** What the sync storage holds now (when sync is turned on), or null. */
export async function currentSynced(): Promise<SyncedPrefs | null> {
  return fromSyncItems(await bounded('sync', 'read', 'read synced preferences', () => browser.storage.sync.get(null)));
}

/** Note that synced preferences up to `at` were applied here. */
export async function markSeen(at: number): Promise<void> {
  const s = await readState().catch(() => ({ seen: 0, problem: null, left: 0 }));
  await writeState({ ...s, seen: Math.max(s.seen, at), problem: null });
}

/** Whether a storage change event is about our sync items (another browser, or our own write). */
export function isOurSyncChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'sync' && Object.keys(changes).some((k) => k === SYNC_META || k.startsWith(SYNC_PREFIX));
}

/** Sync turned off: the items stay in the sync storage for the user's other browsers; nothing is written any more. */
export function stopSync(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  pending = null;
}
