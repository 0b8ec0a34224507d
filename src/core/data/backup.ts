/**
 * "Your data": everything Unscraped stores, exported to one JSON file and imported back. Pure: no browser API and no
 * clock (times are parameters); the worker reads `storage.local`, calls these, and writes what they say.
 *
 * What the file holds: the four stored items (`STORED_ITEMS`) exactly as they are stored (raw, whatever their schema
 * version: the item's reader migrates and repairs them on import), and the kept-aside copies of those items
 * (`<item>.keptAside.<fingerprint>`). Nothing else: keys Unscraped does not know (left by another version, say) are
 * not exported, and session data (`storage.session`: tab state, notice flags, the overdue count) is not either, since
 * it is recomputed and ends with the browser.
 *
 * Importing never loses what is here: each item is merged with what is stored here by rules of its own (see
 * `mergeImport`), and a report says what was taken, what was not and why.
 */
import { type Prefs, MAX_PAUSE_MS, MAX_PAUSES, MAX_SITES } from '../prefs';
import { MAX_REQUESTS, type RequestLog, type RequestRecord } from '../requests/log';
import { isKeptAsideKey, keptAsideEntry, keptAsideKey, MAX_KEPT_ASIDE, MAX_KEPT_ASIDE_BYTES, type KeptAside } from '../stored';
import type { UserDetails } from '../user/details';
import { MAX_PROFILES, type Exposure, type MyProfile } from '../user/exposure';
import { readStoredItem } from './apply';
import { isStoredItem, MAX_IMPORT_BYTES, STORED_ITEMS, type StoredItem } from './items';

export { erasePlan, MAX_IMPORT_BYTES } from './items';

export const EXPORT_FORMAT = 'unscraped-export';
export const EXPORT_SCHEMA_VERSION = 1;
export { STORED_ITEMS, type StoredItem } from './items';

/** Deeper nesting than any stored item has; refused so that no later step runs out of stack on a crafted file. */
const MAX_DEPTH = 100;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** the version of this file's layout (not of the items inside: each carries its own) */
  schemaVersion: number;
  /** ISO time of the export */
  exportedAt: string;
  /** the version of Unscraped that wrote it */
  extensionVersion: string;
  /** each item as it was stored, when there was one */
  items: Partial<Record<StoredItem, unknown>>;
  keptAside: KeptAside[];
}

/** `write-failed`: the worker could not save the merge (nothing was imported) */
export type ImportErrorCode = 'not-json' | 'too-large' | 'not-an-export' | 'newer-export' | 'bad-shape' | 'write-failed';

export interface ImportError {
  code: ImportErrorCode;
  /** English fallback */
  message: string;
  args: string[];
}

export type ReportCode =
  // prefs
  | 'site-taken' | 'site-kept-here' | 'site-limit' | 'default-taken' | 'default-kept-here' | 'pause-taken' | 'pause-kept-here'
  | 'pause-ended' | 'pause-limit' | 'sync-kept-here'
  // details
  | 'details-taken' | 'details-differ'
  // requests
  | 'request-taken' | 'request-updated' | 'request-kept-here' | 'request-limit' | 'notify-kept-here'
  // exposure
  | 'profile-taken' | 'profile-limit' | 'count-uploads-taken' | 'count-uploads-kept-here' | 'uploads-taken' | 'uploads-not-counting'
  // any item
  | 'unreadable-dropped' | 'here-newer' | 'unknown-item'
  // kept-aside copies
  | 'kept-aside-taken' | 'kept-aside-full' | 'kept-aside-unreadable' | 'kept-here-aside';

export interface ReportLine {
  /** the item the line is about; `file` for what the file holds that is no item of ours */
  item: StoredItem | 'keptAside' | 'file';
  /** stable code for the UI to translate, with `args` (site, id, count, …) */
  code: ReportCode;
  args: string[];
  /** English fallback */
  what: string;
  why?: string;
}

