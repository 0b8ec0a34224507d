/** Every locale has the same keys and placeholders as English, every string has a translator description, and every
 * key the code asks for exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const LOCALES = join(ROOT, 'extension', '_locales');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = load('en');

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

  it.each(readdirSync(LOCALES).filter((l) => l !== 'en'))('%s has the same keys and placeholders as English', (lang) => {
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
});
