/**
 * The popup's data source: the browser behind one small interface, so the controller (app.tsx) can be rendered in
 * tests with a fake. Only this file and main.tsx touch the browser.
 */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health } from '../core/protocol/pages';
import type { SiteModeReply } from '../core/tab-state';
import type { TabState } from '../core/types';
import { browser } from '../ext/browser';
import { askWorker } from '../ext/messaging';
import { hasHostAccess, requestHostAccess } from '../ext/permissions';
import { readTabView } from '../ext/tab-view';

export interface PopupSource {
  /** the tab this popup describes, or null when there is none */
  targetTabId(): Promise<number | null>;
  /** read straight from storage, for a first paint that needs no reply from a worker that may be asleep */
  readFromStorage(tabId: number): Promise<{ state: TabState; site: SiteModeReply | null }>;
  /** the worker's own answers; undefined when it did not answer */
  askTabState(tabId: number): Promise<TabState | undefined>;
  askSiteMode(tabId: number): Promise<SiteModeReply | undefined>;
  /** the saved preferences, or undefined when the choice could not be saved */
  setSiteMode(site: string, mode: SiteMode, tabId: number): Promise<Prefs | undefined>;
  health(): Promise<Health | undefined>;
  hasHostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  openSettings(): void;
}

/** `?tabId=N` (opened as a page: from the notice, in tests, on Android), else the active tab. */
async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const q = params.get('tabId');
  if (q !== null && /^[0-9]{1,10}$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

export function browserSource(params: URLSearchParams): PopupSource {
  return {
    targetTabId: () => targetTabId(params),
    readFromStorage: readTabView,
    askTabState: (tabId) => askWorker('getTabState', { tabId }),
    askSiteMode: (tabId) => askWorker('getSiteMode', { tabId }),
    setSiteMode: (site, mode, tabId) => askWorker('setSiteMode', { site, mode, tabId }),
    health: () => askWorker('getHealth', {}),
    hasHostAccess,
    requestHostAccess,
    openSettings: () => void browser.runtime.openOptionsPage(),
  };
}
