/** Words from core/evidence-words.ts rendered in the page's language: `useSay()(words)`. */
import { renderWords, type Words } from '../core/evidence-words';
import { useT, type Translate } from './i18n';

/** "A, B and C", or "A, B, C and 2 more", in the language of the page. */
export function listIn(t: Translate, lang: string): (names: readonly string[]) => string {
  return (names) => {
    const shown = names.slice(0, 3);
    let list: string;
    try {
      list = new Intl.ListFormat(lang || 'en', { type: 'conjunction' }).format(shown);
    } catch {
      list = shown.join(', ');
    }
    return names.length > shown.length ? t('noticeMore', [list, String(names.length - shown.length)]) : list;
  };
}

export function useSay(): (words: readonly Words[]) => string {
  const t = useT();
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return (words) => renderWords(words, (k, subs) => t(k, subs), listIn(t, lang));
}
