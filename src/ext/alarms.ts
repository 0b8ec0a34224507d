/**
 * The one alarm for request deadlines. Alarms do not fire while the browser is closed, and Chrome may delay them, so the
 * worker recomputes the next one from the request log at install, update and browser start, and after every change.
 */
import { browser } from './browser';

export const OVERDUE_ALARM = 'unscraped-overdue';

export async function scheduleOverdueAlarm(when: number | null): Promise<void> {
  try {
    if (when === null) await browser.alarms.clear(OVERDUE_ALARM);
    else await browser.alarms.create(OVERDUE_ALARM, { when: Math.max(when, Date.now() + 1_000) });
  } catch {
    // no alarm: the next start or change recomputes it
  }
}
