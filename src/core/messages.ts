/**
 * The one message protocol between the content script, the extension pages and the worker: types, runtime guards
 * and which context may send what. Messages are named by verb. The worker takes tab and site from `sender`, never
 * from a payload; anything that does not parse is dropped.
 */
import type { TabState } from './types';

/** What a content script saw on its page. `doc` is a random id per document, so the worker can tell a full page
 * load (new document: uploads start again) from single-page-app navigation within one document. */
export interface ReportObservation {
  type: 'reportObservation';
  kind: 'page' | 'upload';
  doc: string;
}
export type ContentMessage = ReportObservation;

/** Privileged: only the extension's own pages may send these. */
export interface GetTabState {
  type: 'getTabState';
  tabId: number;
}
export type PrivilegedMessage = GetTabState;

export type GetTabStateReply = TabState;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** True when `x` has exactly these own keys (no more, no fewer). */
function hasExactKeys(x: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(x, k));
}

const DOC_ID = /^[A-Za-z0-9-]{8,64}$/;

export function parseContentMessage(x: unknown): ContentMessage | null {
  if (!isRecord(x)) return null;
  if (x.type === 'reportObservation') {
    if (!hasExactKeys(x, ['type', 'kind', 'doc'])) return null;
    if (x.kind !== 'page' && x.kind !== 'upload') return null;
    if (typeof x.doc !== 'string' || !DOC_ID.test(x.doc)) return null;
    return { type: 'reportObservation', kind: x.kind, doc: x.doc };
  }
  return null;
}

export function parsePrivilegedMessage(x: unknown): PrivilegedMessage | null {
  if (!isRecord(x)) return null;
  if (x.type === 'getTabState') {
    if (!hasExactKeys(x, ['type', 'tabId'])) return null;
    if (typeof x.tabId !== 'number' || !Number.isSafeInteger(x.tabId) || x.tabId < 0) return null;
    return { type: 'getTabState', tabId: x.tabId };
  }
  return null;
}

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
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) return null;
  if (sender.frameId !== 0) return null;
  if (origin === null || !/^https?:\/\//.test(origin)) return null;
  return 'content-script';
}
