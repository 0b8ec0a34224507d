/** Asking the worker from an extension page, typed by message name (see core/protocol/pages.ts). */
import type { PageProtocol, PageReply, PageType } from '../core/protocol/pages';
import { browser } from './browser';

/** The worker's reply, or undefined when there is none (the worker failed, or the message did not pass its gate). */
export function askWorker<K extends PageType>(type: K, payload: PageProtocol[K]['req']): Promise<PageReply<K> | undefined> {
  return browser.runtime.sendMessage({ type, ...payload }).then((r) => (r ?? undefined) as PageReply<K> | undefined, () => undefined);
}
