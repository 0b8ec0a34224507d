/**
 * What a listed page's content script may ask: report an upload, quiet its site, open the explanation. Tab and page
 * come from the sender, never from the message, and only a listed platform's page is heard: a renderer that is not
 * one (or pretends to be a content script) cannot write a preference or open a tab.
 */
import type { ContentMessage, UploadReply } from '../core/protocol/content';
import { policyAfterUpload } from '../core/notice';
import { chosenMode } from '../core/prefs';
import { withSiteMode } from '../core/prefs-edit';
import { siteOfUrl } from '../core/site';
import { classifyUrl } from '../core/url';
import { effectiveMode } from '../core/tab-state';
import { nextTabState } from '../core/tab-derive';
import { countUpload } from './exposure';
import type { Runtime } from '../ext/browser';
import { loadPrefs } from '../ext/prefs-store';
import { updatePrefs } from '../ext/prefs-update';
import { readTabState, writeTabState } from '../ext/tab-state';
import { openExtensionPage } from '../ext/tabs';
import { policyFor, recordShown, refreshOtherTabsOfSite, shownFor, tellPolicy, underSiteLock } from './notice-delivery';
import { paintBadge, type TabContext } from './tab-context';
import { serialize } from './tab-queue';
import { refreshAllTabs } from './refresh-tabs';

interface PageContext extends TabContext {
  url: string;
}

export function handleContentMessage(msg: ContentMessage, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const tab = sender.tab;
  const tabId = tab?.id;
  // sender.url keeps the address the document was loaded at; after single-page navigation only tab.url is current
  const url = tab?.url ?? sender.url;
  if (typeof tabId !== 'number' || typeof url !== 'string') return undefined;
  if (!isListedUrl(url) || (typeof sender.url === 'string' && !isListedUrl(sender.url))) return undefined;
  const ctx: PageContext = { tabId, url, incognito: tab?.incognito === true };
  switch (msg.type) {
    case 'reportUpload':
      // answered as soon as the notice's fate is settled; the count and the badge follow in the tab's queue
      return new Promise((answer, fail) => {
        serialize(tabId, () => onUpload(ctx, msg.doc, answer)).catch(fail);
      });
    case 'quietThisSite':
      return quietThisSite(ctx);
    case 'openExplanation':
      return openExplanation(ctx, tab?.index);
  }
}

/**
 * An upload in a tab: count it, decide whether it brings the notice (and record that it did), and answer the page with
 * `answer` at once, since the page shows the notice from that answer when the policy it holds did not (a page that was
 * handed nothing, see settleTab). Writing the tab's count and painting its badge come after, still in the tab's queue:
 * the browser handled those storage writes and badge calls before it passed the answer on (with the worker running,
 * the notice showed 30 to 44 ms after the upload in most runs, and 15 to 20 ms once the answer went first).
 */
async function onUpload(ctx: PageContext, doc: string, answer: (reply: UploadReply) => void): Promise<void> {
  const [prev, prefs] = await Promise.all([readTabState(ctx.tabId), loadPrefs()]);
  const site = siteOfUrl(ctx.url);
  const mode = effectiveMode(prefs, site, prev, Date.now());
  const counted = nextTabState(prev, ctx.url, doc, true, mode);
  // the content script shows the notice itself (from a policy it already holds, so it appears at once even while
  // the worker sleeps, or from this reply); here we only record that it was shown
  const { next, policy, showsNow } = await underSiteLock(ctx, site, async () => {
    const shown = await shownFor(site, counted, ctx.incognito);
    const after = policyAfterUpload(policyFor(counted, mode, shown));
    return { ...after, next: after.showsNow ? await recordShown(ctx, site, counted) : counted };
  });
  answer({ ok: true, policy });
  if (next.platform || prev.platform) await writeTabState(ctx.tabId, next);
  await paintBadge(ctx.tabId, next, mode);
  if (showsNow && !ctx.incognito && site) void refreshOtherTabsOfSite(site, ctx.tabId);
  // counted on the badge means counted in My exposure too, if the user agreed to that
  if (mode !== 'off' && next.platform) void countUpload(next.platform, ctx.incognito);
}

async function quietThisSite(ctx: PageContext): Promise<{ ok: boolean }> {
  const site = siteOfUrl(ctx.url);
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
  // decided inside the update: a concurrent "off" from the popup or options must not become "quiet"
  await updatePrefs((p) => (chosenMode(p, site) === 'warn' ? withSiteMode(p, site, 'quiet') : p));
  await refreshAllTabs(site);
  return { ok: true };
}

/** One explanation tab per click: a page that fires the message in a loop (it cannot click the notice, but a
 * compromised renderer could send it) opens one tab per tab and interval, not fifty. */
export const EXPLANATION_INTERVAL_MS = 2_000;
const lastExplanation = new Map<number, number>();

async function openExplanation(ctx: PageContext, index: number | undefined): Promise<{ ok: boolean }> {
  const now = Date.now();
  if (now - (lastExplanation.get(ctx.tabId) ?? -Infinity) < EXPLANATION_INTERVAL_MS) return { ok: false };
  lastExplanation.set(ctx.tabId, now);
  await openExtensionPage(`src/popup/index.html?tabId=${ctx.tabId}&view=explain`, index);
  return { ok: true };
}

function isListedUrl(url: string): boolean {
  return classifyUrl(url).platform !== null;
}
