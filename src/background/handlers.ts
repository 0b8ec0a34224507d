import type { ContentMessage, GetTabStateReply, PrivilegedMessage } from '../core/messages';
import { platformInfo } from '../core/registry/index';
import { nextTabState, publicTabState } from '../core/tab-state';
import type { Runtime } from '../ext/browser';
import { setBadge } from '../ext/badge';
import { readTabState, removeTabState, writeTabState } from '../ext/tab-state';

/** One queue per tab, so two observations arriving together cannot overwrite each other's update. */
const queues = new Map<number, Promise<unknown>>();
function serialize<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

export function handleContentMessage(msg: ContentMessage, sender: Runtime.MessageSender): Promise<{ ok: true }> | undefined {
  // the tab and the page come from the sender, never from the payload
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (typeof tabId !== 'number' || typeof url !== 'string') return undefined;
  return serialize(tabId, async () => {
    const prev = await readTabState(tabId);
    const next = nextTabState(prev, url, msg.doc, msg.kind === 'upload');
    await writeTabState(tabId, next);
    await setBadge(tabId, next.level, platformInfo(next.platform)?.name ?? '');
    return { ok: true as const };
  });
}

export function handlePrivilegedMessage(msg: PrivilegedMessage): Promise<GetTabStateReply> {
  switch (msg.type) {
    case 'getTabState':
      return readTabState(msg.tabId).then(publicTabState);
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  queues.delete(tabId);
  await removeTabState(tabId);
}
