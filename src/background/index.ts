/**
 * Background worker (an MV3 service worker in Chrome, an event page in Firefox). Listeners are registered
 * synchronously at top level so a worker woken by an event finds them; all state lives in storage, since the worker
 * dies when idle. No `runtime.onMessageExternal` listener exists: nothing outside the extension can talk to it.
 */
import { browser, type Runtime, type Tabs } from '../ext/browser';
import { restrictLocalStorage } from '../ext/storage-access';
import { endPauses, onPauseAlarm } from './pauses';
import { onAlarm, reschedule } from './reminders';
import { route } from './router';
import { onSyncChanged } from './sync';
import { isOurSyncChange } from '../ext/sync';
import { catchUpTabs, forgetTab, onTabUpdated } from './tabs';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  onTabUpdated(tabId, change, tab)?.catch((e: unknown) => console.error('Unscraped: could not follow a tab', e));
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

// deadlines and pauses: alarms do not fire while the browser is closed, so both are recomputed at install, update and
// start
browser.alarms.onAlarm.addListener((alarm: { name: string }) => {
  onAlarm(alarm.name).catch((e: unknown) => console.error('Unscraped: could not check the deadlines', e));
  onPauseAlarm(alarm.name).catch((e: unknown) => console.error('Unscraped: could not end a pause', e));
});
const recompute = () => {
  reschedule().catch((e: unknown) => console.error('Unscraped: could not schedule the deadlines', e));
  endPauses().catch((e: unknown) => console.error('Unscraped: could not schedule the pauses', e));
};
browser.runtime.onInstalled.addListener(recompute);
browser.runtime.onStartup.addListener(recompute);

// another browser's change to the synced modes and pauses (only acted on while sync is on here)
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (isOurSyncChange(changes, area)) onSyncChanged().catch((e: unknown) => console.error('Unscraped: could not apply synced preferences', e));
});

void restrictLocalStorage();

// after the listeners, so that no tab falls between the two
catchUpTabs().catch((e: unknown) => console.error('Unscraped: could not look at the open tabs', e));
