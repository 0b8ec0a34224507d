/**
 * The worker's side of an import. The options page reads an export file, merges it with what is stored (backup.ts:
 * the file's checks, the merge rules and the report, code the worker does not load each time it wakes) and hands the
 * worker the values to write, with a fingerprint of the stored data it merged with. The worker writes them only if
 * storage is still what the page saw (else the page merges again: no change made in between is lost) and only
 * values that each item's own reader takes whole. Pure: the worker reads and writes `storage.local` around these.
 */
import { readPrefs } from '../prefs';
import { readRequestLog } from '../requests/log';
import { fingerprint, isKeptAsideKey, type StoredRead } from '../stored';
import { readDetails } from '../user/details';
import { readExposure } from '../user/exposure';
import { isStoredItem, MAX_IMPORT_KEYS, type StoredItem } from './items';

/** A fingerprint of everything stored (the dump of `storage.local`): its JSON's length and FNV-1a, keys sorted. */
export function storageBasis(all: Record<string, unknown>): string {
  const json = JSON.stringify(Object.keys(all).sort().map((k) => [k, all[k]]));
  return `${json.length}:${fingerprint(json)}`;
}

/** A stored item read through its own reader (preferences' `prefs` named `value`, like the others'). */
export function readStoredItem(item: StoredItem, value: unknown): StoredRead<unknown> {
  if (item === 'prefs') {
    const { prefs, ...rest } = readPrefs(value);
    return { value: prefs, ...rest };
  }
  return (item === 'details' ? readDetails : item === 'requests' ? readRequestLog : readExposure)(value);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * What to write for an import's `writes`, as each reader reads it, or why none of it is written: a key Unscraped does
 * not store, an item its reader cannot take whole (corrupt, or newer than this version), or a kept-aside copy that is
 * not shaped like one. All or nothing.
 */
export function checkImportWrites(writes: Record<string, unknown>): { writes: Record<string, unknown> } | { refused: string } {
  const keys = Object.keys(writes);
  if (!keys.length || keys.length > MAX_IMPORT_KEYS) return { refused: `an import writes 1 to ${MAX_IMPORT_KEYS} items, not ${keys.length}` };
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = writes[key];
    if (isStoredItem(key)) {
      const r = readStoredItem(key, value);
      const whole = !r.problems.length && !r.newer && r.keepAside === undefined;
      if (!whole || value === null || value === undefined) return { refused: `${key} could not be read whole` };
      out[key] = r.value;
    } else if (isKeptAsideKey(key) && isStoredItem(key.slice(0, key.indexOf('.')))) {
      const item = key.slice(0, key.indexOf('.'));
      const ok = isObject(value) && value.item === item && typeof value.at === 'string' && Object.prototype.hasOwnProperty.call(value, 'value')
        && (value.truncated === undefined || (value.truncated === true && typeof value.value === 'string'));
      if (!ok) return { refused: `${key.slice(0, 60)} is not a kept-aside copy` };
      out[key] = value;
    } else {
      return { refused: `${JSON.stringify(key.slice(0, 40))} is not something Unscraped stores` };
    }
  }
  return { writes: out };
}