export interface ImportReport {
  taken: ReportLine[];
  skipped: ReportLine[];
  /** the stored items this import does not change */
  unchanged: StoredItem[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** A name from the file, made safe to show: a short JSON string. */
const shown = (s: string): string => JSON.stringify(s.slice(0, 40));

/** The item a kept-aside key belongs to (`prefs.keptAside.0a1b2c3d` → `prefs`), when it is one of ours. */
function keptAsideItem(key: string): StoredItem | null {
  if (!isKeptAsideKey(key)) return null;
  const item = key.slice(0, key.indexOf('.keptAside.'));
  return isStoredItem(item) ? item : null;
}

/** What makes two kept-aside copies the same: the item, the value and whether it was cut (not when it was kept). */
const contentOf = (e: KeptAside): string => JSON.stringify([e.item, e.value ?? null, e.truncated === true]);

/** A stored kept-aside value as a KeptAside entry (a malformed one is wrapped whole, so nothing is lost). */
function asKeptAside(item: StoredItem, stored: unknown): KeptAside {
  if (!isObject(stored) || !has(stored, 'value')) return { item, at: '', value: stored };
  const entry: KeptAside = { item, at: typeof stored.at === 'string' ? stored.at : '', value: stored.value };
  if (stored.truncated === true) entry.truncated = true;
  return entry;
}

/**
 * The export file for a raw dump of `storage.local` (`get(null)`): the four items as stored, and their kept-aside
 * copies (oldest first). Unknown keys are not exported. The values are not copied: stringify the result.
 */
export function buildExport(all: Record<string, unknown>, meta: { exportedAt: string; extensionVersion: string }): ExportFile {
  const items: ExportFile['items'] = {};
  for (const item of STORED_ITEMS) if (has(all, item) && all[item] != null) items[item] = all[item];
  const keptAside = Object.keys(all)
    .sort()
    .flatMap((key) => {
      const item = keptAsideItem(key);
      return item ? [asKeptAside(item, all[key])] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at));
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: meta.exportedAt, extensionVersion: meta.extensionVersion, items, keptAside };
}

/** UTF-8 length of a string, without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when a parsed value nests deeper than `max` (checked without recursion). */
function tooDeep(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= max) return true;
    for (const v of Array.isArray(x) ? x : Object.values(x)) if (typeof v === 'object' && v !== null) stack.push([v, depth + 1]);
  }
  return false;
}

const fail = (code: ImportErrorCode, message: string, ...args: string[]): { error: ImportError } => ({ error: { code, message, args } });

/**
 * Reads an export file's text. Refuses (with a reason, never by throwing) what is not JSON, too large, not an
 * Unscraped export, from a newer Unscraped, or not shaped like an export. The items inside are kept as they are: their
 * readers judge them in `mergeImport`. `skipped` lists what the file holds that cannot be used at all (an item this
 * version does not know, a kept-aside copy that is not one): add it to the import report.
 *
 * The parsed JSON is treated as data only: `__proto__` or `constructor` keys stay plain keys of the parsed objects,
 * and only the known names are copied out of them.
 */
