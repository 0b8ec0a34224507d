import { browser } from './browser';

/** Send a message to the worker from an extension page; resolves to the reply, or undefined when there is none. */
export function askWorker<T>(message: unknown): Promise<T | undefined> {
  return browser.runtime.sendMessage(message).then((r) => r as T | undefined, () => undefined);
}
