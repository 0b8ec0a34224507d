/**
 * The content script's only link to the extension: the browser's own `runtime` (no polyfill, to stay small; the
 * notice's words come from the worker). Firefox exposes promise-based `browser`; Chrome's MV3
 * `chrome.runtime.sendMessage` returns a promise too.
 */
type Listener = (message: unknown) => void;
interface MinimalApi {
  runtime?: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
}

function api(): MinimalApi | undefined {
  const g = globalThis as unknown as { browser?: MinimalApi; chrome?: MinimalApi };
  return g.browser?.runtime ? g.browser : g.chrome;
}

/** False once the extension was updated or removed under this page: the old script must stop, not throw. */
export function contextAlive(): boolean {
  try {
    return !!api()?.runtime?.id;
  } catch {
    return false;
  }
}

export async function send(message: unknown): Promise<unknown> {
  if (!contextAlive()) return undefined;
  try {
    return await api()!.runtime!.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Listen to what the worker pushes to this tab, until `signal` aborts. */
export function onWorkerMessage(signal: AbortSignal, listener: Listener): void {
  const rt = api()?.runtime;
  if (!rt) return;
  rt.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      rt.onMessage.removeListener(listener);
    } catch {
      // context already gone
    }
  });
}
