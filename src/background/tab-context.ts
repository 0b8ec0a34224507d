/** What the worker knows of a tab when it acts on it, and how it paints that tab's badge. */
import type { SiteMode } from '../core/prefs';
import type { StoredTabState } from '../core/tab-state';
import { setBadgeLook } from '../ext/badge';

export interface TabContext {
  tabId: number;
  /** the tab's address, when the worker may see it (the listed platforms only) */
  url: string | undefined;
  incognito: boolean;
}

/** Set a tab's toolbar badge from its state and the mode that applies to it: the text and colour at once, then the
 * title, whose words load the first time they are needed (badge-title.ts). */
export async function paintBadge(tabId: number, state: StoredTabState, mode: SiteMode): Promise<void> {
  await setBadgeLook(tabId, state, mode);
  await (await import('./badge-title')).paintTitle(tabId, state, mode);
}