export function parseExport(text: string, maxBytes: number = MAX_IMPORT_BYTES): { file: ExportFile; skipped: ReportLine[] } | { error: ImportError } {
  if (typeof text !== 'string') return fail('not-json', 'This is not a text file.');
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  if (text.length > maxBytes || utf8Length(text) > maxBytes) return fail('too-large', `This file is larger than ${limit}; an Unscraped export is much smaller.`, limit);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('not-json', 'This file is not JSON, so it is not an Unscraped export.');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return fail('not-an-export', 'This JSON file is not an Unscraped export.');
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('bad-shape', 'This export has no valid schemaVersion.');
  if (version > EXPORT_SCHEMA_VERSION) {
    return fail('newer-export', `This file comes from a newer Unscraped (export version ${version}); update Unscraped to import it.`, String(version));
  }
  if (tooDeep(data, MAX_DEPTH)) return fail('bad-shape', 'This export nests deeper than any Unscraped data does.');
  if (typeof data.exportedAt !== 'string' || typeof data.extensionVersion !== 'string') return fail('bad-shape', 'This export lacks the time it was made or the version that made it.');
  if (!isObject(data.items)) return fail('bad-shape', 'This export has no items.');
  if (data.keptAside !== undefined && !Array.isArray(data.keptAside)) return fail('bad-shape', 'The kept-aside copies in this export are not a list.');

  const skipped: ReportLine[] = [];
  const items: ExportFile['items'] = {};
  for (const [name, value] of Object.entries(data.items)) {
    if (isStoredItem(name)) {
      if (value !== undefined && value !== null) items[name] = value;
    } else {
      skipped.push(line('file', 'unknown-item', [name.slice(0, 40)], `${shown(name)} in the file`, 'this version of Unscraped stores nothing by that name'));
    }
  }

  const keptAside: KeptAside[] = [];
  for (const x of (data.keptAside as unknown[] | undefined) ?? []) {
    const ok = isObject(x) && isStoredItem(x.item) && typeof x.at === 'string' && has(x, 'value') && (x.truncated === undefined || (x.truncated === true && typeof x.value === 'string'));
    if (!ok) {
      skipped.push(line('keptAside', 'kept-aside-unreadable', [], 'a kept-aside copy in the file', 'it is not shaped like one'));
      continue;
    }
    const entry: KeptAside = { item: x.item as StoredItem, at: (x.at as string).slice(0, 40), value: x.value };
    if (x.truncated === true) {
      entry.value = (x.value as string).slice(0, MAX_KEPT_ASIDE_BYTES);
      entry.truncated = true;
    }
    keptAside.push(entry);
  }
  return {
    file: { format: EXPORT_FORMAT, schemaVersion: version, exportedAt: data.exportedAt.slice(0, 40), extensionVersion: data.extensionVersion.slice(0, 40), items, keptAside },
    skipped,
  };
}

/** One item's merge: the new value, and the report lines (the item changes only when something was taken). */
interface Merged<T> {
  value: T;
  taken: ReportLine[];
  skipped: ReportLine[];
}

function line(item: ReportLine['item'], code: ReportCode, args: string[], what: string, why?: string): ReportLine {
  return why === undefined ? { item, code, args, what } : { item, code, args, what, why };
}

function mergePrefs(here: Prefs, file: Prefs, storedHere: boolean, now: number): Merged<Prefs> {
  const taken: ReportLine[] = [];
  const skipped: ReportLine[] = [];
  const value: Prefs = { ...here, sites: { ...here.sites }, pauses: { ...here.pauses } };
  if (!storedHere && file.defaultMode !== here.defaultMode) {
    value.defaultMode = file.defaultMode;
    taken.push(line('prefs', 'default-taken', [file.defaultMode], `default mode: ${file.defaultMode}`));
  } else if (file.defaultMode !== here.defaultMode) {
    skipped.push(line('prefs', 'default-kept-here', [here.defaultMode, file.defaultMode], `default mode: ${file.defaultMode}`, `you chose ${here.defaultMode} here`));
  }
  let sites = Object.keys(value.sites).length;
  for (const [site, mode] of Object.entries(file.sites)) {
    const mine = has(value.sites, site) ? value.sites[site] : undefined;
    if (mine === mode) continue;
    if (mine !== undefined) {
      skipped.push(line('prefs', 'site-kept-here', [site, mine, mode], `${site}: ${mode}`, `you chose ${mine} here`));
    } else if (sites >= MAX_SITES) {
      skipped.push(line('prefs', 'site-limit', [site, String(MAX_SITES)], `${site}: ${mode}`, `Unscraped keeps at most ${MAX_SITES} site choices`));
    } else {
      value.sites[site] = mode;
      sites++;
      taken.push(line('prefs', 'site-taken', [site, mode], `${site}: ${mode}`));
    }
  }
  let pauses = Object.keys(value.pauses).length;
  for (const [site, fileEnd] of Object.entries(file.pauses)) {
    // a pause is a moment's choice: one from the file lasts at most a week from the import, as when it is set
    const until = Math.min(fileEnd, now + MAX_PAUSE_MS);
    const mine = has(value.pauses, site) ? value.pauses[site]! : undefined;
    if (until <= now) {
      skipped.push(line('prefs', 'pause-ended', [site, String(fileEnd)], `pause on ${site}`, 'it has ended'));
    } else if (mine !== undefined && mine >= until) {
      if (mine > until) skipped.push(line('prefs', 'pause-kept-here', [site, String(mine), String(until)], `pause on ${site}`, 'the pause here ends later'));
    } else if (mine === undefined && pauses >= MAX_PAUSES) {
      skipped.push(line('prefs', 'pause-limit', [site, String(MAX_PAUSES)], `pause on ${site}`, `Unscraped keeps at most ${MAX_PAUSES} pauses`));
    } else {
      if (mine === undefined) pauses++;
      value.pauses[site] = until;
      taken.push(line('prefs', 'pause-taken', [site, String(until)], `pause on ${site} until ${new Date(until).toISOString()}`));
    }
  }
  if (file.sync !== here.sync) {
    skipped.push(line('prefs', 'sync-kept-here', [String(here.sync), String(file.sync)], `sync ${file.sync ? 'on' : 'off'}`, 'sync is chosen in each browser'));
  }
  return { value, taken, skipped };
}

