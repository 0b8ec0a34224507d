import type { SelfIdentity } from '../core/messages';
import { browser } from './browser';

/** Our own extension id and origin, for the message gate. */
export function selfIdentity(): SelfIdentity {
  const base = browser.runtime.getURL('');
  return { id: browser.runtime.id, origin: base.replace(/\/$/, '') };
}
