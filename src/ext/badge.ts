import { badgeFor } from '../core/risk';
import type { SiteMode } from '../core/prefs';
import type { TabState } from '../core/types';
import { browser } from './browser';
import { t } from './i18n';

/**
 * Set one tab's toolbar badge and title from its state.
 * Differs: Chrome keeps a tab's badge across navigations and Firefox clears it, so the worker sets it again after
 * every navigation it sees and clears it itself when a tab leaves the listed platforms.
 */
export async function setBadge(tabId: number, state: TabState, platformName: string, mode: SiteMode): Promise<void> {
  const look = badgeFor(state.level);
  const titleKey = state.platform && mode === 'off' ? 'badgeTitleOff' : look.titleKey;
  const title = t(titleKey, platformName ? [platformName] : []);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
      browser.action.setTitle({ tabId, title }),
      // white on our dark colours; setBadgeTextColor exists in Chrome 110+ and Firefox 63+
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}
