/** What the worker knows of a tab when it acts on it, and how it paints that tab's badge. */
import type { SiteMode } from '../core/prefs';
import { findingsOf, platformName } from '../core/registry/findings';
import type { StoredTabState } from '../core/tab-state';
import { setBadge } from '../ext/badge';

export interface TabContext {
  tabId: number;
  /** the tab's address, when the worker may see it (the listed platforms only) */
  url: string | undefined;
  incognito: boolean;
}

/** Set a tab's toolbar badge and title from its state and the mode that applies to it. */
export async function paintBadge(tabId: number, state: StoredTabState, mode: SiteMode): Promise<void> {
  await setBadge(tabId, state, platformName(state.platform), mode, findingsOf(state.platform));
}
