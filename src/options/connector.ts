/** The options page's data source: the worker behind one small interface (fakeable in tests). Only this file and
 * main.tsx touch the browser. Every call answers undefined when the worker could not do it. */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, KeptAsideInfo, PageReply } from '../core/protocol/pages';
import type { DetailsInput, UserDetails } from '../core/user/details';
import type { Exposure } from '../core/user/exposure';
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
  setPause(site: string, until: number | null): Promise<Prefs | undefined>;
  getDetails(): Promise<UserDetails | null | undefined>;
  saveDetails(details: DetailsInput): Promise<PageReply<'saveDetails'> | undefined>;
  deleteDetails(): Promise<{ deleted: true } | undefined>;
  getExposure(): Promise<Exposure | undefined>;
  removeProfile(platform: string, handle: string): Promise<Exposure | undefined>;
  setCountUploads(on: boolean): Promise<Exposure | undefined>;
  /** open the request page for these companies, one after another */
  requestAll(scrapers: string[]): void;
  uiLanguage(): string;
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
  setPause: (site, until) => askWorker('setPause', { site, until }),
  getDetails: () => askWorker('getDetails', {}),
  saveDetails: (details) => askWorker('saveDetails', { details }),
  deleteDetails: () => askWorker('deleteDetails', {}),
  getExposure: () => askWorker('getExposure', {}),
  removeProfile: (platform, handle) => askWorker('removeProfile', { platform, handle }),
  setCountUploads: (on) => askWorker('setCountUploads', { on }),
  requestAll: (scrapers) =>
    void browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?${new URLSearchParams({ view: 'request', scrapers: scrapers.join(',') })}`) }),
  uiLanguage: () => browser.i18n.getUILanguage(),
};
