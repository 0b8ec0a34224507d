/** The options page's data source: the worker behind one small interface (fakeable in tests). Only this file and
 * main.tsx touch the browser. Every call answers undefined when the worker could not do it. */
import type { ImportError, ImportReport } from '../core/data/backup';
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, KeptAsideInfo, PageReply } from '../core/protocol/pages';
import type { DetailsInput, UserDetails } from '../core/user/details';
import type { Exposure } from '../core/user/exposure';
import { ERASE_CONFIRM } from '../core/protocol/pages';
import type { SyncStatus } from '../core/sync';
import { browser } from '../ext/browser';
import { askWorker } from '../ext/messaging';
import { exportFile, importFile } from '../ext/backup';
import { uiLocale } from '../ext/i18n';

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
  getSyncStatus(): Promise<SyncStatus | undefined>;
  setSync(on: boolean): Promise<SyncStatus | undefined>;
  /** export everything to a file the browser downloads; false when it could not */
  exportData(): Promise<boolean>;
  importData(text: string): Promise<{ report: ImportReport } | { error: ImportError } | undefined>;
  eraseAll(): Promise<boolean>;
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
  uiLanguage: () => uiLocale(),
  getSyncStatus: () => askWorker('getSyncStatus', {}),
  setSync: (on) => askWorker('setSync', { sync: on }),
  exportData: async () => {
    const r = await exportFile().catch(() => null);
    if (!r) return false;
    // a download of the page's own blob: no `downloads` permission, nothing leaves the browser
    const url = URL.createObjectURL(new Blob([r.text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: r.fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  },
  importData: (text) => importFile(text).catch(() => undefined),
  eraseAll: () => askWorker('eraseAll', { confirm: ERASE_CONFIRM }).then((r) => !!r),
};
