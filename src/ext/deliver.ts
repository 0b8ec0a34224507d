/**
 * The worker's way to speak to a tab's content script: run a tiny function in the content script's isolated world
 * (top frame only) that hands the policy to the receiver the content script registered there, and read back its
 * receipt. A tab without our content script (an unlisted page, a page loaded before an update, host access
 * withdrawn in Firefox) simply answers null. See RECEIVER in src/core/protocol/content.ts for why this is not a message.
 */
import type { DeliveryReceipt, NoticePolicy } from '../core/notice';
import { parseReceipt, RECEIVER } from '../core/protocol/content';
import { browser } from './browser';

declare const __UNSCRAPED_WITHOUT_RECEIVER__: boolean | undefined;

/** Runs in the content script's world: serialized by the browser, so it may use nothing but its arguments. */
function handOver(name: unknown, policy: unknown, url: unknown): unknown {
  const receive = (globalThis as Record<string, unknown>)[name as string];
  return typeof receive === 'function' ? (receive as (p: unknown, u: unknown) => unknown)(policy, url) : null;
}

/** `absent`: no content script took it (none in the tab, or not started yet); `invalid`: its answer did not parse. */
export type Delivery = { status: 'ok'; receipt: DeliveryReceipt } | { status: 'absent' } | { status: 'invalid' };

/** `url`: the address the policy was made for. If the tab has moved on by the time it arrives, the content script
 * takes it but does not show the notice "now" (the tab's next "complete" brings the right policy). */
export async function deliverPolicy(tabId: number, policy: NoticePolicy | null, url: string): Promise<Delivery> {
  // a build that measures the content script without its receiver hands over nothing (vite.config.ts WITHOUT_PARTS)
  if (typeof __UNSCRAPED_WITHOUT_RECEIVER__ !== 'undefined' && __UNSCRAPED_WITHOUT_RECEIVER__) return { status: 'absent' };
  let result: unknown;
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: handOver,
      args: [RECEIVER, policy, url],
    });
    result = results?.[0]?.result;
  } catch {
    return { status: 'absent' };
  }
  if (result === null || result === undefined) return { status: 'absent' };
  const receipt = parseReceipt(result);
  return receipt ? { status: 'ok', receipt } : { status: 'invalid' };
}
