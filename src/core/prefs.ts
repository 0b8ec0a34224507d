/**
 * Preferences: one default, per-site choices keyed by registrable domain, and pauses that end by themselves, decided
 * by one pure function (`modeFor`, for a site at a moment) that the badge, the notice and the popup all call. Stored data carries a schema version; reading it
 * goes through `readPrefs`, which migrates older versions, repairs corrupt fields and says what it kept aside, so
 * nothing the user chose is silently dropped.
 */
import { openStored } from './stored';

/** warn: badge and in-page notice; quiet: badge only; off: nothing. */
export type SiteMode = 'warn' | 'quiet' | 'off';
export const SITE_MODES: readonly SiteMode[] = ['warn', 'quiet', 'off'];

export const PREFS_SCHEMA_VERSION = 2;
/** The `storage.local` key preferences live under. */
export const PREFS_KEY = 'prefs';

export interface Prefs {
  schemaVersion: typeof PREFS_SCHEMA_VERSION;
  defaultMode: SiteMode;
  /** per registrable domain: the sites the user chose a mode for (a choice equal to the default is kept too) */
  sites: Record<string, SiteMode>;
  /** per registrable domain: when a pause ends (epoch ms). While it runs, Unscraped does nothing there, as in "off";
   * when it ends, the site's own mode (or the default) applies again. */
  pauses: Record<string, number>;
  /** modes and pauses are also kept in `storage.sync`, to follow the user to their other browsers (off by default) */
  sync: boolean;
}

export function defaultPrefs(): Prefs {
  return { schemaVersion: PREFS_SCHEMA_VERSION, defaultMode: 'warn', sites: {}, pauses: {}, sync: false };
}

/** The longest pause: a week. A pause is a moment's choice; "off" is the lasting one. */
export const MAX_PAUSE_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_PAUSES = 500;

export const isMode = (x: unknown): x is SiteMode => typeof x === 'string' && (SITE_MODES as readonly string[]).includes(x);
const SITE_KEY = /^[a-z0-9.-]{3,253}$/;
export const MAX_SITES = 5_000;

export function isSiteKey(x: unknown): x is string {
  return typeof x === 'string' && SITE_KEY.test(x) && x.includes('.') && !x.startsWith('.') && !x.endsWith('.');
}

export interface ReadResult {
  prefs: Prefs;
  /** true when what was stored differs from `prefs` (missing, older version, repaired): the caller should save */
  changed: boolean;
  /** the stored value, when it could not be read whole (corrupt or from a newer version): keep it aside, never lose it */
  keepAside: unknown;
  /** the stored value came from a newer version of Unscraped: it must not be rewritten in place by a read */
  newer: boolean;
  problems: string[];
}

/**
 * Version-by-version migrations, each pure: `migrations[n]` turns version n into n + 1. Every version ever shipped
 * has a fixture under tests/fixtures/prefs/ that the tests read and lose nothing of.
 *
 * 1 → 2: pauses and the sync switch arrive; no pause runs and sync stays off.
 */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, schemaVersion: 2, pauses: {}, sync: false }),
};

export function readPrefs(stored: unknown): ReadResult {
  const opened = openStored(stored, PREFS_SCHEMA_VERSION, defaultPrefs, 'stored preferences', true);
  if ('read' in opened) {
    const { value, ...rest } = opened.read;
    return { prefs: value, ...rest };
  }
  let { data, version } = opened;
  const { newer, problems } = opened;
  let keepAside: unknown;
  let changed = false;
  if (newer) {
    // written by a newer Unscraped: read what we understand, and keep the original aside
    keepAside = stored;
    version = PREFS_SCHEMA_VERSION;
    changed = true;
  }
  while (version < PREFS_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) return { prefs: defaultPrefs(), changed: true, keepAside: stored, newer: false, problems: [`no migration from version ${version}`] };
    data = step(data);
    version++;
    changed = true;
  }
  const prefs = defaultPrefs();
  if (isMode(data.defaultMode)) prefs.defaultMode = data.defaultMode;
  else if (data.defaultMode !== undefined) {
    problems.push('defaultMode was not a mode');
    changed = true;
  }
  const sites = data.sites;
  if (sites !== undefined && (typeof sites !== 'object' || sites === null || Array.isArray(sites))) {
    problems.push('sites was not an object');
    changed = true;
  } else if (sites) {
    let n = 0;
    for (const [site, mode] of Object.entries(sites as Record<string, unknown>)) {
      if (!isSiteKey(site) || !isMode(mode)) {
        problems.push(`dropped bad site entry ${JSON.stringify(site).slice(0, 80)}`);
        changed = true;
        continue;
      }
      if (n >= MAX_SITES) {
        problems.push('too many site entries');
        changed = true;
        break;
      }
      prefs.sites[site] = mode;
      n++;
    }
  }
  const pauses = data.pauses;
  if (pauses !== undefined && (typeof pauses !== 'object' || pauses === null || Array.isArray(pauses))) {
    problems.push('pauses was not an object');
    changed = true;
  } else if (pauses) {
    let n = 0;
    for (const [site, until] of Object.entries(pauses as Record<string, unknown>)) {
      if (!isSiteKey(site) || !isPauseEnd(until) || n >= MAX_PAUSES) {
        problems.push(`dropped bad pause ${JSON.stringify(site).slice(0, 80)}`);
        changed = true;
        continue;
      }
      prefs.pauses[site] = until;
      n++;
    }
  } else if (!newer) changed = true;
  if (typeof data.sync === 'boolean') prefs.sync = data.sync;
  else {
    if (data.sync !== undefined) problems.push('sync was not true or false');
    changed = true;
  }
  if (problems.length && keepAside === undefined) keepAside = stored;
  return { prefs, changed, keepAside, newer, problems };
}

function isPauseEnd(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** When the pause of a site ends, or null when none runs at `now`. */
export function pausedUntil(prefs: Prefs, site: string | null, now: number): number | null {
  if (!site || !own(prefs.pauses, site)) return null;
  const until = prefs.pauses[site]!;
  return until > now ? until : null;
}

/** The mode for a site at a moment: "off" while a pause runs, else its own choice, else the default. The one rule
 * the badge, the notice, upload counting and the popup follow. */
export function modeFor(prefs: Prefs, site: string | null, now: number): SiteMode {
  if (pausedUntil(prefs, site, now) !== null) return 'off';
  return chosenMode(prefs, site);
}

/** The mode a site has when no pause runs: its own choice, else the default. */
export function chosenMode(prefs: Prefs, site: string | null): SiteMode {
  if (site && own(prefs.sites, site)) return prefs.sites[site]!;
  return prefs.defaultMode;
}
