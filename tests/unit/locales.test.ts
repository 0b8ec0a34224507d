/** Every locale has the same keys and placeholders as English, every string has a translator description, and every
 * key the code asks for exists. Each translation (nl, de, fr) is complete: every message translated, no placeholder
 * lost or invented, no message left in English unless it is a name listed below, and the store's length limits kept. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const LOCALES = join(ROOT, 'extension', '_locales');
type Placeholder = { content: string; example?: string };
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, Placeholder> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = load('en');

/** The translations the extension ships; each must be complete. */
const TRANSLATED = ['nl', 'de', 'fr'] as const;
const OTHERS = readdirSync(LOCALES).filter((l) => l !== 'en');

/**
 * Messages that are rightly the same as English, per language; everything else must be translated. Keep it small:
 * each entry is a name or a term that this language writes exactly as English does.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  all: [
    'extName', // "Unscraped": the product name, never translated
    'actionTitle', // "Unscraped": the toolbar button's title is the product name
    'lang_en', 'lang_nl', 'lang_de', 'lang_fr', // each language's own name (endonym), the same in every UI language
    'law_ukGdpr', // "UK GDPR": the statute's own name; the letters cite it as "UK GDPR" in every language
    'law_bipa', // "BIPA (Illinois)": the statute's acronym, and the state's name is spelled the same in nl, de and fr
  ],
  nl: [
    'law_pipeda', // "PIPEDA (Canada)": Dutch spells Canada the same way
    'factPlatform', // "Platform": the Dutch word is "platform"
    'optionsAddSitePlatform', // "Platform": the Dutch word is "platform"
    'logStatus', // "Status": the Dutch word is "status"
  ],
  de: [
    'logStatus', // "Status": the German word is "Status"
    'optionsPauseColumn', // "Pause": the German word is "Pause"
  ],
  fr: [
    'optionsSiteColumn', // "Site": the French word is "site"
    'optionsModeColumn', // "Mode": the French word is "mode"
    'optionsActionsColumn', // "Actions": the French word is "actions"
    'optionsPauseColumn', // "Pause": the French word is "pause"
  ],
};
const sameAllowed = (lang: string): Set<string> => new Set([...SAME_AS_ENGLISH.all!, ...(SAME_AS_ENGLISH[lang] ?? [])]);

/** The $NAME$ placeholders a message uses, lower-cased (Chrome matches them case-insensitively), sorted, once each. */
const usedPlaceholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

/**
 * English function words that none of nl, de or fr uses as a word of its own ("is", "of", "in", "was", "an", "a",
 * "still" are left out: Dutch, German or French use them). A long message with three or more of them is English.
 */
const ENGLISH_WORDS = /\b(?:the|and|you|your|with|this|that|to|can|not|what|from|are|it|be|for|has|have|been|by|when|its|only|about|who|which|more|or|no|on|if|may|their)\b/gi;
const LONG = 60;
const englishWords = (message: string): string[] => message.replace(/\$[A-Za-z0-9_]+\$/g, ' ').match(ENGLISH_WORDS) ?? [];
const looksEnglish = (message: string): boolean => message.length > LONG && englishWords(message).length >= 3;

/** Chrome Web Store limits; the manifest takes both from the messages. */
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : []);
}

describe('locales', () => {
  it('English strings all carry a description for translators', () => {
    for (const [k, v] of Object.entries(en)) {
      expect(v.description, k).toBeTruthy();
      expect(v.message, k).toBeTruthy();
    }
  });

  it.each(OTHERS)('%s has the same keys and placeholders as English', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(Object.keys(other[k]!.placeholders ?? {}).sort(), k).toEqual(Object.keys(v.placeholders ?? {}).sort());
    }
  });

  it('every placeholder used in a message is declared', () => {
    for (const [k, v] of Object.entries(en)) {
      const used = [...v.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(used.every((u) => u in (v.placeholders ?? {})), k).toBe(true);
    }
  });

  it('every message key the code names exists in English', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')];
    const keys = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/(?:titleKey|label|explain|Key):\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/:\s*'((?:level|explain|pageKind|badgeTitle)[A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    }
    const missing = [...keys].filter((k) => !(k in en));
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(10);
  });

  it('ships Dutch, German and French', () => {
    for (const lang of TRANSLATED) expect(OTHERS, lang).toContain(lang);
  });

  it.each(['en', ...OTHERS])('%s keeps the Chrome Web Store limits on the name and description', (lang) => {
    const m = load(lang);
    expect(m.extName!.message.length, 'extName').toBeLessThanOrEqual(MAX_NAME);
    expect(m.extDescription!.message.length, 'extDescription').toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('the English-word check recognises English', () => {
    const long = Object.values(en).filter((v) => v.message.length > LONG);
    const caught = long.filter((v) => looksEnglish(v.message));
    expect(long.length).toBeGreaterThan(30);
    expect(caught.length / long.length).toBeGreaterThan(0.9);
  });

  it.each(OTHERS)('the list of %s messages left as in English names real, unchanged messages only', (lang) => {
    const other = load(lang);
    for (const k of sameAllowed(lang)) {
      expect(k in en, `${k} is not an English key`).toBe(true);
      expect(other[k]?.message, `${k} is translated now: take it off the list`).toBe(en[k]!.message);
    }
  });

  describe.each(OTHERS)('%s', (lang) => {
    const other = load(lang);

    it('keeps every placeholder’s content and example', () => {
      for (const [k, v] of Object.entries(en)) {
        for (const [name, p] of Object.entries(v.placeholders ?? {})) {
          expect(other[k]?.placeholders?.[name], `${k}.${name}`).toEqual(p);
        }
      }
    });

    it('uses exactly the placeholders the English message uses, and declares each', () => {
      for (const [k, v] of Object.entries(en)) {
        const message = other[k]?.message ?? '';
        expect(usedPlaceholders(message), k).toEqual(usedPlaceholders(v.message));
        for (const u of usedPlaceholders(message)) expect(other[k]?.placeholders ?? {}, `${k}: $${u}$`).toHaveProperty(u);
      }
    });

    it('has no empty message', () => {
      for (const k of Object.keys(en)) {
        expect(typeof other[k]?.message, k).toBe('string');
        expect(other[k]!.message.trim(), k).not.toBe('');
      }
    });

    it('leaves no message in English but the listed names', () => {
      const allowed = sameAllowed(lang);
      const untranslated = Object.keys(en).filter((k) => !allowed.has(k) && other[k]?.message === en[k]!.message);
      expect(untranslated).toEqual([]);
    });

    it('has no long message that reads as English', () => {
      const english = Object.keys(en)
        .filter((k) => looksEnglish(other[k]?.message ?? ''))
        .map((k) => `${k}: ${englishWords(other[k]!.message).join(' ')}`);
      expect(english).toEqual([]);
    });
  });
});
