/**
 * Your data (privileged: see core/protocol/pages.ts): write an import the options page merged (core/data/apply.ts
 * says when, and what), and erase everything. An export needs nothing from here: the page reads storage itself. This
 * brings the rest of the worker in line afterwards (tabs, deadlines, pauses, the badge).
 */
import { checkImportWrites, storageBasis } from '../core/data/apply';
import { erasePlan } from '../core/data/items';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { SYNC_PREFIX } from '../core/sync';
import { scheduleAlarm, OVERDUE_ALARM, PAUSE_ALARM } from '../ext/alarms';
import { browser } from '../ext/browser';
import { detailsStore } from '../ext/details-store';
import { exposureStore } from '../ext/exposure-store';
import { prefsStore } from '../ext/prefs-store';
import { requestLogStore } from '../ext/request-log-store';
import { bounded } from '../ext/storage-guard';
import { stopSync } from '../ext/sync';
import { endPauses } from './pauses';
import { reschedule } from './reminders';
import { refreshAllTabs } from './refresh-tabs';
import { catchUpTabs } from './tabs';

/** Runs `job` with the queue of every stored item held (always taken in this order), so that no load or update of
 * an item falls between what `job` reads and what it writes; the stores read again afterwards. */
function withEveryItem<R>(job: () => Promise<R>): Promise<R> {
  return [prefsStore, detailsStore, requestLogStore, exposureStore].reduceRight<() => Promise<R>>((inner, store) => () => store.exclusive(inner), job)();
}

export async function applyImport(req: PageRequest<'applyImport'>): Promise<PageReply<'applyImport'>> {
  const checked = checkImportWrites(req.writes);
  if ('refused' in checked) return { error: 'refused', message: checked.refused };
  const reply = await withEveryItem(async (): Promise<PageReply<'applyImport'>> => {
    const all = await bounded('local', 'read', 'read everything to check an import', () => browser.storage.local.get(null));
    // changed since the page merged (a choice made meanwhile, say): the page merges again, so nothing is lost
    if (storageBasis(all) !== req.basis) return { error: 'changed', message: 'The stored data changed while the file was being merged.' };
    try {
      // one call: the browser writes all of it or none of it
      await bounded('local', 'write', 'save an import', () => browser.storage.local.set(checked.writes));
    } catch (e) {
      return { error: 'write-failed', message: String((e as Error)?.message ?? e).slice(0, 200) };
    }
    return { written: Object.keys(checked.writes).length };
  });
  if ('written' in reply) await settle();
  return reply;
}

export async function eraseAll(): Promise<PageReply<'eraseAll'>> {
  stopSync();
  const keys = await withEveryItem(async () => {
    const all = await bounded('local', 'read', 'read everything to erase', () => browser.storage.local.get(null));
    const plan = erasePlan(all);
    if (plan.length) await bounded('local', 'write', 'erase everything', () => browser.storage.local.remove(plan));
    return plan;
  });
  // the synced copy of the modes and pauses is ours too (it stays only if another browser writes it again)
  try {
    const synced = Object.keys(await bounded('sync', 'read', 'read synced items to erase', () => browser.storage.sync.get(null))).filter((k) => k.startsWith(SYNC_PREFIX));
    if (synced.length) await bounded('sync', 'write', 'erase synced items', () => browser.storage.sync.remove(synced));
  } catch {
    // no sync storage in this browser: nothing of ours there
  }
  // memory: tab states, notice flags and the overdue count; then every open tab is looked at again
  await bounded('session', 'write', 'erase session data', () => browser.storage.session.clear()).catch(() => undefined);
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
