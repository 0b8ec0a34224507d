/**
 * Per-tab state in `storage.session`: in memory, gone when the browser closes, never copied to `storage.local`
 * (it is browsing history). Keys are `tab:<id>`; a tab's entry is removed when the tab closes. The worker also keeps
 * what it wrote or read in its own memory: it reads it from there while it lives (no round trip before the badge),
 * and a session storage that fails or hangs (each call gives up after a bounded time) leaves the badge and the notice
 * working for as long as the worker lives.
 * Differs: storage.session exists from Chrome 102 and Firefox 115 (both below our minimum versions); in both it is
 * reachable from the worker and extension pages only, never from content scripts, which is what we want here.
 */
import { sanitizeTabState, tabKey, type StoredTabState } from '../core/tab-state';
import { browser } from './browser';
import { bounded } from './storage-guard';

export { tabKey };
const TAB_KEY = /^tab:(\d{1,15})$/;

/** What the worker wrote or read for each tab while it lives. Only the worker writes tab states, so an entry here is
 * the tab's state: reading it costs no round trip to the browser, which the badge waits on after every navigation. A
 * tab state removed from storage (by anyone) is forgotten here too, and read again next time. */
const memory = new Map<number, StoredTabState>();
/** changes per tab, so that a read that was under way while the tab's state changed does not cache the old state */
const changes = new Map<number, number>();
const changed = (tabId: number) => changes.set(tabId, (changes.get(tabId) ?? 0) + 1);

browser.storage.onChanged.addListener((items: Record<string, { newValue?: unknown }>, area: string) => {
  if (area !== 'session') return;
  for (const [k, change] of Object.entries(items)) {
    const id = TAB_KEY.exec(k)?.[1];
    if (id !== undefined && change.newValue === undefined) {
      memory.delete(Number(id));
      changed(Number(id));
    }
  }
});

export async function readTabState(tabId: number): Promise<StoredTabState> {
  const known = memory.get(tabId);
  if (known) return known;
  const k = tabKey(tabId);
  const before = changes.get(tabId);
  let state: StoredTabState;
  try {
    const got = await bounded('session', 'read', `read ${k}`, () => browser.storage.session.get(k));
    state = sanitizeTabState(got[k]);
  } catch {
    return memory.get(tabId) ?? sanitizeTabState(undefined);
  }
  if (state.platform && changes.get(tabId) === before && !memory.has(tabId)) memory.set(tabId, state);
  return memory.get(tabId) ?? state;
}

export async function writeTabState(tabId: number, state: StoredTabState): Promise<void> {
  memory.set(tabId, state);
  changed(tabId);
  await bounded('session', 'write', `save ${tabKey(tabId)}`, () => browser.storage.session.set({ [tabKey(tabId)]: state })).catch(() => undefined);
}

export async function removeTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  changed(tabId);
  await bounded('session', 'write', `remove ${tabKey(tabId)}`, () => browser.storage.session.remove(tabKey(tabId))).catch(() => undefined);
}

/** Ids of the tabs that have a state. */
export async function listTabStates(): Promise<number[]> {
  let keys: string[];
  try {
    keys = Object.keys(await bounded('session', 'read', 'list tabs', () => browser.storage.session.get(null)));
  } catch {
    return [...memory.keys()];
  }
  return keys
    .map((k) => TAB_KEY.exec(k)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
}
