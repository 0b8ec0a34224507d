/** The items Unscraped keeps in `storage.local`, each with its own schema and reader (see core/stored.ts). */
export const STORED_ITEMS = ['prefs', 'details', 'requests', 'exposure'] as const;
export type StoredItem = (typeof STORED_ITEMS)[number];

/** The largest export file an import reads (bytes of UTF-8), and the most an import may ask the worker to write. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The most keys one import writes: the four items and their kept-aside copies (at most 5 each), with room. */
export const MAX_IMPORT_KEYS = 64;

export const isStoredItem = (x: unknown): x is StoredItem => typeof x === 'string' && (STORED_ITEMS as readonly string[]).includes(x);

/**
 * Every key to remove to erase everything Unscraped stores in `storage.local`: all of them. `storage.local` belongs to
 * this extension alone, so a key it does not know (left by another version) is still the user's data kept by
 * Unscraped, and erasing means it goes too. `storage.session` (memory, gone with the browser) and, once prefs sync,
 * `storage.sync` are not in the dump this reads: the caller clears those itself.
 */
export function erasePlan(all: Record<string, unknown>): string[] {
  return Object.keys(all).sort();
}
