import { browser } from './browser';

/** A UI string from `_locales`. Falls back to the key so a missing string is visible, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
