import { badgeWords, type PlatformFindings } from '../core/evidence-words';
import type { SiteMode } from '../core/prefs';
import { badgeFor } from '../core/risk';
import type { TabState } from '../core/types';
import { browser } from './browser';
import { lastOverdueBadge, OVERDUE_COLOR } from './overdue-badge';
import { say } from './words';

/**
 * Set one tab's toolbar badge and title from its state: the badge never relies on colour alone, and its title says in
 * words what the page is and what is documented about its platform (core/evidence-words.ts). A tab without a risk
 * badge of its own (an unlisted page, a site set to off) shows the global badge instead: the number of overdue
 * requests (ext/overdue-badge.ts).
 * Differs: Chrome keeps a tab's badge across navigations and Firefox clears it, so the worker sets it again after
 * every navigation it sees and clears it itself when a tab leaves the listed platforms. Both take `null` as "use the
 * global text and title" for a tab.
 */
export async function setBadge(tabId: number, state: TabState, platformName: string, mode: SiteMode, findings: PlatformFindings): Promise<void> {
  const look = badgeFor(state.level);
  const own = look.text !== '' && !(state.platform && mode === 'off');
  try {
    if (own) {
      const title = say(badgeWords({ platform: state.platform ? platformName : '', level: state.level, pageKind: state.pageKind, mode }, findings));
      await Promise.all([
        browser.action.setBadgeText({ tabId, text: look.text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
        browser.action.setTitle({ tabId, title }),
        // white on our dark colours; setBadgeTextColor exists in Chrome 110+ and Firefox 63+
        browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      ]);
      return;
    }
    // no risk badge of its own: the global one (overdue requests) shows; an off site keeps its own words in the title
    const overdue = state.platform ? await lastOverdueBadge() : null;
    const offWords = state.platform ? say(badgeWords({ platform: platformName, level: state.level, pageKind: state.pageKind, mode }, findings)) : null;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: null }),
      browser.action.setBadgeBackgroundColor({ tabId, color: OVERDUE_COLOR }),
      browser.action.setTitle({ tabId, title: offWords === null ? null : overdue ? `${offWords}. ${overdue.title}` : offWords }),
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}
