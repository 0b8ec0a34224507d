import type { SelfIdentity } from '../core/protocol/sender';
import { browser } from './browser';

/**
 * Our own extension id and origin, for the message gate.
 * Differs: Firefox ignores `externally_connectable` (Chrome's is declared empty), so foreign senders are refused by
 * `sender.id` in core/protocol/sender, and no runtime.onMessageExternal listener exists in either browser.
 */
export function selfIdentity(): SelfIdentity {
  const base = browser.runtime.getURL('');
  return { id: browser.runtime.id, origin: base.replace(/\/$/, '') };
}