function mergeDetails(here: UserDetails | null, file: UserDetails | null): Merged<UserDetails | null> {
  if (file === null) return { value: here, taken: [], skipped: [] };
  if (here === null) return { value: file, taken: [line('details', 'details-taken', [], 'your details for letters')], skipped: [] };
  if (JSON.stringify(here) === JSON.stringify(file)) return { value: here, taken: [], skipped: [] };
  return { value: here, taken: [], skipped: [line('details', 'details-differ', [], 'your details for letters', 'your details here differ')] };
}

/** The latest day in a record's history ('' when it has none). */
const lastDay = (r: RequestRecord): string => r.history.reduce((d, h) => (h.on > d ? h.on : d), '');

function mergeRequests(here: RequestLog, file: RequestLog): Merged<RequestLog> {
  const taken: ReportLine[] = [];
  const skipped: ReportLine[] = [];
  const requests = [...here.requests];
  const at = new Map(requests.map((r, i) => [r.id, i]));
  for (const r of file.requests) {
    const what = `request to ${r.scraper} sent ${r.sentOn}`;
    const i = at.get(r.id);
    if (i === undefined) {
      if (requests.length >= MAX_REQUESTS) {
        skipped.push(line('requests', 'request-limit', [r.id, r.scraper, r.sentOn, String(MAX_REQUESTS)], what, `the log holds at most ${MAX_REQUESTS} requests`));
        continue;
      }
      at.set(r.id, requests.length);
      requests.push(r);
      taken.push(line('requests', 'request-taken', [r.id, r.scraper, r.sentOn], what));
      continue;
    }
    const mine = requests[i]!;
    if (JSON.stringify(mine) === JSON.stringify(r)) continue;
    const fileIsNewer = r.history.length > mine.history.length || (r.history.length === mine.history.length && lastDay(r) > lastDay(mine));
    if (fileIsNewer) {
      requests[i] = r;
      taken.push(line('requests', 'request-updated', [r.id, r.scraper, r.sentOn], what, 'the file has its later history'));
    } else {
      skipped.push(line('requests', 'request-kept-here', [r.id, r.scraper, r.sentOn], what, 'the one here is as recent or more'));
    }
  }
  if ((file.notify === true) !== (here.notify === true)) {
    skipped.push(line('requests', 'notify-kept-here', [String(here.notify === true), String(file.notify === true)], `notifications of overdue answers ${file.notify ? 'on' : 'off'}`, 'notifications are chosen in each browser'));
  }
  return { value: { ...here, requests }, taken, skipped };
}

