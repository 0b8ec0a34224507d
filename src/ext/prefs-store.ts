/** Preferences in `storage.local` under `prefs`, on the one store pattern (ext/store.ts) with core/prefs' reader. */
import { defaultPrefs, PREFS_KEY, readPrefs, type Prefs } from '../core/prefs';
import { defineStore } from './store';
import { scheduleSyncWrite } from './sync';

export const prefsStore = defineStore<Prefs>({
  key: PREFS_KEY,
  read: (stored) => {
    const r = readPrefs(stored);
    return { value: r.prefs, changed: r.changed, keepAside: r.keepAside, newer: r.newer, problems: r.problems };
  },
  fallback: defaultPrefs,
});

export const loadPrefs = (): Promise<Prefs> => prefsStore.load();

/** A change the user made here: saved, then (with sync on) written to `storage.sync` after a short quiet time. */
export async function updatePrefs(change: (p: Prefs) => Prefs): Promise<Prefs> {
  const prefs = await prefsStore.update(change);
  scheduleSyncWrite(prefs);
  return prefs;
}
