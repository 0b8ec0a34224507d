import { browser } from './browser';

/** A UI string from `_locales`. Falls back to the key so a missing string is visible, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The language the extension's messages are shown in (the `_locales` folder the browser chose: "de", "en"...), as a
 * BCP 47 tag. Lists, dates and country names follow it, so a page never mixes two languages. `getUILanguage()` is the
 * browser's own language, which may have no folder (then the messages are English). */
export function uiLocale(): string {
  try {
    const chosen = browser.i18n.getMessage('@@ui_locale');
    if (/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(chosen)) return chosen.replace(/_/g, '-');
  } catch {
    // fall through
  }
  return 'en';
}
