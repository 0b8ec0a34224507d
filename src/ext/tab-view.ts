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

export async function readTabView(tabId: number): Promise<{ state: TabState; site: SiteModeReply | null }> {
  const key = tabKey(tabId);
  const [session, local, tab] = await Promise.all([
    browser.storage.session.get(key),
    browser.storage.local.get(PREFS_KEY),
    browser.tabs.get(tabId).then((t) => t, () => undefined),
  ]);
  const url = tab?.url;
  const stored = sanitizeTabState(session[key]);
  const prefs = readPrefs(local[PREFS_KEY]).prefs; // read only: the worker repairs and saves
  const reply = siteModeOf(prefs, url ? siteOfUrl(url) : null, stored, tab?.incognito === true, Date.now());
  return { state: publicTabState(stored), site: reply.site ? reply : null };
}
