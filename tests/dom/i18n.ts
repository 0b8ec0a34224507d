import en from '../../extension/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The real English strings, with placeholders filled as the browser's i18n.getMessage would; unknown keys throw,
 * so a component that asks for a missing string fails its test. */
export function t(key: string, subs?: string | string[]): string {
  const m = (en as unknown as Record<string, Entry>)[key];
  if (!m) throw new Error(`missing message ${key}`);
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_x, name: string) => {
    const c = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return c.replace(/\$(\d)/g, (_y, i: string) => args[Number(i) - 1] ?? '');
  });
}
