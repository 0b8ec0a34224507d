/** Every tab followed again after preferences or session flags changed, and each content script told. */
import { siteOfUrl } from '../core/site';
import { browser, type Tabs } from '../ext/browser';
import { listTabStates } from '../ext/tab-state';
import { tellPolicy } from './notice-delivery';
import { serialize } from './tab-queue';
import { forgetTab, refreshTab } from './tabs';

/** After preferences or session flags changed: recompute every tab we know (or only those of `onlySite`), and tell
 * their content scripts. */
export async function refreshAllTabs(onlySite?: string): Promise<void> {
  const ids = await listTabStates();
  await Promise.all(
    ids.map(async (tabId) => {
      let tab: Tabs.Tab;
      try {
        tab = await browser.tabs.get(tabId);
      } catch {
        await forgetTab(tabId);
        return;
      }
      if (onlySite && siteOfUrl(tab.url ?? '') !== onlySite) return;
      await serialize(tabId, async () => {
        const ctx = { tabId, url: tab.url, incognito: tab.incognito };
        await tellPolicy(ctx, await refreshTab(ctx));
      });
    }),
  );
}
