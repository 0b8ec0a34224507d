/**
 * The worker's handlers: one per message type, plus tab events. Tab and site always come from the sender or the
 * browser's tab record, never from a payload.
 */
import type {
  ContentMessage,
  GetTabStateReply,
  NoticePolicy,
  ObservationReply,
  PrivilegedMessage,
  SiteModeReply,
} from '../core/messages';
import { noticePolicy } from '../core/notice';
import { modeFor, withDefaultMode, withSiteMode, type SiteMode } from '../core/prefs';
import { isDocumented, platformInfo, scrapersOf } from '../core/registry/index';
import { siteOfUrl } from '../core/site';
import { classifyUrl } from '../core/url';
import { effectiveMode, nextTabState, publicTabState, siteModeOf, type StoredTabState } from '../core/tab-state';
import { EMPTY_TAB_STATE } from '../core/types';
import { setBadge } from '../ext/badge';
import { browser, type Runtime, type Tabs } from '../ext/browser';
import { deliverPolicy } from '../ext/deliver';
import { loadPrefs, updatePrefs } from '../ext/prefs-store';
import { noticeTexts } from '../ext/notice-texts';
import { openExtensionPage } from '../ext/tabs';
import { markShown, wasShown } from '../ext/session-flags';
import { listTabStates, readTabState, removeTabState, writeTabState } from '../ext/tab-state';

/** One queue per tab, so two events about one tab cannot overwrite each other's update. */
const queues = new Map<number, Promise<unknown>>();
function serialize<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

interface TabContext {
  tabId: number;
  url: string | undefined;
  incognito: boolean;
}

async function shownFor(site: string | null, state: StoredTabState, incognito: boolean): Promise<boolean> {
  if (incognito) return state.shownHere === true;
  return site ? wasShown(site) : false;
}

function policyFor(state: StoredTabState, mode: SiteMode, shown: boolean): NoticePolicy | null {
  const scrapers = scrapersOf(state.platform).map((s) => s.name);
  return noticePolicy({
    platform: state.platform,
    pageKind: state.pageKind,
    mode,
    shown,
    documented: isDocumented(state.platform),
    texts: noticeTexts(platformInfo(state.platform)?.name ?? '', scrapers),
  });
}

interface TabPolicy {
  site: string | null;
  mode: SiteMode;
  policy: NoticePolicy | null;
}
/** A tab's site, the mode that applies to it, and its notice policy as things stand. `shown` overrides the session
 * flag. */
async function tabPolicy(ctx: TabContext, state: StoredTabState, shown?: boolean): Promise<TabPolicy> {
  const prefs = await loadPrefs();
  const site = siteOfUrl(ctx.url ?? '');
  const mode = effectiveMode(prefs, site, state);
  return { site, mode, policy: policyFor(state, mode, shown ?? (await shownFor(site, state, ctx.incognito))) };
}

async function show(tabId: number, state: StoredTabState, mode: SiteMode): Promise<void> {
  await setBadge(tabId, state, platformInfo(state.platform)?.name ?? '', mode);
}

/** Re-derive a tab's state after it navigated (or preferences changed), keeping its document and uploads. */
async function refreshTab(ctx: TabContext): Promise<StoredTabState> {
  const prev = await readTabState(ctx.tabId);
  const prefs = await loadPrefs();
  const site = ctx.url ? siteOfUrl(ctx.url) : null;
  if (!ctx.url || !site) {
    // a page we may not see: not a listed platform. Chrome would keep the old badge, so clear it.
    const empty = { ...EMPTY_TAB_STATE, doc: null };
    if (prev.platform) {
      await removeTabState(ctx.tabId);
      await show(ctx.tabId, empty, prefs.defaultMode);
    }
    return empty;
  }
  const mode = effectiveMode(prefs, site, prev);
  const next = nextTabState(prev, ctx.url, prev.doc, false, mode);
  if (next.platform || prev.platform) await writeTabState(ctx.tabId, next);
  await show(ctx.tabId, next, mode);
  return next;
}

