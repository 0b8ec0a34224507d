/**
 * The privileged protocol: what the extension's own pages (popup, options, explanation) may ask the worker, and what
 * each request answers. One entry per message in `PageProtocol` ties a request to its reply, so asking is typed by
 * message name (`askWorker` in ext/messaging.ts) and the worker's router must have a handler for every entry (a
 * missing one does not compile). Adding a message: one entry here, one parser below, one handler in the router.
 *
 * Run-time guards stay exact: a message whose keys or values are not exactly what its entry says is dropped.
 */
import { isMode, isSiteKey, type Prefs, type SiteMode } from '../prefs';
import { LAW_IDS, LETTER_LANGUAGES, REQUEST_KINDS, type LawId, type LetterLanguage, type RequestKind } from '../registry/request-schema';
import { isIsoDay } from '../requests/deadlines';
import { REQUEST_STATUSES, type RequestRecord, type RequestStatus, type RequestSummary } from '../requests/log';
import type { ChannelType } from '../requests/types';
import type { DetailsInput, UserDetails } from '../user/details';
import { isHandle, isPlatformId, type Exposure } from '../user/exposure';
import { MAX_IMPORT_BYTES, MAX_IMPORT_KEYS } from '../data/items';
import type { SyncStatus } from '../sync';
import type { SiteModeReply } from '../site-mode';
import type { TabState } from '../types';
import { hasExactKeys, hasKeys, isRecord, isTabId } from './guards';

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
  /** the user's details for letters, or null when none are saved */
  getDetails: { req: Empty; res: UserDetails | null };
  /** save the details (cleaned); `error` names the field that is not acceptable */
  saveDetails: { req: { details: DetailsInput }; res: { details: UserDetails } | { error: string } };
  deleteDetails: { req: Empty; res: { deleted: true } };
  /** every logged request, as the contract for outside checks says: ISO days, the due date derived from the law */
  listRequests: { req: Empty; res: { requests: RequestSummary[] } };
  /** the whole log for the log page: each record with its due date and whether it is overdue today */
  getRequestLog: { req: Empty; res: RequestLogView };
  /** the user says they sent a request on `sentOn` */
  logRequest: { req: { scraper: string; kind: RequestKind; law: LawId; channel: ChannelType; sentOn: string; language?: LetterLanguage; channelId?: string }; res: { id: string; dueDate: string | null } };
  /** a new status (answered, refused, extended...) on a day, with a note */
  updateRequest: { req: { id: string; status: RequestStatus; on: string; note?: string }; res: RequestSummary };
  /** the user sent the reminder, or filed the complaint */
  markFollowUp: { req: { id: string; what: 'reminded' | 'complained'; on: string }; res: RequestSummary };
  removeRequest: { req: { id: string }; res: { removed: true } };
  /** system notifications for overdue answers, asked for by the user (the page asks the browser's permission) */
  setNotify: { req: { notify: boolean }; res: { notify: boolean } };
  /** pause Unscraped on a site until a moment (epoch ms; at most a week away), or end the pause with `null` */
  setPause: { req: { site: string; until: number | null }; res: Prefs };
  /** My exposure: the profiles marked as the user's own, and the upload counts they agreed to */
  getExposure: { req: Empty; res: Exposure };
  /** whether the profile open in a tab is marked as the user's own; `profile` is null off a profile page, and in a
   * private window (nothing is remembered from there) */
  getProfileMark: { req: { tabId: number }; res: ProfileMark };
  /** mark (or unmark) the profile open in a tab as the user's own: the worker reads the handle from the tab */
  markProfile: { req: { tabId: number; mine: boolean }; res: ProfileMark };
  removeProfile: { req: { platform: string; handle: string }; res: Exposure };
  /** the user's answer to counting uploads per platform; no forgets every count */
  setCountUploads: { req: { on: boolean }; res: Exposure };
  /** keep modes and pauses in `storage.sync` too (the browser carries them to the user's other browsers), or stop */
  setSync: { req: { sync: boolean }; res: SyncStatus };
  getSyncStatus: { req: Empty; res: SyncStatus };
  /** an import, merged by the options page with what is stored (core/data/backup.ts): written all or nothing, only if
   * storage still has the fingerprint `basis` (core/data/apply.ts), and only values each item's reader takes whole.
   * (An export needs no message: the page reads storage itself.) */
  applyImport: {
    req: { writes: Record<string, unknown>; basis: string };
    res: { written: number } | { error: 'changed' | 'refused' | 'write-failed'; message: string };
  };
  /** erase everything Unscraped stores, after the user confirmed it in words */
  eraseAll: { req: { confirm: typeof ERASE_CONFIRM }; res: { erased: number } };
}

/** What an erase request must carry: a page cannot erase by accident, with a message sent for something else. */
export const ERASE_CONFIRM = 'erase everything';

/** The profile open in a tab, and whether the user marked it as theirs. */
export interface ProfileMark {
  profile: { platform: string; handle: string } | null;
  mine: boolean;
}

