/**
 * The privileged protocol: what the extension's own pages (popup, options, explanation) may ask the worker, and what
 * each request answers. One entry per message in `PageProtocol` ties a request to its reply, so asking is typed by
 * message name (`askWorker` in ext/messaging.ts) and the worker's router must have a handler for every entry (a
 * missing one does not compile). Adding a message: one entry here, one parser below, one handler in the router.
 *
 * Run-time guards stay exact: a message whose keys or values are not exactly what its entry says is dropped.
 */
import { isMode, isSiteKey, type Prefs, type SiteMode } from '../prefs';
import type { SiteModeReply } from '../tab-state';
import type { TabState } from '../types';
import { hasExactKeys, isRecord, isTabId } from './guards';

/** A request that carries nothing but its type. */
type Empty = Record<never, never>;

export interface PageProtocol {
  /** the state of a tab: platform, kind of page, uploads, level */
  getTabState: { req: { tabId: number }; res: TabState };
  /** the site of a tab and the mode that applies to it */
  getSiteMode: { req: { tabId: number }; res: SiteModeReply };
  /** set one site's mode, or remove its own choice with `null`. With the popup's `tabId`: a private tab keeps the
   * choice in its own state, so nothing reaches disk. */
  setSiteMode: { req: { site: string; mode: SiteMode | null; tabId?: number }; res: Prefs };
  setDefaultMode: { req: { mode: SiteMode }; res: Prefs };
  getPrefs: { req: Empty; res: Prefs };
  /** whether storage works, in words: the popup and options show a failure */
  getHealth: { req: Empty; res: Health };
  /** stored values that could not be read whole and were kept aside */
  listKeptAside: { req: Empty; res: KeptAsideInfo[] };
  clearKeptAside: { req: Empty; res: { cleared: number } };
}

export interface Health {
  ok: boolean;
  problems: string[];
}

/** A kept-aside copy as the options page lists it. */
export interface KeptAsideInfo {
  key: string;
  item: string;
  at: string;
  bytes: number;
  truncated: boolean;
}

export type PageType = keyof PageProtocol;
export type PageRequest<K extends PageType> = { type: K } & PageProtocol[K]['req'];
export type PageReply<K extends PageType> = PageProtocol[K]['res'];
export type PageMessage = { [K in PageType]: PageRequest<K> }[PageType];

type Parser<K extends PageType> = (x: Record<string, unknown>) => PageRequest<K> | null;

const tabRequest = <K extends 'getTabState' | 'getSiteMode'>(type: K): Parser<K> => (x) =>
  hasExactKeys(x, ['type', 'tabId']) && isTabId(x.tabId) ? ({ type, tabId: x.tabId } as PageRequest<K>) : null;

/** A request that carries nothing but its type. */
const bare = <K extends PageType>(type: K): Parser<K> => (x) => (hasExactKeys(x, ['type']) ? ({ type } as PageRequest<K>) : null);

const PARSERS: { [K in PageType]: Parser<K> } = {
  getTabState: tabRequest('getTabState'),
  getSiteMode: tabRequest('getSiteMode'),
  setSiteMode: (x) => {
    const withTab = hasExactKeys(x, ['type', 'site', 'mode', 'tabId']);
    if (!(withTab || hasExactKeys(x, ['type', 'site', 'mode'])) || !isSiteKey(x.site)) return null;
    if (x.mode !== null && !isMode(x.mode)) return null;
    if (withTab && !isTabId(x.tabId)) return null;
    return { type: 'setSiteMode', site: x.site, mode: x.mode, ...(withTab ? { tabId: x.tabId as number } : {}) };
  },
  setDefaultMode: (x) => (hasExactKeys(x, ['type', 'mode']) && isMode(x.mode) ? { type: 'setDefaultMode', mode: x.mode } : null),
  getPrefs: bare('getPrefs'),
  getHealth: bare('getHealth'),
  listKeptAside: bare('listKeptAside'),
  clearKeptAside: bare('clearKeptAside'),
};

export const PAGE_TYPES = Object.keys(PARSERS) as PageType[];

export function parsePageMessage(x: unknown): PageMessage | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !Object.prototype.hasOwnProperty.call(PARSERS, x.type)) return null;
  return (PARSERS[x.type as PageType] as Parser<PageType>)(x) as PageMessage | null;
}
