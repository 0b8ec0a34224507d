/** Preferences in `storage.local` under `prefs`, on the one store pattern (ext/store.ts) with core/prefs' reader. */
import { defaultPrefs, PREFS_KEY, readPrefs, type Prefs } from '../core/prefs';
import { defineStore } from './store';

export const prefsStore = defineStore<Prefs>({
  key: PREFS_KEY,
  read: (stored) => {
    const r = readPrefs(stored);
    return { value: r.prefs, changed: r.changed, keepAside: r.keepAside, newer: r.newer, problems: r.problems };
  },
  fallback: defaultPrefs,
});

export const loadPrefs = (): Promise<Prefs> => prefsStore.load();