export interface RequestLogView {
  today: string;
  notify: boolean;
  requests: (RequestRecord & { dueDate: string | null; overdue: boolean })[];
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
  getDetails: bare('getDetails'),
  // the details themselves are checked and cleaned by the worker (core/user/details.ts cleanDetails)
  saveDetails: (x) => (hasExactKeys(x, ['type', 'details']) && isRecord(x.details) ? { type: 'saveDetails', details: x.details as unknown as DetailsInput } : null),
  deleteDetails: bare('deleteDetails'),
  listRequests: bare('listRequests'),
  getRequestLog: bare('getRequestLog'),
  logRequest: (x) => {
    if (!hasKeys(x, ['type', 'scraper', 'kind', 'law', 'channel', 'sentOn'], ['language', 'channelId'])) return null;
    if (typeof x.scraper !== 'string' || !SCRAPER_ID.test(x.scraper)) return null;
    if (!oneOf(REQUEST_KINDS, x.kind) || !oneOf(LAW_IDS, x.law) || !oneOf(CHANNELS, x.channel) || !isIsoDay(x.sentOn)) return null;
    if (x.language !== undefined && !oneOf(LETTER_LANGUAGES, x.language)) return null;
    if (x.channelId !== undefined && (typeof x.channelId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,59}$/.test(x.channelId))) return null;
    return {
      type: 'logRequest', scraper: x.scraper, kind: x.kind, law: x.law, channel: x.channel, sentOn: x.sentOn,
      ...(x.language ? { language: x.language } : {}), ...(x.channelId ? { channelId: x.channelId as string } : {}),
    };
  },
  updateRequest: (x) => {
    if (!hasKeys(x, ['type', 'id', 'status', 'on'], ['note']) || !isRequestId(x.id) || !oneOf(REQUEST_STATUSES, x.status) || !isIsoDay(x.on)) return null;
    if (x.note !== undefined && (typeof x.note !== 'string' || x.note.length > 2_000)) return null;
    return { type: 'updateRequest', id: x.id, status: x.status, on: x.on, ...(x.note !== undefined ? { note: x.note as string } : {}) };
  },
  markFollowUp: (x) =>
    hasExactKeys(x, ['type', 'id', 'what', 'on']) && isRequestId(x.id) && (x.what === 'reminded' || x.what === 'complained') && isIsoDay(x.on)
      ? { type: 'markFollowUp', id: x.id, what: x.what, on: x.on }
      : null,
  removeRequest: (x) => (hasExactKeys(x, ['type', 'id']) && isRequestId(x.id) ? { type: 'removeRequest', id: x.id } : null),
  setNotify: (x) => (hasExactKeys(x, ['type', 'notify']) && typeof x.notify === 'boolean' ? { type: 'setNotify', notify: x.notify } : null),
  setPause: (x) =>
    hasExactKeys(x, ['type', 'site', 'until']) && isSiteKey(x.site) && (x.until === null || (typeof x.until === 'number' && Number.isSafeInteger(x.until) && x.until > 0))
      ? { type: 'setPause', site: x.site, until: x.until as number | null }
      : null,
  getExposure: bare('getExposure'),
  getProfileMark: (x) => (hasExactKeys(x, ['type', 'tabId']) && isTabId(x.tabId) ? { type: 'getProfileMark', tabId: x.tabId } : null),
  markProfile: (x) =>
    hasExactKeys(x, ['type', 'tabId', 'mine']) && isTabId(x.tabId) && typeof x.mine === 'boolean' ? { type: 'markProfile', tabId: x.tabId, mine: x.mine } : null,
  removeProfile: (x) =>
    hasExactKeys(x, ['type', 'platform', 'handle']) && isPlatformId(x.platform) && isHandle(x.handle) ? { type: 'removeProfile', platform: x.platform, handle: x.handle } : null,
  setCountUploads: (x) => (hasExactKeys(x, ['type', 'on']) && typeof x.on === 'boolean' ? { type: 'setCountUploads', on: x.on } : null),
  setSync: (x) => (hasExactKeys(x, ['type', 'sync']) && typeof x.sync === 'boolean' ? { type: 'setSync', sync: x.sync } : null),
  getSyncStatus: bare('getSyncStatus'),
  // the text itself is checked by parseExport (size in bytes, JSON, shape); here only that it is a string of sane length
  applyImport: (x) => {
    if (!hasExactKeys(x, ['type', 'writes', 'basis']) || typeof x.basis !== 'string' || x.basis.length > 40 || !isRecord(x.writes)) return null;
    const n = Object.keys(x.writes).length;
    if (n < 1 || n > MAX_IMPORT_KEYS || JSON.stringify(x.writes).length > MAX_IMPORT_BYTES) return null;
    return { type: 'applyImport', writes: x.writes, basis: x.basis };
  },
  eraseAll: (x) => (hasExactKeys(x, ['type', 'confirm']) && x.confirm === ERASE_CONFIRM ? { type: 'eraseAll', confirm: ERASE_CONFIRM } : null),
};

const SCRAPER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const CHANNELS: readonly ChannelType[] = ['email', 'webform', 'postal'];
const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => typeof x === 'string' && (list as readonly string[]).includes(x);
const isRequestId = (x: unknown): x is string => typeof x === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(x);

export const PAGE_TYPES = Object.keys(PARSERS) as PageType[];

export function parsePageMessage(x: unknown): PageMessage | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !Object.prototype.hasOwnProperty.call(PARSERS, x.type)) return null;
  return (PARSERS[x.type as PageType] as Parser<PageType>)(x) as PageMessage | null;
}
