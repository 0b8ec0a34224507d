/**
 * Alarms: one for request deadlines, one for the end of the next pause. Alarms do not fire while the browser is
 * closed, and Chrome may delay them, so the worker recomputes both from storage at install, update and browser start,
 * and after every change.
 */
import { browser } from './browser';

export const OVERDUE_ALARM = 'unscraped-overdue';
/** The end of the next pause on a site. */
export const PAUSE_ALARM = 'unscraped-pause';

export function scheduleOverdueAlarm(when: number | null): Promise<void> {
  return scheduleAlarm(OVERDUE_ALARM, when);
}

/** One named alarm at `when` (epoch ms), or none with `null`. */
export async function scheduleAlarm(name: string, when: number | null): Promise<void> {
  try {
    if (when === null) await browser.alarms.clear(name);
    else await browser.alarms.create(name, { when: Math.max(when, Date.now() + 1_000) });
  } catch {
    // no alarm: the next start or change recomputes it
  }
}
