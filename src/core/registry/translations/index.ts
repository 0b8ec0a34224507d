/**
 * The registry's user-facing texts in Dutch, German and French beside the English original.
 *
 * The English data stays as it is (other code and the tests read it); each language has one table, `nl.ts`, `de.ts`,
 * `fr.ts`, from the exact English text to its translation. `registryTexts` lists every English text a user reads, and
 * `validate-translations.ts` checks each table against that list (the build and the unit tests run it): a text missing
 * in one language, a stale key, or a translation that drops a number, date, amount, address or quotation fails.
 *
 * A page loads only its own language: `await loadRegistryTable('de')` imports `de.ts` alone (a separate chunk), then
 * `localizeText(text, 'de', table)` or `registryLocalizer('de', table)` turns each English text into German.
 *
 * Not here on purpose: names (platforms, scrapers, authorities, postal lines), the decisions' `ref` (cited verbatim in
 * the letters), the letter facts' `says` and the laws' citations (the letter templates word those per language).
 *
 * Rules every translation follows:
 * - Same facts, same source, same hedges: "claimed", "accused", "says", "may", "about", "only", "not known" and "This
 *   is a complaint, not a decision" keep their force; nothing is added, nothing is smoothed.
 * - Quoting rule: a passage in "double quotes" in the English (a source's own words, a setting's label, a name) stays
 *   in English, verbatim, inside the language's quote marks (nl “…”, de „…“, fr « … »), followed by our translation in
 *   parentheses; a quoted name ("Insta Stalker") gets no translation. The reader sees exactly what the source or the
 *   platform says and what it means, and the lint can check the quotation was not altered. The parenthesis is our
 *   wording, not the source's or the platform's (a platform's label in Dutch, German or French is not sourced).
 * - Names stay as they are: companies, datasets, platforms, case names, and a body's own name (Autoriteit
 *   Persoonsgegevens, Datenschutzbehörde, Information Commissioner's Office); a body's descriptive English name is
 *   given in the language (German readers get the Hamburg commissioner's own German title; French readers the OPC's
 *   official French name), and descriptive parts ("Dutch data protection authority") are translated.
 * - Numbers, dates and amounts use the language's separators (3.311.471; 3 311 471 in French) and month names; the
 *   currency stays as the English writes it ($, EUR, GBP).
 * - Register: u (nl), Sie (de), vous (fr).
 *
 * When an English text changes (or one is added): edit the English in the registry, then in each of nl.ts, de.ts and
 * fr.ts replace the old key with the new English text and translate the change; the lint names every missing or stale
 * entry and every figure, date, address or quotation that no longer matches.
 */
import type { Evidence, PlatformInfo, Scraper } from '../schema';
import type { Authority, ScraperContact } from '../request-schema';
import { NO_CHANNEL } from '../request-schema';

export type RegistryLanguage = 'en' | 'nl' | 'de' | 'fr';
/** The languages that have a table (English is the original). */
export const TRANSLATED_LANGUAGES = ['nl', 'de', 'fr'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];
export type TranslationTable = Readonly<Record<string, string>>;

/** The registry data whose texts users read. */
export interface RegistryTextData {
  evidence: readonly Evidence[];
  scrapers: readonly Scraper[];
  platforms: readonly PlatformInfo[];
  contacts: readonly ScraperContact[];
  authorities: readonly Authority[];
}

/**
 * Every user-facing English text of the registry, each once, in data order: evidence claims; each scraper's
 * entity name, `what`, and its record's authority, amount and `ordered`; each platform setting; each contact's
 * summary, channel notes, proof texts, copy-to reasons, info pages' titles and `says`, recall texts; `NO_CHANNEL`;
 * each authority's conditions and channel notes. The lint and the tests walk this one list.
 */
export function registryTexts(d: RegistryTextData): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined): void => {
    if (s !== undefined) out.add(s);
  };
  for (const e of d.evidence) add(e.claim);
  for (const s of d.scrapers) {
    add(s.entity?.name);
    add(s.what);
    for (const r of s.record) {
      add(r.authority);
      add(r.amount);
      add(r.ordered);
    }
  }
  for (const p of d.platforms) if (p.setting !== 'none-known') add(p.setting.text);
  for (const c of d.contacts) {
    add(c.summary);
    for (const ch of c.channels) {
      add(ch.note);
      for (const p of ch.proof) add(p.text);
      add(ch.copyTo?.why);
    }
    for (const p of c.pages) {
      add(p.title);
      add(p.says);
    }
    add(c.recall?.text);
  }
  add(NO_CHANNEL);
  for (const a of d.authorities) {
    add(a.conditions);
    add(a.form?.note);
    add(a.email?.note);
    add(a.postal?.note);
  }
  return [...out];
}

/** The text in `lang`: the English itself for `en`, else its entry in `table` (English when the table lacks it, which
 * the lint refuses at build time, so a reader never sees a blank). */
export function localizeText(english: string, lang: RegistryLanguage, table?: TranslationTable): string {
  if (lang === 'en' || !table) return english;
  return (Object.hasOwn(table, english) ? table[english] : undefined) ?? english;
}

/** `localizeText` bound to one language and its table. */
export function registryLocalizer(lang: RegistryLanguage, table?: TranslationTable): (english: string) => string {
  return (english) => localizeText(english, lang, table);
}

/** Loads one language's table on its own (each is a separate chunk); `undefined` for English. */
export async function loadRegistryTable(lang: RegistryLanguage): Promise<TranslationTable | undefined> {
  switch (lang) {
    case 'nl':
      return (await import('./nl')).NL;
    case 'de':
      return (await import('./de')).DE;
    case 'fr':
      return (await import('./fr')).FR;
    default:
      return undefined;
  }
}
