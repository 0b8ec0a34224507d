/**
 * What the popup shows about a tab, read straight from storage, so its first paint needs no reply from a worker that
 * may be asleep. The worker's answers (getTabState, getSiteMode) follow and win; both apply the same core rules.
 */
import { readPrefs } from '../core/prefs';
import { siteOfUrl } from '../core/site';
import { publicTabState, sanitizeTabState, siteModeOf, type SiteModeReply } from '../core/tab-state';
import type { TabState } from '../core/types';
import { browser } from './browser';

export async function readTabView(tabId: number): Promise<{ state: TabState; site: SiteModeReply | null }> {
  const key = `tab:${tabId}`;
  const [session, local, url] = await Promise.all([
    browser.storage.session.get(key),
    browser.storage.local.get('prefs'),
    browser.tabs.get(tabId).then((t) => t.url, () => undefined),
  ]);
  const stored = sanitizeTabState(session[key]);
  const prefs = readPrefs(local.prefs).prefs; // read only: the worker repairs and saves
  const reply = siteModeOf(prefs, url ? siteOfUrl(url) : null, stored);
  return { state: publicTabState(stored), site: reply.site ? reply : null };
}
