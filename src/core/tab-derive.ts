/** How the worker derives a tab's state from what it observed: the page's address (through the classifier), the
 * document that reported, an upload, and the mode that applies. */
import { documented } from './registry/findings';
import { riskLevel } from './risk';
import { privateFlags, type StoredTabState } from './tab-state';
import { EMPTY_TAB_STATE } from './types';
import { classifyUrl } from './url';
import type { SiteMode } from './prefs';

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
