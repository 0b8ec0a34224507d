import type { NoticeTexts } from '../core/notice';
import { browser } from './browser';
import { t } from './i18n';

/** A list of names for the notice: "A, B and C", or "A, B, C and 2 more" (in the UI language). */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  let list: string;
  try {
    list = new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' }).format(shown);
  } catch {
    list = shown.join(', ');
  }
  return names.length > shown.length ? t('noticeMore', [list, String(names.length - shown.length)]) : list;
}

const made = new Map<string, NoticeTexts>();

/**
 * The in-page notice's words for a platform, composed here so the content script does no string work in the page.
 * Made once per platform for the worker's life: every observation and navigation asks for them.
 */
export function noticeTexts(platformName: string, scraperNames: readonly string[]): NoticeTexts | null {
  if (!platformName || !scraperNames.length) return null;
  const key = `${platformName}\u0000${scraperNames.join('\u0000')}`;
  const cached = made.get(key);
  if (cached) return cached;
  const list = nameList(scraperNames);
  const texts: NoticeTexts = {
    brand: t('extName'),
    profile: t('noticeProfile', [platformName, list]),
    upload: t('noticeUpload', [platformName, list]),
    explain: t('noticeExplain'),
    notHere: t('noticeNotHere'),
    dismiss: t('noticeDismiss'),
  };
  made.set(key, texts);
  return texts;
}
