/**
 * Everything the worker does that a badge does not need: answering messages (content scripts' uploads, the pages'
 * requests), handing a loaded page its notice policy, the deadlines' and pauses' alarms, and synced preferences. The
 * entry (index.ts) loads this with import() the first time one of these happens, so a worker woken to set a badge
 * starts with only the code that sets it. (In Chrome the build turns that import() into a script the worker imported
 * when it was installed; see vite.config.ts.)
 */
import { isOurSyncChange } from '../ext/sync';
import { endPauses, onPauseAlarm } from './pauses';
import { onAlarm, reschedule } from './reminders';
import { onSyncChanged } from './sync';

export { route } from './router';
export { settleTab } from './notice-delivery';

/** An alarm fired: the deadlines' or a pause's (each ignores the other's). */
export function onAlarms(name: string): void {
  onAlarm(name).catch((e: unknown) => console.error('Unscraped: could not check the deadlines', e));
  onPauseAlarm(name).catch((e: unknown) => console.error('Unscraped: could not end a pause', e));
}

/** Alarms do not fire while the browser is closed, so deadlines and pauses are recomputed at install, update and start. */
export function recompute(): void {
  reschedule().catch((e: unknown) => console.error('Unscraped: could not schedule the deadlines', e));
  endPauses().catch((e: unknown) => console.error('Unscraped: could not schedule the pauses', e));
}

/** Another browser's change to the synced modes and pauses (only acted on while sync is on here). */
export function onStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (isOurSyncChange(changes, area)) onSyncChanged().catch((e: unknown) => console.error('Unscraped: could not apply synced preferences', e));
}
