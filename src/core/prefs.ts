/**
 * Preferences: one default and per-site choices keyed by registrable domain, decided by one pure function
 * (`modeFor`) that the badge, the notice and the popup all call. Stored data carries a schema version; reading it
 * goes through `readPrefs`, which migrates older versions, repairs corrupt fields and says what it kept aside, so
 * nothing the user chose is silently dropped.
 */

/** warn: badge and in-page notice; quiet: badge only; off: nothing. */
export type SiteMode = 'warn' | 'quiet' | 'off';
export const SITE_MODES: readonly SiteMode[] = ['warn', 'quiet', 'off'];

export const PREFS_SCHEMA_VERSION = 1;
/** The `storage.local` key preferences live under. */
export const PREFS_KEY = 'prefs';

export interface Prefs {
  schemaVersion: typeof PREFS_SCHEMA_VERSION;
  defaultMode: SiteMode;
  /** per registrable domain: the sites the user chose a mode for (a choice equal to the default is kept too) */
  sites: Record<string, SiteMode>;
}

export function defaultPrefs(): Prefs {
  return { schemaVersion: PREFS_SCHEMA_VERSION, defaultMode: 'warn', sites: {} };
}

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
 * Version-by-version migrations, each pure: `migrations[n]` turns version n into n + 1. Version 1 is the first
 * released schema, so there is nothing to migrate yet; a later schema adds `migrations[1]` and a fixture of version 1
 * under tests/fixtures/prefs/.
 */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function readPrefs(stored: unknown): ReadResult {
  const problems: string[] = [];
  if (stored === undefined || stored === null) return { prefs: defaultPrefs(), changed: false, keepAside: undefined, newer: false, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { prefs: defaultPrefs(), changed: true, keepAside: stored, newer: false, problems: ['stored preferences are not an object'] };
  }
  let data = stored as Record<string, unknown>;
  const storedVersion = data.schemaVersion;
  if (typeof storedVersion !== 'number' || !Number.isInteger(storedVersion) || storedVersion < 1) {
    return { prefs: defaultPrefs(), changed: true, keepAside: stored, newer: false, problems: ['stored preferences have a bad schemaVersion'] };
  }
  let version = storedVersion;
  let keepAside: unknown;
  let changed = false;
  const newer = version > PREFS_SCHEMA_VERSION;
  if (newer) {
    // written by a newer Unscraped: read what we understand, and keep the original aside
    keepAside = stored;
    problems.push(`stored preferences come from a newer version (${version})`);
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
  if (problems.length && keepAside === undefined) keepAside = stored;
  return { prefs, changed, keepAside, newer, problems };
}

/** The mode for a site: its override, else the default. */
export function modeFor(prefs: Prefs, site: string | null): SiteMode {
  if (site && Object.prototype.hasOwnProperty.call(prefs.sites, site)) return prefs.sites[site]!;
  return prefs.defaultMode;
}

/** A copy with one site's own mode set, or removed with `null` (the default then applies). A choice made for a site
 * is kept even when it equals the default, so that changing the default later does not change that site. */
export function withSiteMode(prefs: Prefs, site: string, mode: SiteMode | null): Prefs {
  const sites = { ...prefs.sites };
  delete sites[site];
  if (mode !== null) sites[site] = mode;
  return { ...prefs, sites };
}

/** A copy with a new default. Every site's own choice stays: changing the default and back changes no site that has
 * one. */
export function withDefaultMode(prefs: Prefs, mode: SiteMode): Prefs {
  return { ...prefs, defaultMode: mode, sites: { ...prefs.sites } };
}
