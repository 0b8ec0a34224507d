/**
 * Deadlines that survive restarts: one alarm at the next day a waiting request becomes overdue, recomputed from the
 * request log at install, update and browser start (alarms do not fire while the browser is closed) and after every
 * change to the log. When it fires, the global badge shows the number of overdue requests (every tab without a risk
 * badge of its own shows it), and, only if the user asked for it, a system notification says so.
 */
import { builtLawRules } from '../core/registry/law-rules';
import { nextOverdueDay, overdueRequests } from '../core/requests/log';
import { OVERDUE_ALARM, scheduleOverdueAlarm } from '../ext/alarms';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';
import { setOverdueBadge } from '../ext/overdue-badge';
import { requestLogStore } from '../ext/request-log-store';
import { localToday, startOfLocalDay } from '../ext/today';

/** Recompute the alarm and the overdue badge from the log; returns the number of overdue requests. */
export async function reschedule(now = new Date()): Promise<number> {
  const log = await requestLogStore.load();
  const today = localToday(now);
  const next = nextOverdueDay(log, builtLawRules(), today);
  await scheduleOverdueAlarm(next === null ? null : startOfLocalDay(next));
  const count = overdueRequests(log, builtLawRules(), today).length;
  await setOverdueBadge({ count, title: count > 0 ? t('badgeTitleOverdue', String(count)) : t('badgeTitleNone') });
  return count;
}

export async function onAlarm(name: string): Promise<void> {
  if (name !== OVERDUE_ALARM) return;
  const count = await reschedule();
  if (count > 0 && (await requestLogStore.load()).notify) await notifyOverdue(count);
}

/** Only with the optional `notifications` permission, which the user grants from the log page when they ask for it. */
async function notifyOverdue(count: number): Promise<void> {
  try {
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
    await browser.notifications.create(OVERDUE_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('extName'),
      message: t('notifyOverdue', String(count)),
    });
  } catch {
    // no notification: the badge and the popup say it too
  }
}
