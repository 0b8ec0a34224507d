/**
 * What the popup shows about a tab, read straight from storage, so its first paint needs no reply from a worker that
 * may be asleep. The worker's answers (getTabState, getSiteMode) follow and win; both apply the same core rules.
 */
import { PREFS_KEY, readPrefs } from '../core/prefs';
import { siteOfUrl } from '../core/site';
import { siteModeOf, type SiteModeReply } from '../core/site-mode';
import { publicTabState, sanitizeTabState, tabKey } from '../core/tab-state';
import type { TabState } from '../core/types';
import { browser } from './browser';

/** `?tabId=N` (opened as a page: from the notice, in tests, on Android), else the active tab. */
export async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const q = params.get('tabId');
  if (q !== null && /^[0-9]{1,10}$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

/** What storage and the browser hold about a tab, as they answered (tabViewFrom reads it). */
export interface RawTabView {
  session: Record<string, unknown>;
  local: Record<string, unknown>;
  tab: { url?: string; incognito?: boolean } | undefined;
}

export function readRawTabView(tabId: number): Promise<RawTabView> {
  return Promise.all([
    browser.storage.session.get(tabKey(tabId)),
    browser.storage.local.get(PREFS_KEY),
    browser.tabs.get(tabId).then((t) => t, () => undefined),
  ]).then(([session, local, tab]) => ({ session, local, tab }));
}

export function tabViewFrom(tabId: number, { session, local, tab }: RawTabView): { state: TabState; site: SiteModeReply | null } {
  const url = tab?.url;
  const stored = sanitizeTabState(session[tabKey(tabId)]);
  const prefs = readPrefs(local[PREFS_KEY]).prefs; // read only: the worker repairs and saves
  const reply = siteModeOf(prefs, url ? siteOfUrl(url) : null, stored, tab?.incognito === true, Date.now());
  return { state: publicTabState(stored), site: reply.site ? reply : null };
}

export async function readTabView(tabId: number): Promise<{ state: TabState; site: SiteModeReply | null }> {
  return tabViewFrom(tabId, await readRawTabView(tabId));
}
