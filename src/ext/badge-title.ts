import { badgeWords, type PlatformFindings } from '../core/evidence-words';
import type { SiteMode } from '../core/prefs';
import type { TabState } from '../core/types';
import { hasOwnBadge } from './badge';
import { browser } from './browser';
import { lastOverdueBadge } from './overdue-badge';
import { say } from './words';

/**
 * A tab's toolbar title, which says in words what the page is and what is documented about its platform
 * (core/evidence-words.ts). Set right after the badge's text and colour (ext/badge.ts). A tab without a risk badge of
 * its own takes the global title (`null`: overdue requests, or what Unscraped is), except that an off site keeps its
 * own words, followed by the overdue requests' when there are some.
 */
export async function setBadgeTitle(tabId: number, state: TabState, platformName: string, mode: SiteMode, findings: PlatformFindings): Promise<void> {
  try {
    const words = state.platform ? say(badgeWords({ platform: platformName, level: state.level, pageKind: state.pageKind, mode }, findings)) : null;
    if (hasOwnBadge(state, mode) || words === null) {
      await browser.action.setTitle({ tabId, title: words });
      return;
    }
    const overdue = await lastOverdueBadge();
    await browser.action.setTitle({ tabId, title: overdue ? `${words}. ${overdue.title}` : words });
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}
