/**
 * Overdue requests on the toolbar: the global badge (which every tab without a risk badge of its own shows) carries
 * their number, and its title says it in words. The count is kept in `storage.session` too, so a tab whose own title
 * mentions it (a site set to off) can add it without reading the log.
 */
import { OVERDUE_COLOR } from '../core/risk';
import { browser } from './browser';
import { bounded } from './storage-guard';

const KEY = 'overdue';

export interface OverdueBadge {
  count: number;
  /** the title in words: what is overdue, or what Unscraped is when nothing is */
  title: string;
}

export async function setOverdueBadge(o: OverdueBadge): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ text: o.count > 0 ? String(Math.min(o.count, 99)) : '' }),
      browser.action.setBadgeBackgroundColor({ color: OVERDUE_COLOR }),
      browser.action.setTitle({ title: o.title }),
      bounded('session', 'write', 'save overdue', () => browser.storage.session.set({ [KEY]: o })),
    ]);
  } catch {
    // the badge is a convenience; the popup shows overdue requests anyway
  }
}

/** The last overdue badge set, for titles of tabs that show it (null when unknown or none). */
export async function lastOverdueBadge(): Promise<OverdueBadge | null> {
  try {
    const got = (await bounded('session', 'read', 'read overdue', () => browser.storage.session.get(KEY)))[KEY] as OverdueBadge | undefined;
    return got && typeof got.count === 'number' && got.count > 0 && typeof got.title === 'string' ? got : null;
  } catch {
    return null;
  }
}