const sameProfile = (a: MyProfile, b: MyProfile) => a.platform === b.platform && a.handle.toLowerCase() === b.handle.toLowerCase();

function mergeExposure(here: Exposure, file: Exposure): Merged<Exposure> {
  const taken: ReportLine[] = [];
  const skipped: ReportLine[] = [];
  const profiles = [...here.profiles];
  for (const p of file.profiles) {
    if (profiles.some((q) => sameProfile(p, q))) continue;
    const what = `${p.platform} profile ${p.handle}`;
    if (profiles.length >= MAX_PROFILES) {
      skipped.push(line('exposure', 'profile-limit', [p.platform, p.handle, String(MAX_PROFILES)], what, `Unscraped keeps at most ${MAX_PROFILES} profiles`));
      continue;
    }
    profiles.push(p);
    taken.push(line('exposure', 'profile-taken', [p.platform, p.handle], what));
  }
  let countUploads = here.countUploads;
  if (here.countUploads === null && file.countUploads !== null) {
    countUploads = file.countUploads;
    taken.push(line('exposure', 'count-uploads-taken', [String(file.countUploads)], `counting uploads: ${file.countUploads ? 'yes' : 'no'}`));
  } else if (file.countUploads !== null && file.countUploads !== here.countUploads) {
    skipped.push(line('exposure', 'count-uploads-kept-here', [String(here.countUploads), String(file.countUploads)], `counting uploads: ${file.countUploads ? 'yes' : 'no'}`, `you answered ${here.countUploads ? 'yes' : 'no'} here`));
  }
  const uploads = countUploads === true ? { ...here.uploads } : {};
  for (const [platform, n] of Object.entries(file.uploads)) {
    const what = `${n} uploads on ${platform}`;
    if (countUploads !== true) {
      skipped.push(line('exposure', 'uploads-not-counting', [platform, String(n)], what, 'counting uploads is off here'));
    } else if (n > (has(uploads, platform) ? uploads[platform]! : 0)) {
      uploads[platform] = n;
      taken.push(line('exposure', 'uploads-taken', [platform, String(n)], what));
    }
  }
  return { value: { ...here, profiles, countUploads, uploads }, taken, skipped };
}

function merge(item: StoredItem, here: unknown, file: unknown, storedHere: boolean, now: number): Merged<unknown> {
  switch (item) {
    case 'prefs':
      return mergePrefs(here as Prefs, file as Prefs, storedHere, now);
    case 'details':
      return mergeDetails(here as UserDetails | null, file as UserDetails | null);
    case 'requests':
      return mergeRequests(here as RequestLog, file as RequestLog);
    case 'exposure':
      return mergeExposure(here as Exposure, file as Exposure);
  }
}

/**
 * Merges an export file into what is stored here (`current`: the raw dump of `storage.local`), item by item, and
 * says what to write: `writes` holds only the keys that change, each with its full new value in the current schema
 * (ready for `storage.local.set`). Both sides are read through their item's reader first, so an older file migrates
 * and corrupt entries are repaired; what a reader had to drop from the file is in the report (`unreadable-dropped`).
 *
 * - prefs: a site missing here is taken; a site chosen differently here keeps its choice here. The default mode here
 *   stays, unless no prefs were ever stored here. A pause is taken when it ends later than the one here, capped at a
 *   week from `now` like any pause; an ended one is not. Sync stays as chosen here.
 * - details: taken when there are none here; when they differ, the ones here stay.
 * - requests, by id: one missing here is taken; for the same id, the one with more history entries wins, then the
 *   one with the later last history day, else the one here. At most MAX_REQUESTS; `notify` stays as here.
 * - exposure: the union of profiles (same platform and handle in any case is one profile); the answer about counting
 *   uploads stays as here unless unanswered here; upload counts take the larger per platform, only if counting is on.
 * - kept-aside copies: added under their content key when not here yet, at most MAX_KEPT_ASIDE per item.
 * - an item here that comes from a newer Unscraped is left as it is. An item here that could not be read whole is
 *   kept aside before the merged value replaces it.
 *
 * Never throws for a file from `parseExport`. `now` (epoch ms) decides which pauses have ended and stamps the copies it keeps aside.
 */
