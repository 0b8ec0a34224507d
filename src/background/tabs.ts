/** Following tabs: their state and badge after every navigation, a closed tab forgotten, missed tabs caught up. */
import { siteOfUrl } from '../core/site';
import { effectiveMode, type StoredTabState } from '../core/tab-state';
import { nextTabState } from '../core/tab-derive';
import { EMPTY_TAB_STATE } from '../core/types';
import { classifyUrl } from '../core/url';
import { browser, type Tabs } from '../ext/browser';
import { loadPrefs } from '../ext/prefs-store';
import { listTabStates, readTabState, removeTabState, writeTabState } from '../ext/tab-state';
import { prepareBadge } from '../ext/badge';
import { paintBadge, type TabContext } from './tab-context';
import { serialize } from './tab-queue';

/** Re-derive a tab's state after it navigated (or preferences changed), keeping its document and uploads. */
export async function refreshTab(ctx: TabContext): Promise<StoredTabState> {
  // the badge waits on round trips to the browser: as few as possible, one after another (both reads at once, then
  // the badge and the write at once)
  const reads = Promise.all([readTabState(ctx.tabId), loadPrefs()]);
  // and while the browser answers, the work that needs no stored state: the page's kind (its platform's URL rules are
  // compiled on first use) and the badge's API, which the browser sets up on first use in a worker just started
  const site = ctx.url ? siteOfUrl(ctx.url) : null;
  if (ctx.url && site) {
    classifyUrl(ctx.url);
    prepareBadge();
  }
  const [prev, prefs] = await reads;
  if (!ctx.url || !site) {
    // a page we may not see: not a listed platform. Chrome would keep the old badge, so clear it.
    const empty = { ...EMPTY_TAB_STATE, doc: null };
    if (prev.platform) await Promise.all([removeTabState(ctx.tabId), paintBadge(ctx.tabId, empty, prefs.defaultMode)]);
    return empty;
  }
  const mode = effectiveMode(prefs, site, prev, Date.now());
  const next = nextTabState(prev, ctx.url, prev.doc, false, mode);
  await Promise.all([next.platform || prev.platform ? writeTabState(ctx.tabId, next) : undefined, paintBadge(ctx.tabId, next, mode)]);
  return next;
}

/**
 * A tab navigated (full load or single-page app) or finished loading: follow it on the badge at once, and when it
 * has finished loading (Chrome and Firefox both report "complete" after single-page navigation too), settle it with
 * its content script.
 */
export function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> | undefined {
  if (change.url === undefined && change.status === undefined) return; // title, favicon, audio...
  const ctx = { tabId, url: tab.url, incognito: tab.incognito };
  return serialize(tabId, () => refreshTab(ctx)).then(async (state) => {
    // the hand-over is in later.ts: the badge above is painted before it loads
    if (change.status === 'complete' && state.platform) return (await import('./later')).settleTab(ctx);
  });
}

/**
 * Tabs that loaded while the worker was not listening yet (just installed or updated, or a browser that restored
 * its tabs before the worker registered): follow them now. Run each time the worker starts; tabs it already knows
 * (their state lives in storage.session, which outlives the worker) are left alone, so a worker that wakes up
 * again does no work here. A tab still loading is settled now too: a worker that is only being installed may not
 * get that tab's "complete" event (seen in Chromium), and the content script takes a policy from document_start.
 */
export async function catchUpTabs(): Promise<void> {
  const known = new Set(await listTabStates());
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => {
      // tab.url is there only for pages we have host access to: the listed platforms
      if (typeof tab.id !== 'number' || known.has(tab.id) || !tab.url || !classifyUrl(tab.url).platform) return undefined;
      return onTabUpdated(tab.id, { status: 'complete' }, tab);
    }),
  );
}

/** The tab closed: drop its state, after whatever was still under way for it (an upload reported just before the
 * tab closed would otherwise write its state back, for a tab that no longer exists). */
export function forgetTab(tabId: number): Promise<void> {
  return serialize(tabId, () => removeTabState(tabId));
}
