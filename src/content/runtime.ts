/**
 * The content script's only link to the extension: the browser's own `runtime` (no polyfill, to stay small; the
 * notice's words come from the worker). Firefox exposes promise-based `browser`; Chrome's MV3
 * `chrome.runtime.sendMessage` returns a promise too. Touched only when the user uploads or uses the notice: the
 * first use of `runtime` in a page costs about a millisecond of main thread in Chromium.
 */
interface MinimalApi {
  runtime?: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
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
