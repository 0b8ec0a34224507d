/** When the in-page notice may show. By default at most once per site per browser session, on an upload or on a
 * profile page, only in "warn" mode, and only where a scraper is documented for the platform. */
import type { NoticePolicy, NoticeTexts } from './messages';
import type { SiteMode } from './prefs';
import type { PageKind } from './types';

export interface NoticeInput {
  platform: string | null;
  pageKind: PageKind | null;
  mode: SiteMode;
  /** the notice was already shown for this site in this browser session */
  shown: boolean;
  documented: boolean;
  /** the notice's words for this platform; null when they cannot be made */
  texts: NoticeTexts | null;
}

export function noticePolicy(i: NoticeInput): NoticePolicy | null {
  if (!i.platform) return null;
  const may = i.mode === 'warn' && i.documented && !i.shown && i.texts !== null;
  return { mode: i.mode, onUpload: may, now: may && i.pageKind === 'profile', texts: may ? i.texts : null };
}
