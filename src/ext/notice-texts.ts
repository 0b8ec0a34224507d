import { noticeWords, type PlatformFindings } from '../core/evidence-words';
import type { NoticeTexts } from '../core/notice';
import { t } from './i18n';
import { say } from './words';

const made = new Map<string, NoticeTexts | null>();

/**
 * The in-page notice's words for a platform, composed here so the content script does no string work in the page,
 * from what the evidence documents and how strongly (core/evidence-words.ts). Made once per platform for the worker's
 * life: every upload and navigation asks for them. Null where nothing is documented: no notice shows there.
 */
export function noticeTexts(platformName: string, findings: PlatformFindings): NoticeTexts | null {
  if (!platformName) return null;
  if (made.has(platformName)) return made.get(platformName)!;
  const words = noticeWords(findings, platformName);
  const texts: NoticeTexts | null = words && {
    brand: t('extName'),
    profile: say(words.profile),
    upload: say(words.upload),
    explain: t('noticeExplain'),
    notHere: t('noticeNotHere'),
    dismiss: t('noticeDismiss'),
  };
  made.set(platformName, texts);
  return texts;
}
