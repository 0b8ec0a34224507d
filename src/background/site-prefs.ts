/** The extension pages' requests about tabs and preferences (privileged: see core/protocol/pages.ts). */
import { type SiteMode } from '../core/prefs';
import { withDefaultMode, withSiteMode } from '../core/prefs-edit';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { siteOfUrl } from '../core/site';
import { siteModeOf } from '../core/site-mode';
import { publicTabState } from '../core/tab-state';
import { browser } from '../ext/browser';
import { loadPrefs } from '../ext/prefs-store';
import { updatePrefs } from '../ext/prefs-update';
import { health } from '../ext/health';
import { clearKeptAside, listKeptAside } from '../ext/kept-aside';
import { readTabState, writeTabState } from '../ext/tab-state';
import { tellPolicy } from './notice-delivery';
import type { TabContext } from './tab-context';
import { serialize } from './tab-queue';
import { refreshAllTabs } from './refresh-tabs';
import { refreshTab } from './tabs';

export async function getTabState(req: PageRequest<'getTabState'>): Promise<PageReply<'getTabState'>> {
  return publicTabState(await readTabState(req.tabId));
}

export async function getSiteMode(req: PageRequest<'getSiteMode'>): Promise<PageReply<'getSiteMode'>> {
  const prefs = await loadPrefs();
  const tab = await browser.tabs.get(req.tabId).catch(() => undefined);
  const url = tab?.url;
  return siteModeOf(prefs, url ? siteOfUrl(url) : null, await readTabState(req.tabId), tab?.incognito === true, Date.now());
}

export function getPrefs(): Promise<PageReply<'getPrefs'>> {
  return loadPrefs();
}

export async function setSiteMode(req: PageRequest<'setSiteMode'>): Promise<PageReply<'setSiteMode'>> {
  const tab = req.tabId === undefined ? undefined : await browser.tabs.get(req.tabId).catch(() => undefined);
  if (tab?.incognito && typeof tab.id === 'number' && siteOfUrl(tab.url ?? '') === req.site) {
    // a private window leaves no trace beyond the tab: the choice lives in the tab's state only
    await setModeInPrivateTab({ tabId: tab.id, url: tab.url, incognito: true }, req.mode);
    return loadPrefs();
  }
  const prefs = await updatePrefs((p) => withSiteMode(p, req.site, req.mode));
  await refreshAllTabs(req.site);
  return prefs;
}

async function setModeInPrivateTab(ctx: TabContext, mode: SiteMode | null): Promise<void> {
  await serialize(ctx.tabId, async () => {
    const s = await readTabState(ctx.tabId);
    if (!s.platform) return;
    const { modeHere: _dropped, quietHere: _quiet, ...rest } = s;
    await writeTabState(ctx.tabId, mode === null ? rest : { ...rest, modeHere: mode });
    await tellPolicy(ctx, await refreshTab(ctx));
  });
}

export async function setDefaultMode(req: PageRequest<'setDefaultMode'>): Promise<PageReply<'setDefaultMode'>> {
  const prefs = await updatePrefs((p) => withDefaultMode(p, req.mode));
  await refreshAllTabs();
  return prefs;
}

export async function getHealth(): Promise<PageReply<'getHealth'>> {
  return health();
}

export { clearKeptAside, listKeptAside };
