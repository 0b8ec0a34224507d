/**
 * The in-page notice's policy: when it may show, and how that changes as things happen. By default the notice shows
 * at most once per site per browser session, on an upload or on a profile page, only in "warn" mode, and only where
 * a scraper is documented for the platform.
 *
 * Three notions of "shown" exist, each kept where it belongs:
 * - per site and browser session: the worker's session flag (private windows: the tab's state instead);
 * - per page: the content script's own flag, so a late reply cannot show the notice twice on one page;
 * - per policy: `now` / `onUpload`, rewritten only by the named transitions below.
 */
import type { SiteMode } from './prefs';
import type { PageKind } from './types';

/** The notice's words, composed and localised by the worker, so the page pays for no string work. */
export interface NoticeTexts {
  brand: string;
  /** the sentence on a profile page */
  profile: string;
  /** the sentence after an upload */
  upload: string;
  explain: string;
  notHere: string;
  dismiss: string;
}
export const NOTICE_TEXT_KEYS = ['brand', 'profile', 'upload', 'explain', 'notHere', 'dismiss'] as const;

/** What the content script needs to show the in-page notice: handed to a page where it shows now, or held from an
 * earlier hand-over (then an upload shows it at once, with no round trip), or in the reply to an upload. */
export interface NoticePolicy {
  mode: SiteMode;
  /** show the notice when the user uploads a photo on this page */
  onUpload: boolean;
  /** show the notice now: in a delivery, the profile notice for this page; in an upload reply, this upload's notice */
  now: boolean;
  /** null when the notice cannot show here at all */
  texts: NoticeTexts | null;
}

/** The content script's answer to a delivered policy: which document took it, whether it showed the notice, and
 * whether it holds anything the worker must keep it told about (a policy under which the notice may show, or a notice
 * on screen that must go when the page moves on). */
export interface DeliveryReceipt {
  doc: string;
  shown: boolean;
  held: boolean;
}

export interface NoticeInput {
  platform: string | null;
  pageKind: PageKind | null;
  mode: SiteMode;
  /** the notice was already shown for this site in this browser session */
  shown: boolean;
  documented: boolean;
  /** the notice's words for this platform; null when they cannot be made */
  texts: NoticeTexts | null;
}

/** The policy for a page as it loads (or moves within itself): on a profile page it may say "show now". */
export function noticePolicy(i: NoticeInput): NoticePolicy | null {
  if (!i.platform) return null;
  const may = i.mode === 'warn' && i.documented && !i.shown && i.texts !== null;
  return { mode: i.mode, onUpload: may, now: may && i.pageKind === 'profile', texts: may ? i.texts : null };
}

/**
 * Whether a page that loads (or moves within itself) needs this policy: only when it shows the notice now (a profile
 * page). Where the notice may show only on an upload, or not at all, the worker hands the page nothing (unless the page
 * holds something from before): its upload is reported anyway, and the worker's reply brings the notice. So the pages
 * of a site whose notice has not shown yet, a feed above all, pay for no hand-over (about 0.2 ms of their main thread
 * each), and the notice comes about 50 ms after an upload with the worker asleep, not 7 (see the README's
 * Performance section).
 */
export function showsOnLoad(policy: NoticePolicy | null): boolean {
  return policy?.now === true;
}

/** The same policy for a tab that is not being loaded now (preferences changed, or another tab of the site showed
 * the notice): never "show now". */
export function policyWithoutShowNow(policy: NoticePolicy | null): NoticePolicy | null {
  return policy && { ...policy, now: false };
}

/**
 * The worker's reply to an upload. When the policy lets an upload bring the notice, the content script shows it
 * (from the policy it already holds, or from this reply: `now`), and the site's notice is spent (`showsNow`).
 */
export function policyAfterUpload(policy: NoticePolicy | null): { policy: NoticePolicy | null; showsNow: boolean } {
  if (!policy) return { policy: null, showsNow: false };
  if (policy.onUpload) return { policy: { ...policy, onUpload: false, now: true }, showsNow: true };
  return { policy: { ...policy, now: false }, showsNow: false };
}

/** The content script showed the notice on an upload from the policy it held: that policy can show nothing more. */
export function spentPolicy(policy: NoticePolicy): NoticePolicy {
  return { ...policy, onUpload: false, now: false };
}

/** Where "the notice was shown" is recorded: a private tab keeps it in its own state (nothing outlives the tab),
 * any other tab marks the site for the browser session. */
export function shownGoesTo(incognito: boolean): 'tab' | 'site' {
  return incognito ? 'tab' : 'site';
}
