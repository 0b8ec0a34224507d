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
import { effectiveMode, nextTabState, publicTabState, siteModeOf, type StoredTabState } from '../core/tab-state';
import { EMPTY_TAB_STATE } from '../core/types';
import { setBadge } from '../ext/badge';
import { browser, type Runtime, type Tabs } from '../ext/browser';
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
 * Tell a tab's content script its current policy. A push never says "show now": only the content script's own
 * report can lead to that, so a notice appears for the page the user is on. `shown` overrides the session flag.
 */
async function tellPolicy(ctx: TabContext, state: StoredTabState, shown?: boolean): Promise<void> {
  const prefs = await loadPrefs();
  const site = siteOfUrl(ctx.url ?? '');
  const policy = policyFor(state, effectiveMode(prefs, site, state), shown ?? (await shownFor(site, state, ctx.incognito)));
  try {
    await browser.tabs.sendMessage(ctx.tabId, { type: 'policy', policy: policy && { ...policy, now: false } }, { frameId: 0 });
  } catch {
    // no content script in that tab (unlisted page, or it was loaded before an update): nothing to tell
  }
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
      return serialize(tabId, () => observe(ctx, msg.doc, msg.kind === 'upload'));
    case 'notOnThisSite':
      return notOnThisSite(ctx);
    case 'openExplanation':
      return openExplanation(ctx, tab?.index);
  }
}

async function observe(ctx: TabContext, doc: string, upload: boolean): Promise<ObservationReply> {
  const prev = await readTabState(ctx.tabId);
  const prefs = await loadPrefs();
  const site = siteOfUrl(ctx.url!);
  const mode = effectiveMode(prefs, site, prev);
  let next = nextTabState(prev, ctx.url!, doc, upload, mode);
  const shown = await shownFor(site, next, ctx.incognito);
  let policy = policyFor(next, mode, shown);
  // the content script shows the notice itself (on an upload, from the policy it already holds, so it appears at
  // once even while the worker sleeps); here we only record that it was shown
  const showsNow = !!policy && (policy.now || (upload && policy.onUpload));
  if (showsNow && policy) {
    if (ctx.incognito) next = { ...next, shownHere: true };
    else if (site) await markShown(site);
    policy = { ...policy, onUpload: false };
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
 * A tab navigated (full load or single-page app) or finished loading: follow it, and when its address changed on a
 * listed platform, tell its content script, which then reports the new page (and may show the notice there).
 */
export function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): void {
  if (change.url === undefined && change.status === undefined) return; // title, favicon, audio...
  void serialize(tabId, async () => {
    const ctx = { tabId, url: tab.url, incognito: tab.incognito };
    const state = await refreshTab(ctx);
    if (change.url !== undefined && state.platform) await tellPolicy(ctx, state);
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  queues.delete(tabId);
  await removeTabState(tabId);
}
