/**
 * Pauses (privileged: see core/protocol/pages.ts): "pause on this site for an hour / until tomorrow". A running pause
 * reads as "off" everywhere (core/prefs.ts modeFor). One alarm at the next end gives the site's open tabs their badge
 * back; it is recomputed at install, update and start, so a pause that ended while the browser was closed ends too.
 */
import { type Prefs } from '../core/prefs';
import { endedPauses, nextPauseEnd, withPause, withoutEndedPauses } from '../core/prefs-edit';
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { PAUSE_ALARM, scheduleAlarm } from '../ext/alarms';
import { loadPrefs } from '../ext/prefs-store';
import { updatePrefs } from '../ext/prefs-update';
import { refreshAllTabs } from './refresh-tabs';

export async function setPause(req: PageRequest<'setPause'>): Promise<PageReply<'setPause'>> {
  const prefs = await updatePrefs((p) => withPause(p, req.site, req.until, Date.now()));
  await scheduleAlarm(PAUSE_ALARM, nextPauseEnd(prefs, Date.now()));
  await refreshAllTabs(req.site);
  return prefs;
}

/** Drop the pauses that have ended, repaint their sites' tabs, and set the alarm for the next end. */
export async function endPauses(now = Date.now()): Promise<void> {
  let prefs: Prefs = await loadPrefs();
  const ended = endedPauses(prefs, now);
  if (ended.length) {
    prefs = await updatePrefs((p) => withoutEndedPauses(p, now)).catch(() => prefs);
    for (const site of ended) await refreshAllTabs(site);
  }
  await scheduleAlarm(PAUSE_ALARM, nextPauseEnd(prefs, now));
}

export async function onPauseAlarm(name: string): Promise<void> {
  if (name === PAUSE_ALARM) await endPauses();
}
