/** The per-tab state the worker keeps, how a stored copy is checked, and the mode that applies to a tab. Deriving a
 * state from a page (which needs the classifier) is in tab-derive.ts, so that the popup, which only reads states,
 * loads no URL rules. */
import { EMPTY_TAB_STATE, RISK_LEVELS, type PageKind, type RiskLevel, type TabState } from './types';
import { isMode, modeFor, type Prefs, type SiteMode } from './prefs';

export interface StoredTabState extends TabState {
  /** id of the document that last reported, to tell a full load from single-page-app navigation */
  doc: string | null;
  /** private-window tabs keep their notice flags here, so nothing outlives the tab: the notice was shown here */
  shownHere?: boolean;
  /** ... and "Not on this site" was chosen here */
  quietHere?: boolean;
  /** ... and this mode was chosen for the site in the popup, for this tab only */
  modeHere?: SiteMode;
  /** the content script of the tab's document holds something the worker must keep it told about, as its last receipt
   * said: a policy under which the notice may show, or the notice on screen */
  held?: boolean;
}

/** The `storage.session` key of a tab's state. */
export const tabKey = (tabId: number): string => `tab:${tabId}`;

const KINDS: readonly (PageKind | null)[] = ['profile', 'post', 'other', null];

/** Whatever is stored is checked: a corrupt entry reads as empty rather than breaking the badge or the popup. */
export function sanitizeTabState(x: unknown): StoredTabState {
  const empty: StoredTabState = { ...EMPTY_TAB_STATE, doc: null };
  if (typeof x !== 'object' || x === null) return empty;
  const r = x as Record<string, unknown>;
  const platform = typeof r.platform === 'string' && r.platform.length <= 64 ? r.platform : null;
  const pageKind = KINDS.includes(r.pageKind as PageKind) ? (r.pageKind as PageKind | null) : null;
  const uploads = typeof r.uploads === 'number' && Number.isSafeInteger(r.uploads) && r.uploads >= 0 ? r.uploads : 0;
  const level = RISK_LEVELS.includes(r.level as RiskLevel) ? (r.level as RiskLevel) : 'none';
  const doc = typeof r.doc === 'string' && r.doc.length <= 64 ? r.doc : null;
  if (!platform) return empty;
  const out: StoredTabState = { platform, pageKind, uploads, level, doc };
  if (r.shownHere === true) out.shownHere = true;
  if (r.quietHere === true) out.quietHere = true;
  if (isMode(r.modeHere)) out.modeHere = r.modeHere;
  if (r.held === true) out.held = true;
  return out;
}

export function privateFlags(s: StoredTabState): Pick<StoredTabState, 'shownHere' | 'quietHere' | 'modeHere'> {
  return { ...(s.shownHere ? { shownHere: true } : {}), ...(s.quietHere ? { quietHere: true } : {}), ...(s.modeHere ? { modeHere: s.modeHere } : {}) };
}

export function publicTabState(s: StoredTabState): TabState {
  return { platform: s.platform, pageKind: s.pageKind, uploads: s.uploads, level: s.level };
}

/** The mode that applies to a tab at `now`: its site's mode (off while a pause runs), except for choices made in a
 * private window, which live in the tab's state only: a mode chosen in the popup there, or "Not on this site" (quiets
 * a warning site). */
export function effectiveMode(prefs: Prefs, site: string | null, state: StoredTabState, now: number): SiteMode {
  if (state.modeHere) return state.modeHere;
  const mode = modeFor(prefs, site, now);
  return state.quietHere && mode === 'warn' ? 'quiet' : mode;
}
