/**
 * Per-tab state in `storage.session`: in memory, gone when the browser closes, never copied to `storage.local`
 * (it is browsing history). Keys are `tab:<id>`; a tab's entry is removed when the tab closes. The worker also keeps
 * what it wrote in its own memory, so that a session storage that fails or hangs (each call gives up after a
 * bounded time) leaves the badge and the notice working for as long as the worker lives.
 * Differs: storage.session exists from Chrome 102 and Firefox 115 (both below our minimum versions); in both it is
 * reachable from the worker and extension pages only, never from content scripts, which is what we want here.
 */
import { sanitizeTabState, tabKey, type StoredTabState } from '../core/tab-state';
import { browser } from './browser';
import { bounded } from './storage-guard';

export { tabKey };
const TAB_KEY = /^tab:(\d{1,15})$/;

const memory = new Map<number, StoredTabState>();

export async function readTabState(tabId: number): Promise<StoredTabState> {
  const k = tabKey(tabId);
  try {
    const got = await bounded('session', `read ${k}`, () => browser.storage.session.get(k));
    return sanitizeTabState(got[k]);
  } catch {
    return memory.get(tabId) ?? sanitizeTabState(undefined);
  }
}

export async function writeTabState(tabId: number, state: StoredTabState): Promise<void> {
  memory.set(tabId, state);
  await bounded('session', `save ${tabKey(tabId)}`, () => browser.storage.session.set({ [tabKey(tabId)]: state })).catch(() => undefined);
}

export async function removeTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  await bounded('session', `remove ${tabKey(tabId)}`, () => browser.storage.session.remove(tabKey(tabId))).catch(() => undefined);
}

/** Ids of the tabs that have a state. */
export async function listTabStates(): Promise<number[]> {
  let keys: string[];
  try {
    keys = Object.keys(await bounded('session', 'list tabs', () => browser.storage.session.get(null)));
  } catch {
    return [...memory.keys()];
  }
  return keys
    .map((k) => TAB_KEY.exec(k)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
}
