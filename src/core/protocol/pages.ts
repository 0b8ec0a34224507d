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

export interface PageProtocol {
  /** the state of a tab: platform, kind of page, uploads, level */
  getTabState: { req: { tabId: number }; res: TabState };
  /** the site of a tab and the mode that applies to it */
  getSiteMode: { req: { tabId: number }; res: SiteModeReply };
  /** set one site's mode, or remove its own choice with `null` */
  setSiteMode: { req: { site: string; mode: SiteMode | null }; res: Prefs };
  setDefaultMode: { req: { mode: SiteMode }; res: Prefs };
  getPrefs: { req: Record<string, never>; res: Prefs };
}

export type PageType = keyof PageProtocol;
export type PageRequest<K extends PageType> = { type: K } & PageProtocol[K]['req'];
export type PageReply<K extends PageType> = PageProtocol[K]['res'];
export type PageMessage = { [K in PageType]: PageRequest<K> }[PageType];

type Parser<K extends PageType> = (x: Record<string, unknown>) => PageRequest<K> | null;

const tabRequest = <K extends 'getTabState' | 'getSiteMode'>(type: K): Parser<K> => (x) =>
  hasExactKeys(x, ['type', 'tabId']) && isTabId(x.tabId) ? ({ type, tabId: x.tabId } as PageRequest<K>) : null;

const PARSERS: { [K in PageType]: Parser<K> } = {
  getTabState: tabRequest('getTabState'),
  getSiteMode: tabRequest('getSiteMode'),
  setSiteMode: (x) => {
    if (!hasExactKeys(x, ['type', 'site', 'mode']) || !isSiteKey(x.site)) return null;
    if (x.mode !== null && !isMode(x.mode)) return null;
    return { type: 'setSiteMode', site: x.site, mode: x.mode };
  },
  setDefaultMode: (x) => (hasExactKeys(x, ['type', 'mode']) && isMode(x.mode) ? { type: 'setDefaultMode', mode: x.mode } : null),
  getPrefs: (x) => (hasExactKeys(x, ['type']) ? ({ type: 'getPrefs' } as PageRequest<'getPrefs'>) : null),
};

export const PAGE_TYPES = Object.keys(PARSERS) as PageType[];

export function parsePageMessage(x: unknown): PageMessage | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !Object.prototype.hasOwnProperty.call(PARSERS, x.type)) return null;
  return (PARSERS[x.type as PageType] as Parser<PageType>)(x) as PageMessage | null;
}