export function mergeImport(current: Record<string, unknown>, file: ExportFile, now: number): { writes: Record<string, unknown>; report: ImportReport } {
  const writes: Record<string, unknown> = {};
  const report: ImportReport = { taken: [], skipped: [], unchanged: [] };
  const at = new Date(now).toISOString();

  // kept-aside copies here, per item: their keys and contents, to add each copy once and respect the cap
  const asideHere = new Map<StoredItem, { keys: Set<string>; contents: Set<string> }>(STORED_ITEMS.map((i) => [i, { keys: new Set(), contents: new Set() }]));
  for (const key of Object.keys(current)) {
    const item = keptAsideItem(key);
    if (!item) continue;
    const e = asKeptAside(item, current[key]);
    asideHere.get(item)!.keys.add(key);
    asideHere.get(item)!.contents.add(contentOf(e));
  }
  /** Adds a kept-aside copy unless it is here already (by key or by content); 'full' when the item has MAX_KEPT_ASIDE. */
  function keepAside(entry: KeptAside, key: string): 'added' | 'present' | 'full' {
    const here = asideHere.get(entry.item as StoredItem)!;
    if (here.keys.has(key) || here.contents.has(contentOf(entry))) return 'present';
    if (here.keys.size >= MAX_KEPT_ASIDE) return 'full';
    here.keys.add(key);
    here.contents.add(contentOf(entry));
    writes[key] = entry;
    return 'added';
  }

  for (const item of STORED_ITEMS) {
    if (!has(file.items, item)) {
      report.unchanged.push(item);
      continue;
    }
    const storedHere = has(current, item) && current[item] !== undefined && current[item] !== null;
    const mine = readStoredItem(item, storedHere ? current[item] : undefined);
    const theirs = readStoredItem(item, file.items[item]);
    for (const p of theirs.problems) report.skipped.push(line(item, 'unreadable-dropped', [item, p], `${item} in the file: ${p}`, 'it could not be read'));
    if (mine.newer) {
      report.skipped.push(line(item, 'here-newer', [item], `${item} from the file`, `the ${item} here come from a newer Unscraped; left as they are`));
      report.unchanged.push(item);
      continue;
    }
    const m = merge(item, mine.value, theirs.value, storedHere, now);
    report.skipped.push(...m.skipped);
    if (!m.taken.length) {
      report.unchanged.push(item);
      continue;
    }
    report.taken.push(...m.taken);
    if (mine.keepAside !== undefined) {
      const kept = keepAside(keptAsideEntry(item, mine.keepAside, at), keptAsideKey(item, mine.keepAside));
      if (kept === 'added') report.taken.push(line('keptAside', 'kept-here-aside', [item], `the ${item} here, as they were`, 'they could not be read whole'));
      if (kept === 'full') report.skipped.push(line('keptAside', 'kept-aside-full', [item, at], `the ${item} here, as they were`, `${MAX_KEPT_ASIDE} copies of ${item} are kept aside already`));
    }
    writes[item] = m.value;
  }

  for (const entry of file.keptAside) {
    if (!isStoredItem(entry.item)) continue; // parseExport lets none through
    const what = `a copy of ${entry.item} kept aside ${entry.at || 'at an unknown time'}`;
    const stored = entry.truncated ? entry : keptAsideEntry(entry.item, entry.value, entry.at);
    const kept = keepAside(stored, keptAsideKey(entry.item, entry.value));
    if (kept === 'added') report.taken.push(line('keptAside', 'kept-aside-taken', [entry.item, entry.at], what));
    if (kept === 'full') report.skipped.push(line('keptAside', 'kept-aside-full', [entry.item, entry.at], what, `${MAX_KEPT_ASIDE} copies of ${entry.item} are kept aside already`));
  }
  return { writes, report };
}
