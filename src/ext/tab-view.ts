/**
 * What the popup shows about a tab, read straight from storage, so its first paint needs no reply from a worker that
 * may be asleep. The worker's answers (getTabState, getSiteMode) follow and win; both apply the same core rules.
 */
import { PREFS_KEY, readPrefs } from '../core/prefs';
import { siteOfUrl } from '../core/site';
import { siteModeOf, type SiteModeReply } from '../core/site-mode';
import { publicTabState, sanitizeTabState, tabKey } from '../core/tab-state';
import type { TabState } from '../core/types';
import { browser, type Tabs } from './browser';

export interface TabView {
  state: TabState;
  site: SiteModeReply | null;
}

/** The view from what storage holds for the tab (its state, the preferences) and the tab itself (address, window). */
function viewOf(stored: unknown, storedPrefs: unknown, tab: { url?: string; incognito?: boolean } | undefined): TabView {
  const url = tab?.url;
  const state = sanitizeTabState(stored);
  const prefs = readPrefs(storedPrefs).prefs; // read only: the worker repairs and saves
  const reply = siteModeOf(prefs, url ? siteOfUrl(url) : null, state, tab?.incognito === true, Date.now());
  return { state: publicTabState(state), site: reply.site ? reply : null };
}

export async function readTabView(tabId: number): Promise<TabView> {
  const key = tabKey(tabId);
  const [session, local, tab] = await Promise.all([
    browser.storage.session.get(key),
    browser.storage.local.get(PREFS_KEY),
    browser.tabs.get(tabId).then((t) => t, () => undefined),
  ]);
  return viewOf(session[key], local[PREFS_KEY], tab);
}

/**
 * The active tab of the popup's window and its view, in one round of requests to the browser: the query for the tab
 * and the storage reads leave together, rather than the reads after the query's answer. So `storage.session` is read
 * whole: it holds a small state for each open tab on a listed platform, and a few flags. `tabId` null: no active tab.
 */
export async function readActiveTabView(): Promise<{ tabId: number | null; view: TabView | null }> {
  const [tab, session, local] = await Promise.all([activeTab(), browser.storage.session.get(null), browser.storage.local.get(PREFS_KEY)]);
  if (typeof tab?.id !== 'number') return { tabId: null, view: null };
  return { tabId: tab.id, view: viewOf(session[tabKey(tab.id)], local[PREFS_KEY], tab) };
}

/** The active tab of the popup's window, if there is one. */
export async function activeTab(): Promise<Tabs.Tab | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}
