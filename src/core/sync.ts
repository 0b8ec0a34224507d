/**
 * Preferences in `storage.sync`, when the user turns sync on: modes and pauses only (never the request log, the
 * details or My exposure). Pure: how preferences become sync items within the browsers' quotas, and back.
 *
 * Quotas (Chrome and Firefox): 8,192 bytes per item and 102,400 in all. Unscraped stays under half of each: every item
 * at most ITEM_BUDGET bytes and all of them at most TOTAL_BUDGET, so other writes of the browser's own never fail
 * because of us. Sites are spread over numbered items; sites that do not fit stay on this device, and the status says
 * how many.
 */
import { isMode, isSiteKey, MAX_PAUSES, MAX_SITES, type Prefs, type SiteMode } from './prefs';

export const SYNC_PREFIX = 'unscraped.';
export const SYNC_META = 'unscraped.meta';
export const SYNC_PAUSES = 'unscraped.pauses';
export const syncSitesKey = (i: number) => `unscraped.sites.${i}`;
export const SYNC_FORMAT = 1;
export const ITEM_BUDGET = 4_096;
export const TOTAL_BUDGET = 50 * 1_024;

export interface SyncMeta {
  format: typeof SYNC_FORMAT;
  /** when these preferences were last changed by the user, on whichever browser (epoch ms) */
  updatedAt: number;
  /** how many `unscraped.sites.N` items there are */
  parts: number;
  defaultMode: SiteMode;
}

/** What the sync items carry: the part of the preferences that follows the user. */
export interface SyncedPrefs {
  updatedAt: number;
  defaultMode: SiteMode;
  sites: Record<string, SiteMode>;
  pauses: Record<string, number>;
}

/** What the options page shows about sync. */
export interface SyncStatus {
  on: boolean;
  /** the last write or read failed: the browser's words */
  problem: string | null;
  /** sites that did not fit in the sync quota and stay on this device only */
  left: number;
  /** when this browser last wrote or applied synced preferences (epoch ms) */
  at: number | null;
}

/** The size `storage.sync` counts for an item: its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The sync items for `prefs`, and how many sites did not fit. Pauses that ended by `now` are left out; sites are
 * packed in name order so the same preferences always give the same items (no needless writes).
 */
export function toSyncItems(prefs: Prefs, updatedAt: number, now: number): { items: Record<string, unknown>; left: number } {
  const pauses: Record<string, number> = {};
  for (const [s, until] of Object.entries(prefs.pauses)) if (until > now) pauses[s] = until;
  let total = itemBytes(SYNC_PAUSES, pauses);
  const parts: Record<string, SiteMode>[] = [];
  let part: Record<string, SiteMode> = {};
  let left = 0;
  // room for the meta item, whatever its numbers become
  total += itemBytes(SYNC_META, { format: SYNC_FORMAT, updatedAt: Number.MAX_SAFE_INTEGER, parts: 9_999, defaultMode: 'quiet' });
  // sizes counted as entries are added (site keys are ASCII: one byte per character)
  const entryBytes = (site: string, mode: string) => JSON.stringify(site).length + 1 + JSON.stringify(mode).length;
  let partBytes = 2; // "{}"
  const sizeOf = (i: number, bytes: number) => syncSitesKey(i).length + bytes;
  for (const site of Object.keys(prefs.sites).sort()) {
    const mode = prefs.sites[site]!;
    const add = entryBytes(site, mode) + (Object.keys(part).length ? 1 : 0);
    if (sizeOf(parts.length, partBytes + add) <= ITEM_BUDGET) {
      part[site] = mode;
      partBytes += add;
      continue;
    }
    // close this part and start another, if the whole still fits
    const closed = sizeOf(parts.length, partBytes);
    const fresh = 2 + entryBytes(site, mode);
    if (total + closed + sizeOf(parts.length + 1, fresh) > TOTAL_BUDGET) {
      left++;
      continue;
    }
    parts.push(part);
    total += closed;
    part = { [site]: mode };
    partBytes = fresh;
  }
  if (Object.keys(part).length) {
    const closed = sizeOf(parts.length, partBytes);
    if (total + closed <= TOTAL_BUDGET) parts.push(part);
    else left += Object.keys(part).length;
  }
  const items: Record<string, unknown> = {
    [SYNC_META]: { format: SYNC_FORMAT, updatedAt, parts: parts.length, defaultMode: prefs.defaultMode } satisfies SyncMeta,
    [SYNC_PAUSES]: pauses,
  };
  parts.forEach((p, i) => (items[syncSitesKey(i)] = p));
  return { items, left };
}

/** The keys of ours in a sync dump that a write of `items` leaves stale (site parts beyond the new count). */
export function staleSyncKeys(all: Record<string, unknown>, items: Record<string, unknown>): string[] {
  return Object.keys(all).filter((k) => k.startsWith(SYNC_PREFIX) && !(k in items));
}

/** The preferences in a sync dump, checked entry by entry; null when there is none, or it cannot be read. */
export function fromSyncItems(all: Record<string, unknown>): SyncedPrefs | null {
  const meta = all[SYNC_META];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return null;
  const m = meta as Record<string, unknown>;
  if (m.format !== SYNC_FORMAT || typeof m.updatedAt !== 'number' || !Number.isSafeInteger(m.updatedAt) || !isMode(m.defaultMode)) return null;
  const parts = typeof m.parts === 'number' && Number.isSafeInteger(m.parts) && m.parts >= 0 ? Math.min(m.parts, 100) : 0;
  const sites: Record<string, SiteMode> = {};
  let n = 0;
  for (let i = 0; i < parts; i++) {
    const p = all[syncSitesKey(i)];
    if (typeof p !== 'object' || p === null || Array.isArray(p)) continue;
    for (const [site, mode] of Object.entries(p as Record<string, unknown>)) {
      if (n >= MAX_SITES || !isSiteKey(site) || !isMode(mode)) continue;
      sites[site] = mode;
      n++;
    }
  }
  const pauses: Record<string, number> = {};
  const rawPauses = all[SYNC_PAUSES];
  if (typeof rawPauses === 'object' && rawPauses !== null && !Array.isArray(rawPauses)) {
    let k = 0;
    for (const [site, until] of Object.entries(rawPauses as Record<string, unknown>)) {
      if (k >= MAX_PAUSES || !isSiteKey(site) || typeof until !== 'number' || !Number.isSafeInteger(until) || until <= 0) continue;
      pauses[site] = until;
      k++;
    }
  }
  return { updatedAt: m.updatedAt, defaultMode: m.defaultMode, sites, pauses };
}

/** Another browser changed the preferences later than this one: its modes and pauses replace these. */
export function applySynced(prefs: Prefs, synced: SyncedPrefs): Prefs {
  return { ...prefs, defaultMode: synced.defaultMode, sites: { ...synced.sites }, pauses: { ...synced.pauses } };
}

/**
 * Sync turned on where the sync storage already holds preferences (from another browser): nothing chosen here is
 * lost. Sites are joined (a site chosen on both keeps this browser's choice), the later end of a pause wins, and the
 * default stays this browser's.
 */
export function joinSynced(prefs: Prefs, synced: SyncedPrefs): Prefs {
  const pauses = { ...synced.pauses };
  for (const [s, until] of Object.entries(prefs.pauses)) pauses[s] = Math.max(until, pauses[s] ?? 0);
  return { ...prefs, sites: { ...synced.sites, ...prefs.sites }, pauses };
}
