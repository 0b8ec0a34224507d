/**
 * Your data (privileged: see core/protocol/pages.ts): export everything stored to one file, import such a file back
 * without losing what is here, and erase everything. The rules are pure (core/data/backup.ts); this applies them to
 * storage and brings the rest of the worker in line afterwards (tabs, deadlines, pauses, the badge).
 */
import { buildExport, erasePlan, mergeImport, parseExport } from '../core/data/backup';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { SYNC_PREFIX } from '../core/sync';
import { scheduleAlarm, OVERDUE_ALARM, PAUSE_ALARM } from '../ext/alarms';
import { browser } from '../ext/browser';
import { bounded } from '../ext/storage-guard';
import { stopSync } from '../ext/sync';
import { localToday } from '../ext/today';
import { endPauses } from './pauses';
import { reschedule } from './reminders';
import { catchUpTabs, refreshAllTabs } from './tabs';

export async function exportData(): Promise<PageReply<'exportData'>> {
  const all = await bounded('local', 'read everything to export', () => browser.storage.local.get(null));
  const file = buildExport(all, { exportedAt: new Date().toISOString(), extensionVersion: browser.runtime.getManifest().version });
  return { text: JSON.stringify(file, null, 2), fileName: `unscraped-${localToday()}.json` };
}

export async function importData(req: PageRequest<'importData'>): Promise<PageReply<'importData'>> {
  const parsed = parseExport(req.text);
  if ('error' in parsed) return { error: parsed.error };
  const all = await bounded('local', 'read everything to merge an import', () => browser.storage.local.get(null));
  const { writes, report } = mergeImport(all, parsed.file, Date.now());
  report.skipped.unshift(...parsed.skipped);
  if (Object.keys(writes).length) {
    try {
      // one call: the browser writes all of it or none of it
      await bounded('local', 'save an import', () => browser.storage.local.set(writes));
    } catch (e) {
      return { error: { code: 'write-failed', message: `Nothing was imported: ${String((e as Error)?.message ?? e)}`, args: [String((e as Error)?.message ?? e).slice(0, 200)] } };
    }
    await settle();
  }
  return { report };
}

export async function eraseAll(): Promise<PageReply<'eraseAll'>> {
  stopSync();
  const all = await bounded('local', 'read everything to erase', () => browser.storage.local.get(null));
  const keys = erasePlan(all);
  if (keys.length) await bounded('local', 'erase everything', () => browser.storage.local.remove(keys));
  // the synced copy of the modes and pauses is ours too (it stays only if another browser writes it again)
  try {
    const synced = Object.keys(await bounded('sync', 'read synced items to erase', () => browser.storage.sync.get(null))).filter((k) => k.startsWith(SYNC_PREFIX));
    if (synced.length) await bounded('sync', 'erase synced items', () => browser.storage.sync.remove(synced));
  } catch {
    // no sync storage in this browser: nothing of ours there
  }
  // memory: tab states, notice flags and the overdue count; then every open tab is looked at again
  await bounded('session', 'erase session data', () => browser.storage.session.clear()).catch(() => undefined);
  await Promise.all([scheduleAlarm(OVERDUE_ALARM, null), scheduleAlarm(PAUSE_ALARM, null)]);
  await settle();
  await catchUpTabs();
  return { erased: keys.length };
}

/** After stored data changed wholesale: deadlines, pauses and every tab follow it. */
async function settle(): Promise<void> {
  await reschedule().catch(() => undefined);
  await endPauses().catch(() => undefined);
  await refreshAllTabs().catch(() => undefined);
}