/**
 * Tell a tab's content script its current policy, without "show now": after preferences changed, or the notice was
 * shown in another tab of the site. `shown` overrides the session flag.
 */
async function tellPolicy(ctx: TabContext, state: StoredTabState, shown?: boolean): Promise<void> {
  const { policy } = await tabPolicy(ctx, state, shown);
  await deliverPolicy(ctx.tabId, policy && { ...policy, now: false }, ctx.url ?? '');
}

/** How often, and how far apart, a tab whose content script has not started yet is tried again after it loaded. */
const DELIVERY_ATTEMPTS = 4;
const DELIVERY_RETRY_MS = 250;

/**
 * A tab finished loading, or moved within its page: hand its content script the policy for the page it shows now
 * (on a profile page that may show the notice at once), and learn from the receipt which document it is (a new
 * document starts its uploads again) and whether the notice showed.
 */
async function settleTab(ctx: TabContext): Promise<void> {
  for (let attempt = 0; attempt < DELIVERY_ATTEMPTS; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, DELIVERY_RETRY_MS));
    const outcome = await serialize(ctx.tabId, () => deliverOnce(ctx));
    if (outcome !== 'absent') return;
  }
}

async function deliverOnce(ctx: TabContext): Promise<'done' | 'absent' | 'moved'> {
  // the tab may have moved on since the event: a newer event then delivers for the newer page
  const tab = await browser.tabs.get(ctx.tabId).catch(() => null);
  if (!tab || !ctx.url || tab.url !== ctx.url) return 'moved';
  const prev = await readTabState(ctx.tabId);
  if (!prev.platform) return 'moved';
  const { site, mode, policy } = await tabPolicy(ctx, prev);
  const delivery = await deliverPolicy(ctx.tabId, policy, ctx.url);
  if (delivery.status === 'absent') return 'absent';
  if (delivery.status === 'invalid') return 'done'; // it runs in the page's renderer: an odd answer changes nothing
  const { receipt } = delivery;
  let next = nextTabState(prev, ctx.url, receipt.doc, false, mode);
  if (receipt.shown) {
    if (ctx.incognito) next = { ...next, shownHere: true };
    else if (site) await markShown(site);
  }
  await writeTabState(ctx.tabId, next);
  if (next.uploads !== prev.uploads || next.level !== prev.level) await show(ctx.tabId, next, mode);
  if (receipt.shown && !ctx.incognito && site) void refreshOtherTabsOfSite(site, ctx.tabId);
  return 'done';
}

