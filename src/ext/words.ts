/** Words from core/evidence-words.ts, in the UI language: messages from `_locales`, names joined as a list. */
import { renderWords, type Words } from '../core/evidence-words';
import { t } from './i18n';
import { uiLocale } from './i18n';

/** "A, B and C", or "A, B, C and 2 more", in the UI language. */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  let list: string;
  try {
    list = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(shown);
  } catch {
    list = shown.join(', ');
  }
  return names.length > shown.length ? t('noticeMore', [list, String(names.length - shown.length)]) : list;
}

export function say(words: readonly Words[]): string {
  return renderWords(words, t, nameList);
}
