/** A tab's toolbar title in words, loaded by the worker the first time it paints one (see tab-context.ts). */
import type { SiteMode } from '../core/prefs';
import { findingsOf, platformName } from '../core/registry/findings';
import type { StoredTabState } from '../core/tab-state';
import { setBadgeTitle } from '../ext/badge-title';

export function paintTitle(tabId: number, state: StoredTabState, mode: SiteMode): Promise<void> {
  return setBadgeTitle(tabId, state, platformName(state.platform), mode, findingsOf(state.platform));
}
