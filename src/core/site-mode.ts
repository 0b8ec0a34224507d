/** What the popup shows and changes for a tab's site (apart from core/tab-state.ts, whose reader and effectiveMode
 * every badge uses). */
import { pausedUntil, type Prefs, type SiteMode } from './prefs';
import { effectiveMode, type StoredTabState } from './tab-state';

/** What the popup shows and changes for a tab's site: `site` is the registrable domain of the tab's page when it is
 * a listed platform; `isDefault` is true when the mode comes from the default rather than a choice for this site. */
export interface SiteModeReply {
  site: string | null;
  mode: SiteMode;
  isDefault: boolean;
  /** the choice lasts only as long as this tab (a private window: nothing reaches disk) */
  tabOnly?: boolean;
  /** a pause runs on this site until then (epoch ms); `mode` is "off" meanwhile */
  pausedUntil?: number;
}

/** What the popup shows and changes for a tab's site. `site` is null off the listed platforms. */
export function siteModeOf(prefs: Prefs, site: string | null, state: StoredTabState, incognito: boolean, now: number): SiteModeReply {
  const s = state.platform ? site : null;
  const own = !!s && (!!state.modeHere || Object.prototype.hasOwnProperty.call(prefs.sites, s));
  const until = state.modeHere ? null : pausedUntil(prefs, s, now);
  return {
    site: s,
    mode: effectiveMode(prefs, s, state, now),
    isDefault: !own,
    ...(incognito && s ? { tabOnly: true } : {}),
    ...(until !== null ? { pausedUntil: until } : {}),
  };
}
