/**
 * Background worker (an MV3 service worker in Chrome, an event page in Firefox). Listeners are registered
 * synchronously at top level so a worker woken by an event finds them; all state lives in storage, since the worker
 * dies when idle. No `runtime.onMessageExternal` listener exists: nothing outside the extension can talk to it.
 *
 * This entry holds only what follows tabs and sets their badges. Everything else (messages, the notice hand-over,
 * alarms, sync) is in later.ts, loaded the first time it is needed: most wakes are a navigation, and a worker that
 * starts with less code sets the badge sooner.
 */
import { browser, type Runtime, type Tabs } from '../ext/browser';
import { restrictLocalStorage } from '../ext/storage-access';
import { catchUpTabs, forgetTab, onTabUpdated } from './tabs';

const later = () => import('./later');
const NOT_ANSWERED = 'Unscraped does not answer this message';
const failed = (what: string) => (e: unknown) => console.error(`Unscraped: could not ${what}`, e);

// Every message goes to the router (later.ts), whose gate lets through only our pages and our content scripts, and
// only messages that parse. What it does not answer is refused: the answer is a promise by then, and one that resolved
// to nothing would reach the sender as an answer (null in Chrome).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  later().then((l) => l.route(message, sender) ?? Promise.reject(new Error(NOT_ANSWERED))));

browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  onTabUpdated(tabId, change, tab)?.catch(failed('follow a tab'));
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

browser.alarms.onAlarm.addListener((alarm: { name: string }) => {
  later().then((l) => l.onAlarms(alarm.name), failed('check the deadlines and pauses'));
});
const recompute = () => {
  later().then((l) => l.recompute(), failed('schedule the deadlines and pauses'));
};
browser.runtime.onInstalled.addListener(recompute);
browser.runtime.onStartup.addListener(recompute);

// synced preferences: only the sync area's changes (the tabs' states in the session area change on every navigation)
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'sync') later().then((l) => l.onStorageChanged(changes, area), failed('apply synced preferences'));
});

void restrictLocalStorage();

// after the listeners, so that no tab falls between the two
catchUpTabs().catch(failed('look at the open tabs'));
