/** Who sent a message to the worker, from `runtime.MessageSender`: the gate every message passes before it is parsed. */
import { isTabId } from './guards';

/** The parts of `runtime.MessageSender` the gate looks at. */
export interface SenderLike {
  id?: unknown;
  url?: unknown;
  frameId?: unknown;
  tab?: { id?: unknown } | undefined;
}

export interface SelfIdentity {
  /** our extension id (`runtime.id`) */
  id: string;
  /** our extension origin, e.g. `chrome-extension://abc` or `moz-extension://uuid` (no trailing slash) */
  origin: string;
}

/** `extension-page`: our popup, options or explanation page (privileged); `content-script`: a listed page's script. */
export type SenderKind = 'extension-page' | 'content-script';

function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Who sent a message. Only our own extension can reach us at all (`externally_connectable` is empty and no external
 * listener exists), but we check `sender.id` anyway. An extension page is recognised by the extension origin of
 * `sender.url`, never by the absence of `sender.tab` (a popup opened in a tab has one); a content script by a real
 * tab id and a web URL in the top frame. (Whether that web URL is a listed platform is the worker's next check.)
 */
export function senderKind(sender: SenderLike | undefined | null, self: SelfIdentity): SenderKind | null {
  if (!sender || sender.id !== self.id) return null;
  const origin = originOf(sender.url);
  if (origin !== null && origin === self.origin) return 'extension-page';
  const tabId = sender.tab?.id;
  if (!isTabId(tabId)) return null;
  if (sender.frameId !== 0) return null;
  if (origin === null || !/^https?:\/\//.test(origin)) return null;
  return 'content-script';
}
