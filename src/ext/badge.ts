import { badgeFor } from '../core/risk';
import type { RiskLevel } from '../core/types';
import { browser } from './browser';
import { t } from './i18n';

/** Set the toolbar badge and title of one tab for a risk level. `platformName` fills the title's placeholder. */
export async function setBadge(tabId: number, level: RiskLevel, platformName: string): Promise<void> {
  const look = badgeFor(level);
  const title = t(look.titleKey, platformName ? [platformName] : []);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
      browser.action.setTitle({ tabId, title }),
    ]);
    // setBadgeTextColor exists in Chrome 110+ and Firefox 63+; white on our dark colours
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // the tab closed meanwhile: nothing to show
  }
}
