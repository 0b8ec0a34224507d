/**
 * Handing a tab's content script its notice policy, and reading back its receipt. See RECEIVER in
 * core/protocol/content.ts for why this is not a runtime message.
 */
import { noticePolicy, policyWithoutShowNow, showsOnLoad, shownGoesTo, type NoticePolicy } from '../core/notice';
import type { SiteMode } from '../core/prefs';
import { documented, findingsOf, platformName } from '../core/registry/findings';
import { siteOfUrl } from '../core/site';
import { effectiveMode, type StoredTabState } from '../core/tab-state';
import { nextTabState } from '../core/tab-derive';
import { browser } from '../ext/browser';
import { deliverPolicy } from '../ext/deliver';
import { noticeTexts } from '../ext/notice-texts';
import { loadPrefs } from '../ext/prefs-store';
import { markShown, wasShown } from '../ext/session-flags';
import { listTabStates, readTabState, writeTabState } from '../ext/tab-state';
import { paintBadge, type TabContext } from './tab-context';
import { serialize, serializeSite } from './tab-queue';

/** Whether the notice was already shown where this tab's "shown" lives (its own state in a private window, else the
 * site's session flag). */
export async function shownFor(site: string | null, state: StoredTabState, incognito: boolean): Promise<boolean> {
  if (shownGoesTo(incognito) === 'tab') return state.shownHere === true;
  return site ? wasShown(site) : false;
}

export function policyFor(state: StoredTabState, mode: SiteMode, shown: boolean): NoticePolicy | null {
  return noticePolicy({
    platform: state.platform,
    pageKind: state.pageKind,
    mode,
    shown,
    documented: documented(state.platform),
    texts: noticeTexts(platformName(state.platform), findingsOf(state.platform)),
  });
}

/** Run `job` under the site's queue when the site's session flag is what decides (see tab-queue.ts); a private tab's
 * flag lives in its own state, under the tab's queue already. */
export function underSiteLock<T>(ctx: TabContext, site: string | null, job: () => Promise<T>): Promise<T> {
  return site && shownGoesTo(ctx.incognito) === 'site' ? serializeSite(site, job) : job();
}

/** Record that the notice showed in this tab: in the tab's state (private window) or as the site's session flag. */
export async function recordShown(ctx: TabContext, site: string | null, state: StoredTabState): Promise<StoredTabState> {
  if (shownGoesTo(ctx.incognito) === 'tab') return { ...state, shownHere: true };
  if (site) await markShown(site);
  return state;
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
  const mode = effectiveMode(prefs, site, state, Date.now());
  return { site, mode, policy: policyFor(state, mode, shown ?? (await shownFor(site, state, ctx.incognito))) };
}

/**
 * Tell a tab's content script its current policy, without "show now": after preferences changed, or the notice was
 * shown in another tab of the site. `shown` overrides the session flag.
 */
export async function tellPolicy(ctx: TabContext, state: StoredTabState, shown?: boolean): Promise<void> {
  const { policy } = await tabPolicy(ctx, state, shown);
  await deliverPolicy(ctx.tabId, policyWithoutShowNow(policy), ctx.url ?? '');
}

/** When a tab whose content script has not started yet is tried again after it loaded (ms after each attempt): a
 * content script registered while the extension is being installed, on a busy machine, can take a few seconds. */
export const DELIVERY_RETRIES_MS = [250, 500, 1_000, 2_000];

/**
 * A tab finished loading, or moved within its page: hand its content script the policy for the page it shows now
 * (on a profile page that may show the notice at once), and learn from the receipt which document it is (a new
 * document starts its uploads again), whether the notice showed, and whether the page holds anything to keep telling.
 *
 * Only where there is something to tell or to learn: the notice shows now on this page; or the page holds a policy or a
 * notice from before (the last receipt said so); or an upload was counted in the document the worker knows, so that it
 * must learn whether this is a new one. Everywhere else (a feed or any other page where the notice may show only on an
 * upload, a site whose notice was shown this session, a quiet or off site, a platform with nothing documented) the
 * page is handed nothing, and it costs the page nothing: an upload there is reported, and the worker's reply brings
 * the notice where it may show (see `showsOnLoad`).
 */
export async function settleTab(ctx: TabContext): Promise<void> {
  for (let attempt = 0; attempt <= DELIVERY_RETRIES_MS.length; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, DELIVERY_RETRIES_MS[attempt - 1]));
    const outcome = await serialize(ctx.tabId, () => deliverOnce(ctx));
    if (outcome !== 'absent') return;
  }
}

async function deliverOnce(ctx: TabContext): Promise<'done' | 'absent' | 'moved'> {
  if (!ctx.url) return 'moved';
  const url = ctx.url;
  const prev = await readTabState(ctx.tabId);
  if (!prev.platform) return 'moved';
  const site = siteOfUrl(url);
  const settled = await underSiteLock(ctx, site, async () => {
    const { mode, policy } = await tabPolicy(ctx, prev);
    if (!showsOnLoad(policy) && !prev.held && prev.uploads === 0) return 'nothing';
    // the tab may have moved on since the event: a newer event then delivers for the newer page
    const tab = await browser.tabs.get(ctx.tabId).catch(() => null);
    if (!tab || tab.url !== url) return 'moved';
    const delivery = await deliverPolicy(ctx.tabId, policy, url);
    if (delivery.status !== 'ok') return delivery.status;
    const { receipt } = delivery;
    let next = nextTabState(prev, url, receipt.doc, false, mode);
    const { held: _was, ...rest } = next;
    next = receipt.held ? { ...rest, held: true } : rest;
    if (receipt.shown) next = await recordShown(ctx, site, next);
    return { next, mode, shown: receipt.shown };
  });
  if (settled === 'nothing') return 'done';
  if (settled === 'moved' || settled === 'absent') return settled;
  if (settled === 'invalid') return 'done'; // it runs in the page's renderer: an odd answer changes nothing
  const { next, mode, shown } = settled;
  await writeTabState(ctx.tabId, next);
  if (next.uploads !== prev.uploads || next.level !== prev.level) await paintBadge(ctx.tabId, next, mode);
  if (shown && !ctx.incognito && site) void refreshOtherTabsOfSite(site, ctx.tabId);
  return 'done';
}

/** The notice was shown on `site`: other open tabs of that site must not show it again in this session. */
export async function refreshOtherTabsOfSite(site: string, exceptTabId: number): Promise<void> {
  const ids = (await listTabStates()).filter((id) => id !== exceptTabId);
  await Promise.all(
    ids.map(async (tabId) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab || tab.incognito || siteOfUrl(tab.url ?? '') !== site) return;
      await tellPolicy({ tabId, url: tab.url, incognito: false }, await readTabState(tabId), true);
    }),
  );
}
