/**
 * Per-tab state in `storage.session`: in memory, gone when the browser closes, never copied to `storage.local`
 * (it is browsing history). Keys are `tab:<id>`; a tab's entry is removed when the tab closes.
 * Differs: storage.session exists from Chrome 102 and Firefox 115 (both below our minimum versions); in both it is
 * reachable from the worker and extension pages only, never from content scripts, which is what we want here.
 */
import { sanitizeTabState, type StoredTabState } from '../core/tab-state';
import { browser } from './browser';

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<StoredTabState> {
  const k = key(tabId);
  const got = await browser.storage.session.get(k);
  return sanitizeTabState(got[k]);
}

export async function writeTabState(tabId: number, state: StoredTabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Ids of the tabs that have a state. */
export async function listTabStates(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map((k) => /^tab:(\d{1,15})$/.exec(k)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
}
