/**
 * Preferences in `storage.local` under `prefs`. Reading migrates and repairs (see core/prefs); whatever could not be
 * read whole is first copied aside under `prefs.keptAside.<time>`, so a corrupt or newer-version value is never lost.
 * Only the worker writes, one write at a time.
 */
import { readPrefs, type Prefs } from '../core/prefs';
import { browser } from './browser';

const KEY = 'prefs';
let cache: Prefs | null = null;
let chain: Promise<unknown> = Promise.resolve();

// another context (a future import, the user clearing data) may change storage: drop the cache
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEY in changes) cache = null;
});

export async function loadPrefs(): Promise<Prefs> {
  if (cache) return cache;
  const got = await browser.storage.local.get(KEY);
  const r = readPrefs(got[KEY]);
  if (r.keepAside !== undefined) {
    await browser.storage.local.set({ [`${KEY}.keptAside.${Date.now()}`]: r.keepAside });
  }
  if (r.changed) await browser.storage.local.set({ [KEY]: r.prefs });
  cache = r.prefs;
  return r.prefs;
}

/** Apply `change` to the current preferences and save the result; changes run one after another. */
export function updatePrefs(change: (p: Prefs) => Prefs): Promise<Prefs> {
  const run = chain.then(async () => {
    const next = change(await loadPrefs());
    await browser.storage.local.set({ [KEY]: next });
    cache = next;
    return next;
  });
  chain = run.catch(() => undefined);
  return run;
}
