/**
 * The one message protocol between the content script, the extension pages and the worker: types, runtime guards
 * and which context may send what. Messages are named by verb. The worker takes tab and site from `sender`, never
 * from a payload; anything that does not parse exactly is dropped.
 */
import { isSiteKey, SITE_MODES, type SiteMode } from './prefs';
import type { TabState } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Content script -> worker: only these three.

/** What a content script saw on its page: the user uploaded a photo. (The page itself the worker learns from the
 * tab's address.) `doc` is a random id per document, so the worker can tell a full page load (new document: uploads
 * start again) from single-page-app navigation within one document. */
export interface ReportObservation {
  type: 'reportObservation';
  kind: 'upload';
  doc: string;
}
/** The user chose "Not on this site" in the in-page notice: stop showing it on this site. */
export interface NotOnThisSite {
  type: 'notOnThisSite';
}
/** The user chose "What can I do?" in the in-page notice: open the explanation in an extension page. */
export interface OpenExplanation {
  type: 'openExplanation';
}
export type ContentMessage = ReportObservation | NotOnThisSite | OpenExplanation;

// ---------------------------------------------------------------------------------------------------------------
// Worker -> content script. Not a runtime message: the worker runs a tiny function in the content script's own
// isolated world (scripting.executeScript, top frame), which calls the receiver the content script put there under
// this name and hands back its answer. The page can neither see nor call the receiver. This way a page pays nothing
// for the content script's `runtime` binding until the user uploads or clicks the notice.

/** The name of the content script's receiver in its isolated world. */
export const RECEIVER = '__unscrapedReceive';

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

/** What the content script needs to show the in-page notice without asking the worker at the moment it matters. */
export interface NoticePolicy {
  mode: SiteMode;
  /** show the notice when the user uploads a photo on this page */
  onUpload: boolean;
  /** show the notice now (a profile page, warn mode, not yet shown this session) */
  now: boolean;
  /** null when the notice cannot show here at all */
  texts: NoticeTexts | null;
}
export interface ObservationReply {
  ok: true;
  policy: NoticePolicy | null;
}
/** The content script's answer to a delivered policy: which document took it, and whether it showed the notice. */
export interface DeliveryReceipt {
  doc: string;
  shown: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Extension pages -> worker: privileged.

export interface GetTabState {
  type: 'getTabState';
  tabId: number;
}
export interface GetSiteMode {
  type: 'getSiteMode';
  tabId: number;
}
export interface SiteModeReply {
  /** registrable domain of the tab's page, when it is a listed platform */
  site: string | null;
  mode: SiteMode;
  /** true when the mode comes from the default rather than a choice for this site */
  isDefault: boolean;
}
export interface SetSiteMode {
  type: 'setSiteMode';
  site: string;
  /** null removes the site's own choice, so the default applies */
  mode: SiteMode | null;
}
export interface SetDefaultMode {
  type: 'setDefaultMode';
  mode: SiteMode;
}
export interface GetPrefs {
  type: 'getPrefs';
}
export type PrivilegedMessage = GetTabState | GetSiteMode | SetSiteMode | SetDefaultMode | GetPrefs;

export type GetTabStateReply = TabState;

// ---------------------------------------------------------------------------------------------------------------
// Guards.

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** True when `x` has exactly these own keys (no more, no fewer). */
function hasExactKeys(x: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(x, k));
}

const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isMode = (x: unknown): x is SiteMode => typeof x === 'string' && (SITE_MODES as readonly string[]).includes(x);
const DOC_ID = /^[A-Za-z0-9-]{8,64}$/;

export function parseContentMessage(x: unknown): ContentMessage | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'reportObservation':
      if (!hasExactKeys(x, ['type', 'kind', 'doc'])) return null;
      if (x.kind !== 'upload') return null;
      if (typeof x.doc !== 'string' || !DOC_ID.test(x.doc)) return null;
      return { type: 'reportObservation', kind: x.kind, doc: x.doc };
    case 'notOnThisSite':
    case 'openExplanation':
      return hasExactKeys(x, ['type']) ? { type: x.type } : null;
    default:
      return null;
  }
}

export function parsePrivilegedMessage(x: unknown): PrivilegedMessage | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'getTabState':
    case 'getSiteMode':
      return hasExactKeys(x, ['type', 'tabId']) && isTabId(x.tabId) ? { type: x.type, tabId: x.tabId } : null;
    case 'setSiteMode':
      if (!hasExactKeys(x, ['type', 'site', 'mode']) || !isSiteKey(x.site)) return null;
      if (x.mode !== null && !isMode(x.mode)) return null;
      return { type: 'setSiteMode', site: x.site, mode: x.mode };
    case 'setDefaultMode':
      return hasExactKeys(x, ['type', 'mode']) && isMode(x.mode) ? { type: 'setDefaultMode', mode: x.mode } : null;
    case 'getPrefs':
      return hasExactKeys(x, ['type']) ? { type: 'getPrefs' } : null;
    default:
      return null;
  }
}

/** The worker's check of a content script's answer (it runs in a page's renderer: trust nothing). */
export function parseReceipt(x: unknown): DeliveryReceipt | null {
  if (!isRecord(x) || !hasExactKeys(x, ['doc', 'shown'])) return null;
  if (typeof x.doc !== 'string' || !DOC_ID.test(x.doc) || typeof x.shown !== 'boolean') return null;
  return { doc: x.doc, shown: x.shown };
}

/** The content script's check of what the worker hands it. */
export function parsePolicy(x: unknown): NoticePolicy | null {
  if (!isRecord(x)) return null;
  if (!isMode(x.mode) || typeof x.onUpload !== 'boolean' || typeof x.now !== 'boolean') return null;
  let texts: NoticeTexts | null = null;
  if (x.texts !== null) {
    if (!isRecord(x.texts)) return null;
    const t = x.texts;
    if (!NOTICE_TEXT_KEYS.every((k) => typeof t[k] === 'string' && (t[k] as string).length > 0 && (t[k] as string).length <= 500)) return null;
    texts = Object.fromEntries(NOTICE_TEXT_KEYS.map((k) => [k, t[k]])) as unknown as NoticeTexts;
  }
  return { mode: x.mode, onUpload: x.onUpload && !!texts, now: x.now && !!texts, texts };
}

// ---------------------------------------------------------------------------------------------------------------
// Who may send what.

/** The parts of `runtime.MessageSender` the gate looks at. */
export interface SenderLike {
  id?: unknown;
  url?: unknown;
  frameId?: unknown;
  tab?: { id?: unknown } | undefined;
}

export interface SelfIdentity {
  /** our extension id (`runtime.id`) */
  id: string;
  /** our extension origin, e.g. `chrome-extension://abc` or `moz-extension://uuid` (no trailing slash) */
  origin: string;
}

export type SenderKind = 'extension-page' | 'content-script';

function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Who sent a message. Only our own extension can reach us at all (`externally_connectable` is empty and no external
 * listener exists), but we check `sender.id` anyway. An extension page is recognised by the extension origin of
 * `sender.url`, never by the absence of `sender.tab` (a popup opened in a tab has one); a content script by a real
 * tab id and a web URL in the top frame.
 */
export function senderKind(sender: SenderLike | undefined | null, self: SelfIdentity): SenderKind | null {
  if (!sender || sender.id !== self.id) return null;
  const origin = originOf(sender.url);
  if (origin !== null && origin === self.origin) return 'extension-page';
  const tabId = sender.tab?.id;
  if (!isTabId(tabId)) return null;
  if (sender.frameId !== 0) return null;
  if (origin === null || !/^https?:\/\//.test(origin)) return null;
  return 'content-script';
}
