/** The kept-aside copies of every stored item (see ext/store.ts): listed for the options page, and cleared on request. */
import { isKeptAsideKey, type KeptAside } from '../core/stored';
import type { KeptAsideInfo } from '../core/protocol/pages';
import { browser } from './browser';
import { bounded } from './storage-guard';

export async function listKeptAside(): Promise<KeptAsideInfo[]> {
  const all = await bounded('local', 'read', 'list kept-aside copies', () => browser.storage.local.get(null));
  return Object.entries(all)
    .filter(([k]) => isKeptAsideKey(k))
    .map(([key, v]) => {
      const e = (typeof v === 'object' && v !== null ? v : {}) as Partial<KeptAside>;
      return {
        key,
        item: typeof e.item === 'string' ? e.item.slice(0, 40) : key.replace(/\.keptAside\..*$/, ''),
        at: typeof e.at === 'string' ? e.at.slice(0, 40) : '',
        bytes: (JSON.stringify(v) ?? '').length,
        truncated: e.truncated === true,
      };
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}

export async function clearKeptAside(): Promise<{ cleared: number }> {
  const keys = (await listKeptAside()).map((k) => k.key);
  if (keys.length) await bounded('local', 'write', 'clear kept-aside copies', () => browser.storage.local.remove(keys));
  return { cleared: keys.length };
}