/** After preferences or session flags changed: recompute every tab we know, and tell their content scripts. */
async function refreshAllTabs(onlySite?: string): Promise<void> {
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

// ---------------------------------------------------------------------------------------------------------------

export function handleContentMessage(msg: ContentMessage, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const tab = sender.tab;
  const tabId = tab?.id;
  // sender.url keeps the address the document was loaded at; after single-page navigation only tab.url is current
  const url = tab?.url ?? sender.url;
  if (typeof tabId !== 'number' || typeof url !== 'string') return undefined;
  const ctx: TabContext = { tabId, url, incognito: tab?.incognito === true };
  switch (msg.type) {
    case 'reportObservation':
      return serialize(tabId, () => observeUpload(ctx, msg.doc));
    case 'notOnThisSite':
      return notOnThisSite(ctx);
    case 'openExplanation':
      return openExplanation(ctx, tab?.index);
  }
}

async function observeUpload(ctx: TabContext, doc: string): Promise<ObservationReply> {
  const prev = await readTabState(ctx.tabId);
  const prefs = await loadPrefs();
  const site = siteOfUrl(ctx.url!);
  const mode = effectiveMode(prefs, site, prev);
  let next = nextTabState(prev, ctx.url!, doc, true, mode);
  const shown = await shownFor(site, next, ctx.incognito);
  let policy = policyFor(next, mode, shown);
  // the content script shows the notice itself (from the policy it already holds, so it appears at once even while
  // the worker sleeps, or from this reply); here we only record that it was shown
  const showsNow = !!policy && policy.onUpload;
  if (showsNow && policy) {
    if (ctx.incognito) next = { ...next, shownHere: true };
    else if (site) await markShown(site);
    policy = { ...policy, onUpload: false, now: true };
  } else if (policy) {
    policy = { ...policy, now: false };
  }
  if (next.platform || prev.platform) await writeTabState(ctx.tabId, next);
  await show(ctx.tabId, next, mode);
  if (showsNow && !ctx.incognito && site) void refreshOtherTabsOfSite(site, ctx.tabId);
  return { ok: true, policy };
}

/** The notice was shown on `site`: other open tabs of that site must not show it again in this session. */
async function refreshOtherTabsOfSite(site: string, exceptTabId: number): Promise<void> {
  const ids = (await listTabStates()).filter((id) => id !== exceptTabId);
  await Promise.all(
    ids.map(async (tabId) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab || tab.incognito || siteOfUrl(tab.url ?? '') !== site) return;
      await tellPolicy({ tabId, url: tab.url, incognito: false }, await readTabState(tabId), true);
    }),
  );
}

async function notOnThisSite(ctx: TabContext): Promise<{ ok: boolean }> {
  const site = siteOfUrl(ctx.url!);
  if (!site) return { ok: false };
  if (ctx.incognito) {
    // a private window leaves no trace beyond the tab: the choice lives in the tab's state only
    await serialize(ctx.tabId, async () => {
      const s = await readTabState(ctx.tabId);
      if (s.platform) await writeTabState(ctx.tabId, { ...s, quietHere: true });
    });
    await tellPolicy(ctx, await readTabState(ctx.tabId));
    return { ok: true };
  }
  const prefs = await loadPrefs();
  if (modeFor(prefs, site) === 'warn') await updatePrefs((p) => withSiteMode(p, site, 'quiet'));
  await refreshAllTabs(site);
  return { ok: true };
}

async function openExplanation(ctx: TabContext, index: number | undefined): Promise<{ ok: boolean }> {
  await openExtensionPage(`src/popup/index.html?tabId=${ctx.tabId}&view=explain`, index);
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------

export async function handlePrivilegedMessage(msg: PrivilegedMessage): Promise<unknown> {
  switch (msg.type) {
    case 'getTabState':
      return publicTabState(await readTabState(msg.tabId)) satisfies GetTabStateReply;
    case 'getSiteMode':
      return siteModeOfTab(msg.tabId);
    case 'getPrefs':
      return loadPrefs();
    case 'setSiteMode': {
      const prefs = await updatePrefs((p) => withSiteMode(p, msg.site, msg.mode));
      await refreshAllTabs(msg.site);
      return prefs;
    }
    case 'setDefaultMode': {
      const prefs = await updatePrefs((p) => withDefaultMode(p, msg.mode));
      await refreshAllTabs();
      return prefs;
    }
  }
}

async function siteModeOfTab(tabId: number): Promise<SiteModeReply> {
  const prefs = await loadPrefs();
  const url = await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
  return siteModeOf(prefs, url ? siteOfUrl(url) : null, await readTabState(tabId));
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A tab navigated (full load or single-page app) or finished loading: follow it on the badge at once, and when it
 * has finished loading (Chrome and Firefox both report "complete" after single-page navigation too), settle it with
 * its content script.
 */
export function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> | undefined {
  if (change.url === undefined && change.status === undefined) return; // title, favicon, audio...
  const ctx = { tabId, url: tab.url, incognito: tab.incognito };
  return serialize(tabId, () => refreshTab(ctx)).then((state) => {
    if (change.status === 'complete' && state.platform) return settleTab(ctx);
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
