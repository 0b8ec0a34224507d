/**
 * Sync of modes and pauses across the user's browsers (privileged: see core/protocol/pages.ts). Off by default. Turning
 * it on joins what the sync storage already holds with the choices here (nothing chosen here is lost); from then on a
 * change here is written there, and a later change from another browser replaces the modes and pauses here.
 */
import { withSync } from '../core/prefs-edit';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { applySynced, joinSynced } from '../core/sync';
import { loadPrefs, prefsStore } from '../ext/prefs-store';
import { updatePrefs } from '../ext/prefs-update';
import { currentSynced, flushSyncWrite, markSeen, newerSynced, stopSync, syncStatus } from '../ext/sync';
import { endPauses } from './pauses';
import { refreshAllTabs } from './refresh-tabs';

export async function getSyncStatus(): Promise<PageReply<'getSyncStatus'>> {
  return syncStatus(await loadPrefs());
}

export async function setSync(req: PageRequest<'setSync'>): Promise<PageReply<'setSync'>> {
  if (!req.sync) {
    stopSync();
    return syncStatus(await updatePrefs((p) => withSync(p, false)));
  }
  const there = await currentSynced().catch(() => null);
  const prefs = await updatePrefs((p) => withSync(there ? joinSynced(p, there) : p, true));
  await flushSyncWrite();
  if (there) {
    await refreshAllTabs();
    await endPauses();
  }
  return syncStatus(prefs);
}

/** The sync storage changed: take another browser's later change, if sync is on here. */
export async function onSyncChanged(): Promise<void> {
  if (!(await loadPrefs()).sync) return;
  const synced = await newerSynced().catch(() => null);
  if (!synced) return;
  // applied without writing back: this change came from there
  await prefsStore.update((p) => (p.sync ? applySynced(p, synced) : p));
  await markSeen(synced.updatedAt);
  await refreshAllTabs();
  await endPauses();
}
