/** The extension pages' requests about tabs and preferences (privileged: see core/protocol/pages.ts). */
import { withDefaultMode, withSiteMode } from '../core/prefs';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { siteOfUrl } from '../core/site';
import { publicTabState, siteModeOf } from '../core/tab-state';
import { browser } from '../ext/browser';
import { loadPrefs, updatePrefs } from '../ext/prefs-store';
import { readTabState } from '../ext/tab-state';
import { refreshAllTabs } from './tabs';

export async function getTabState(req: PageRequest<'getTabState'>): Promise<PageReply<'getTabState'>> {
  return publicTabState(await readTabState(req.tabId));
}

export async function getSiteMode(req: PageRequest<'getSiteMode'>): Promise<PageReply<'getSiteMode'>> {
  const prefs = await loadPrefs();
  const url = await browser.tabs.get(req.tabId).then((t) => t.url, () => undefined);
  return siteModeOf(prefs, url ? siteOfUrl(url) : null, await readTabState(req.tabId));
}

export function getPrefs(): Promise<PageReply<'getPrefs'>> {
  return loadPrefs();
}

export async function setSiteMode(req: PageRequest<'setSiteMode'>): Promise<PageReply<'setSiteMode'>> {
  const prefs = await updatePrefs((p) => withSiteMode(p, req.site, req.mode));
  await refreshAllTabs(req.site);
  return prefs;
}

export async function setDefaultMode(req: PageRequest<'setDefaultMode'>): Promise<PageReply<'setDefaultMode'>> {
  const prefs = await updatePrefs((p) => withDefaultMode(p, req.mode));
  await refreshAllTabs();
  return prefs;
}
