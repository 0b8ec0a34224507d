/**
 * Tabs as the worker's tests make them: a tab at a URL, that tab finishing loading, and a content script's message
 * from it, on the fake browser. `worker` gives the worker started for the current test (tests restart it).
 */
import { fake } from './fake-browser';

interface Worker {
  onTabUpdated(tabId: number, change: { status?: string; url?: string }, tab: never): Promise<void> | undefined;
  handleContentMessage(message: unknown, sender: never): unknown;
  /** the tab's queue (background/tab-queue.ts) */
  serialize<T>(tabId: number, job: () => Promise<T>): Promise<T>;
}

/** A tab at `url` (private when `incognito`). */
export const putTab = (tabId: number, url: string, incognito = false) => fake.tabs.set(tabId, { id: tabId, url, incognito, index: 0 });

export function tabHelpers(worker: () => Worker) {
  const put = putTab;
  /** the tab finished loading (or moved within its page) at `url` */
  const loaded = async (tabId: number, url: string, incognito = false) => {
    put(tabId, url, incognito);
    await worker().onTabUpdated(tabId, { status: 'complete' }, fake.tabs.get(tabId) as never);
  };
  /** the sender of a message from the content script in that tab's top frame */
  const sender = (tabId: number, url: string, incognito = false) => {
    put(tabId, url, incognito);
    return { id: 'ourid', url, frameId: 0, tab: { id: tabId, url, incognito, index: 0 } } as never;
  };
  /** the content script there (of document `doc`) reports a photo upload; resolves with the answer once the rest of
   * the job (the tab's count and badge, written after the answer went out) has run too */
  const upload = async (tabId: number, url: string, incognito = false, doc = 'doc-aaaaaaaa') => {
    const reply = await worker().handleContentMessage({ type: 'reportUpload', doc }, sender(tabId, url, incognito));
    await worker().serialize(tabId, async () => undefined);
    return reply;
  };
  return { put, loaded, sender, upload };
}
