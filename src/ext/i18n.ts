import { browser } from './browser';

/** A UI string from `_locales`. Falls back to the key so a missing string is visible, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The language the extension's messages are shown in: the code the chosen `_locales` folder itself declares (its
 * `locale` message), as a BCP 47 tag. Lists, dates and country names follow it, so a page never mixes two languages.
 * (`getUILanguage()` and `@@ui_locale` give the browser's language, which may have no folder, or differ from it.) */
export function uiLocale(): string {
  try {
    const chosen = browser.i18n.getMessage('locale');
    if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(chosen)) return chosen;
  } catch {
    // fall through
  }
  return 'en';
}
