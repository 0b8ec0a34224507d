/**
 * The popup's data source: the browser behind one small interface, so the controller (app.tsx) can be rendered in
 * tests with a fake. Only this file and main.tsx touch the browser.
 */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, PageProtocol, PageReply, ProfileMark, RequestLogView } from '../core/protocol/pages';
import type { Exposure } from '../core/user/exposure';
import type { RequestSummary } from '../core/requests/log';
import type { DetailsInput, UserDetails } from '../core/user/details';
import type { SiteModeReply } from '../core/site-mode';
import type { TabState } from '../core/types';
import { browser } from '../ext/browser';
import { askWorker } from '../ext/messaging';
import { hasHostAccess, requestHostAccess } from '../ext/permissions';
import { activeTab, readActiveTabView, readTabView, type TabView } from '../ext/tab-view';
import { localToday } from '../ext/today';
import { uiLocale } from '../ext/i18n';
import type { FirstRead } from './app';

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
  /** the log's summary, shown on every site */
  listRequests(): Promise<RequestSummary[] | undefined>;
  /** open one of the popup's other views (the request page for a company, the log) in a tab */
  openView(query: Record<string, string>): void;
  /** today's ISO day, in the user's time zone */
  today(): string;
  setPause(site: string, until: number | null): Promise<Prefs | undefined>;
  getProfileMark(tabId: number): Promise<ProfileMark | undefined>;
  markProfile(tabId: number, mine: boolean): Promise<ProfileMark | undefined>;
  getExposure(): Promise<Exposure | undefined>;
  setCountUploads(on: boolean): Promise<Exposure | undefined>;
  openExposure(): void;
  uiLanguage(): string;
}

/** What the request page and the log page need from the browser. */
export interface RequestSource {
  getDetails(): Promise<UserDetails | null | undefined>;
  saveDetails(details: DetailsInput): Promise<PageReply<'saveDetails'> | undefined>;
  logRequest(req: PageProtocol['logRequest']['req']): Promise<PageReply<'logRequest'> | undefined>;
  getRequestLog(): Promise<RequestLogView | undefined>;
  updateRequest(req: PageProtocol['updateRequest']['req']): Promise<RequestSummary | undefined>;
  markFollowUp(req: PageProtocol['markFollowUp']['req']): Promise<RequestSummary | undefined>;
  removeRequest(id: string): Promise<{ removed: true } | undefined>;
  /** turning it on asks the browser's permission first (inside the click) */
  setNotify(on: boolean): Promise<boolean>;
  copy(text: string): Promise<boolean>;
  print(): void;
  /** today's ISO day, in the user's time zone */
  today(): string;
  uiLanguage(): string;
  openView(query: Record<string, string>): void;
}

/** `?tabId=N` (opened as a page: from the notice, in tests, on Android): known at once; undefined when the address
 * names no tab. */
function tabIdParam(params: URLSearchParams): number | undefined {
  const q = params.get('tabId');
  return q !== null && /^[0-9]{1,10}$/.test(q) ? Number(q) : undefined;
}

/** The tab named in the address, else the active tab. */
async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const named = tabIdParam(params);
  if (named !== undefined) return named;
  const tab = await activeTab();
  return typeof tab?.id === 'number' ? tab.id : null;
}

/** The first read, and whether Unscraped may read the listed sites where storage calls the tab unlisted (below). */
async function withAccess(tabId: number | null, view: TabView | null): Promise<FirstRead> {
  return view?.state.platform ? { tabId, view } : { tabId, view, access: await hasHostAccess() };
}

/**
 * The tab and what storage says of it, read before the popup's first render so that render already shows the tab
 * (rather than a blank frame, then an effect a frame later, then the read). Undefined when the read failed or took
 * over a second: the popup then reads as it always did, and says what it can.
 *
 * Its requests leave before this returns, all at once: with the tab named in the address, the storage reads (a `then`
 * would send them only once the popup's module code had run to its end, after the work that is meant to be done
 * while storage answers); for the toolbar popup, the query for the active tab together with the storage reads
 * (readActiveTabView), not one round trip after the other.
 *
 * Where storage calls the tab unlisted, whether Unscraped may read the listed sites at all is asked too, before that
 * render: without that access every tab looks unlisted, and the first render must not say "Not a listed platform" of
 * a page it cannot see. (A tab on a listed platform shows the access is there; the popup checks again after its
 * first paint either way.)
 */
export function readFirst(params: URLSearchParams): Promise<FirstRead | undefined> {
  const named = tabIdParam(params);
  const read = named !== undefined
    ? readTabView(named).then((view) => withAccess(named, view))
    : readActiveTabView().then(({ tabId, view }) => withAccess(tabId, view));
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_MS, undefined));
  return Promise.race([read, late]).catch(() => undefined);
}
const FIRST_READ_MS = 1_000;

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
    listRequests: () => askWorker('listRequests', {}).then((r) => r?.requests),
    openView,
    today: () => localToday(),
    setPause: (site, until) => askWorker('setPause', { site, until }),
    getProfileMark: (tabId) => askWorker('getProfileMark', { tabId }),
    markProfile: (tabId, mine) => askWorker('markProfile', { tabId, mine }),
    getExposure: () => askWorker('getExposure', {}),
    setCountUploads: (on) => askWorker('setCountUploads', { on }),
    openExposure: () => void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#exposure') }),
    uiLanguage: () => uiLocale(),
  };
}

function openView(query: Record<string, string>): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?${new URLSearchParams(query)}`) });
}

export function browserRequestSource(): RequestSource {
  return {
    getDetails: () => askWorker('getDetails', {}),
    saveDetails: (details) => askWorker('saveDetails', { details }),
    logRequest: (req) => askWorker('logRequest', req),
    getRequestLog: () => askWorker('getRequestLog', {}),
    updateRequest: (req) => askWorker('updateRequest', req),
    markFollowUp: (req) => askWorker('markFollowUp', req),
    removeRequest: (id) => askWorker('removeRequest', { id }),
    setNotify: async (on) => {
      if (on) {
        const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
        if (!granted) return false;
      }
      return (await askWorker('setNotify', { notify: on }))?.notify ?? false;
    },
    copy: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
    print: () => window.print(),
    today: () => localToday(),
    uiLanguage: () => uiLocale(),
    openView,
  };
}
