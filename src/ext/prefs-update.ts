/** A change to the preferences that the user made here, on the prefs store, and handed to sync. (Apart from the store so
 * that reading the preferences, which every badge does, does not load sync.) */
import type { Prefs } from '../core/prefs';
import { prefsStore } from './prefs-store';
import { scheduleSyncWrite } from './sync';

/** A change the user made here: saved, then (with sync on) written to `storage.sync` after a short quiet time. */
export async function updatePrefs(change: (p: Prefs) => Prefs): Promise<Prefs> {
  const prefs = await prefsStore.update(change);
  scheduleSyncWrite(prefs);
  return prefs;
}
