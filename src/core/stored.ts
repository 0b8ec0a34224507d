/**
 * What every stored item's pure reader returns (readPrefs is the model): the value to use, whether to save it, what
 * to keep aside, and why. The store in ext/store.ts applies it the same way for every item.
 */
export interface StoredRead<T> {
  value: T;
  /** what was stored differs from `value` (missing field, older version, repaired): save `value` */
  changed: boolean;
  /** the stored value, when it could not be read whole (corrupt, or from a newer version): keep it aside */
  keepAside: unknown;
  /** the stored value came from a newer version of Unscraped: never overwrite it in place just by reading it */
  newer: boolean;
  problems: string[];
}

/**
 * The checks every reader starts with, on the envelope of a stored item: nothing stored gives the empty value; a value
 * that is not an object, or has no valid schemaVersion, is kept aside whole and the empty value used; otherwise the
 * object comes back with its version, whether it is newer than `current`, and that problem when it is. `name` is how
 * the problems name the item ("stored preferences", `plural`; "the stored request log").
 */
export function openStored<T>(
  stored: unknown,
  current: number,
  empty: () => T,
  name: string,
  plural = false,
): { read: StoredRead<T> } | { data: Record<string, unknown>; version: number; newer: boolean; problems: string[] } {
  const [is, has, comes] = plural ? ['are', 'have', 'come'] : ['is', 'has', 'comes'];
  if (stored === undefined || stored === null) return { read: { value: empty(), changed: false, keepAside: undefined, newer: false, problems: [] } };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { read: { value: empty(), changed: true, keepAside: stored, newer: false, problems: [`${name} ${is} not an object`] } };
  }
  const data = stored as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { read: { value: empty(), changed: true, keepAside: stored, newer: false, problems: [`${name} ${has} a bad schemaVersion`] } };
  }
  const newer = version > current;
  return { data, version, newer, problems: newer ? [`${name} ${comes} from a newer version (${version})`] : [] };
}

/** The most kept-aside copies of one item, and the largest one kept whole (bytes of JSON). */
export const MAX_KEPT_ASIDE = 5;
export const MAX_KEPT_ASIDE_BYTES = 64 * 1024;

/** A kept-aside copy as stored: which item it was, when it was kept, and the value (cut to size if it was huge). */
export interface KeptAside {
  item: string;
  at: string;
  value: unknown;
  /** the value was larger than MAX_KEPT_ASIDE_BYTES: `value` holds the start of its JSON */
  truncated?: true;
}

/** A short, stable fingerprint of a JSON text (FNV-1a, 32 bits), so one value is kept aside once, under one key. */
export function fingerprint(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The storage key of a kept-aside copy of `item`, by the fingerprint of its content. */
export function keptAsideKey(item: string, value: unknown): string {
  return `${item}.keptAside.${fingerprint(JSON.stringify(value) ?? String(value))}`;
}

export function isKeptAsideKey(key: string, item?: string): boolean {
  return item === undefined ? /\.keptAside\.[0-9a-f]{8}$/.test(key) : key.startsWith(`${item}.keptAside.`);
}

/** The copy to store: whole when it is small, else the start of its JSON, marked as truncated. */
export function keptAsideEntry(item: string, value: unknown, at: string): KeptAside {
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= MAX_KEPT_ASIDE_BYTES) return { item, at, value };
  return { item, at, value: json.slice(0, MAX_KEPT_ASIDE_BYTES), truncated: true };
}
