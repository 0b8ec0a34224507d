/** The per-tab state the worker keeps: how it is derived from an observation, and how a stored copy is checked. */
import { documented } from './registry/findings';
import { riskLevel } from './risk';
import { EMPTY_TAB_STATE, RISK_LEVELS, type PageKind, type RiskLevel, type TabState } from './types';
import { classifyUrl } from './url';
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

/**
 * The state of a tab now at `url`, after its content script in document `doc` observed a page or an upload (or
 * after the tab navigated, with the last known `doc`). Uploads count within one document (single-page-app
 * navigation keeps them) and start again on a full page load. In "off" mode nothing is counted or shown.
 */
export function nextTabState(prev: StoredTabState, url: string, doc: string | null, upload: boolean, mode: SiteMode = 'warn'): StoredTabState {
  const c = classifyUrl(url);
  if (!c.platform) return { ...EMPTY_TAB_STATE, doc: null };
  const sameDoc = prev.doc === doc && prev.platform === c.platform;
  // private-window flags live as long as the tab stays on the platform, and so does what its document holds (a move to
  // another platform is a new document, which holds nothing yet)
  const flags = prev.platform === c.platform ? { ...privateFlags(prev), ...(prev.held ? { held: true } : {}) } : {};
  if (mode === 'off') return { platform: c.platform, pageKind: c.pageKind, uploads: 0, level: 'none', doc, ...flags };
  const uploads = (sameDoc ? prev.uploads : 0) + (upload ? 1 : 0);
  const level = riskLevel({ platform: c.platform, pageKind: c.pageKind, uploads, documented: documented(c.platform) });
  return { platform: c.platform, pageKind: c.pageKind, uploads, level, doc, ...flags };
}

function privateFlags(s: StoredTabState): Pick<StoredTabState, 'shownHere' | 'quietHere' | 'modeHere'> {
  return { ...(s.shownHere ? { shownHere: true } : {}), ...(s.quietHere ? { quietHere: true } : {}), ...(s.modeHere ? { modeHere: s.modeHere } : {}) };
}

export function publicTabState(s: StoredTabState): TabState {
  return { platform: s.platform, pageKind: s.pageKind, uploads: s.uploads, level: s.level };
}

/** The mode that applies to a tab: its site's mode, except for choices made in a private window, which live in the
 * tab's state only: a mode chosen in the popup there, or "Not on this site" (quiets a warning site). */
export function effectiveMode(prefs: Prefs, site: string | null, state: StoredTabState): SiteMode {
  if (state.modeHere) return state.modeHere;
  const mode = modeFor(prefs, site);
  return state.quietHere && mode === 'warn' ? 'quiet' : mode;
}

/** What the popup shows and changes for a tab's site: `site` is the registrable domain of the tab's page when it is
 * a listed platform; `isDefault` is true when the mode comes from the default rather than a choice for this site. */
export interface SiteModeReply {
  site: string | null;
  mode: SiteMode;
  isDefault: boolean;
  /** the choice lasts only as long as this tab (a private window: nothing reaches disk) */
  tabOnly?: boolean;
}

/** What the popup shows and changes for a tab's site. `site` is null off the listed platforms. */
export function siteModeOf(prefs: Prefs, site: string | null, state: StoredTabState, incognito = false): SiteModeReply {
  const s = state.platform ? site : null;
  const own = !!s && (!!state.modeHere || Object.prototype.hasOwnProperty.call(prefs.sites, s));
  return { site: s, mode: effectiveMode(prefs, s, state), isDefault: !own, ...(incognito && s ? { tabOnly: true } : {}) };
}
