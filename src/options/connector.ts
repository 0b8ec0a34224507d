/** The options page's data source: the worker behind one small interface (fakeable in tests). Only this file and
 * main.tsx touch the browser. Every call answers undefined when the worker could not do it. */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, KeptAsideInfo } from '../core/protocol/pages';
import { browser } from '../ext/browser';
import { askWorker } from '../ext/messaging';

export interface OptionsSource {
  getPrefs(): Promise<Prefs | undefined>;
  setDefaultMode(mode: SiteMode): Promise<Prefs | undefined>;
  setSiteMode(site: string, mode: SiteMode | null): Promise<Prefs | undefined>;
  health(): Promise<Health | undefined>;
  listKeptAside(): Promise<KeptAsideInfo[] | undefined>;
  clearKeptAside(): Promise<{ cleared: number } | undefined>;
  /** how many requests the log holds */
  requestCount(): Promise<number | undefined>;
  /** the request log page's address */
  logHref: string;
}

export const browserSource: OptionsSource = {
  getPrefs: () => askWorker('getPrefs', {}),
  setDefaultMode: (mode) => askWorker('setDefaultMode', { mode }),
  setSiteMode: (site, mode) => askWorker('setSiteMode', { site, mode }),
  health: () => askWorker('getHealth', {}),
  listKeptAside: () => askWorker('listKeptAside', {}),
  clearKeptAside: () => askWorker('clearKeptAside', {}),
  requestCount: () => askWorker('listRequests', {}).then((r) => r?.requests.length),
  logHref: browser.runtime.getURL('src/popup/index.html?view=log'),
};
