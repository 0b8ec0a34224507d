/** The registry's texts in the browser's UI language, for a page to provide before it renders (see ui/i18n.tsx). */
import { loadRegistryTable, registryLocalizer, TRANSLATED_LANGUAGES, type RegistryLanguage } from '../core/registry/translations/index';
import { uiLocale } from './i18n';

/** The UI language the extension's own messages follow, as a registry language (English when it has no table). */
export function uiRegistryLanguage(): RegistryLanguage {
  const two = uiLocale().slice(0, 2).toLowerCase();
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(two) ? (two as RegistryLanguage) : 'en';
}

export async function loadRegistryText(): Promise<(english: string) => string> {
  const lang = uiRegistryLanguage();
  if (lang === 'en') return (s) => s;
  const table = await loadRegistryTable(lang).catch(() => undefined);
  return registryLocalizer(lang, table);
}
