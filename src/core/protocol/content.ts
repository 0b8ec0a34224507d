/**
 * The protocol between a content script and the worker. Only three messages go up, named by what happened; the worker
 * takes tab and site from `sender`, never from a payload, and anything that does not parse exactly is dropped.
 *
 * Worker -> content script is not a runtime message: the worker runs a tiny function in the content script's own
 * isolated world (scripting.executeScript, top frame), which calls the receiver the content script put there under
 * RECEIVER and hands back its receipt. The page can neither see nor call the receiver. This way a page pays nothing
 * for the content script's `runtime` binding until the user uploads or clicks the notice. The worker does this only
 * where the notice shows now, or where the page holds something to update (see `settleTab`).
 */
import { NOTICE_TEXT_KEYS, type DeliveryReceipt, type NoticePolicy, type NoticeTexts } from '../notice';
import { SITE_MODES, type SiteMode } from '../prefs';
import { DOC_ID, hasExactKeys, isRecord } from './guards';

/** The user uploaded a photo. (The page itself the worker learns from the tab's address.) `doc` is a random id per
 * document, so the worker can tell a full page load (uploads start again) from single-page-app navigation. */
export interface ReportUpload {
  type: 'reportUpload';
  doc: string;
}
/** The user chose "Not on this site" in the in-page notice: make this site quiet. */
export interface QuietThisSite {
  type: 'quietThisSite';
}
/** The user chose "What can I do?" in the in-page notice: open the explanation in an extension page. */
export interface OpenExplanation {
  type: 'openExplanation';
}
export type ContentMessage = ReportUpload | QuietThisSite | OpenExplanation;

/** The worker's reply to `reportUpload`. */
export interface UploadReply {
  ok: true;
  policy: NoticePolicy | null;
}

/** The name of the content script's receiver in its isolated world. */
export const RECEIVER = '__unscrapedReceive';

export function parseContentMessage(x: unknown): ContentMessage | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'reportUpload':
      if (!hasExactKeys(x, ['type', 'doc'])) return null;
      if (typeof x.doc !== 'string' || !DOC_ID.test(x.doc)) return null;
      return { type: 'reportUpload', doc: x.doc };
    case 'quietThisSite':
    case 'openExplanation':
      return hasExactKeys(x, ['type']) ? { type: x.type } : null;
    default:
      return null;
  }
}

/** The worker's check of a content script's answer (it runs in a page's renderer: trust nothing). */
export function parseReceipt(x: unknown): DeliveryReceipt | null {
  if (!isRecord(x) || !hasExactKeys(x, ['doc', 'shown', 'held'])) return null;
  if (typeof x.doc !== 'string' || !DOC_ID.test(x.doc) || typeof x.shown !== 'boolean' || typeof x.held !== 'boolean') return null;
  return { doc: x.doc, shown: x.shown, held: x.held };
}

/** The content script's check of what the worker hands it. One function with no helpers: it runs in pages, where
 * each function first called costs a compile (see the README's Performance section). */
export function parsePolicy(x: unknown): NoticePolicy | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return null;
  const r = x as Record<string, unknown>;
  const mode = r.mode as SiteMode;
  if (!SITE_MODES.includes(mode) || typeof r.onUpload !== 'boolean' || typeof r.now !== 'boolean') return null;
  let texts: NoticeTexts | null = null;
  if (r.texts !== null) {
    const t = r.texts as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || Array.isArray(t) || Object.getPrototypeOf(t) !== Object.prototype) return null;
    const copy: Record<string, string> = {};
    for (const k of NOTICE_TEXT_KEYS) {
      const v = t[k];
      if (typeof v !== 'string' || v.length === 0 || v.length > 500) return null;
      copy[k] = v;
    }
    texts = copy as unknown as NoticeTexts;
  }
  return { mode, onUpload: r.onUpload && !!texts, now: r.now && !!texts, texts };
}
