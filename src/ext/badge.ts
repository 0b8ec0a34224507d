import type { SiteMode } from '../core/prefs';
import { badgeFor, OVERDUE_COLOR } from '../core/risk';
import type { TabState } from '../core/types';
import { browser } from './browser';

/**
 * A tab's toolbar badge: its text and colour, from its state (the title, which says it in words, is set right after by
 * ext/badge-title.ts, so that the badge shows before the words' code has loaded). The badge never relies on colour
 * alone. A tab without a risk badge of its own (an unlisted page, a site set to off) shows the global badge instead:
 * the number of overdue requests (ext/overdue-badge.ts).
 * Differs: Chrome keeps a tab's badge across navigations and Firefox clears it, so the worker sets it again after
 * every navigation it sees and clears it itself when a tab leaves the listed platforms. Both take `null` as "use the
 * global text" for a tab.
 */
export async function setBadgeLook(tabId: number, state: TabState, mode: SiteMode): Promise<void> {
  const look = badgeFor(state.level);
  const own = hasOwnBadge(state, mode);
  try {
    // The text is white without being set, as on the global badge: Chrome paints badge text white, and Firefox picks
    // black or white for the most contrast, which on each of our colours is white (a unit test checks). One call
    // fewer to the browser on every navigation.
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: own ? look.text : null }),
      browser.action.setBadgeBackgroundColor({ tabId, color: own ? look.color : OVERDUE_COLOR }),
    ]);
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}

/** Set up the badge's API ahead of its first use: in a worker that has just started, the browser builds an API's
 * bindings the first time the code touches it (2 to 5 ms for `action` on a 2-core machine), which can happen while the
 * worker waits for storage instead of after. */
export function prepareBadge(): void {
  void browser.action;
}

/** Whether a tab shows a risk badge of its own (else the global one, overdue requests). */
export function hasOwnBadge(state: TabState, mode: SiteMode): boolean {
  return badgeFor(state.level).text !== '' && !(state.platform && mode === 'off');
}
