/**
 * Requester text is plain text everywhere. What a person types (name, address, e-mail) is hostile input as far as a
 * letter is concerned: it may carry control characters that break a mail client or a printer, bidi overrides that make
 * a letter read differently from what it says (Trojan-source style, CVE-2021-42574), zero-width characters, or huge
 * strings. These helpers strip all of those and cap lengths; markup is never interpreted, it stays literal characters,
 * and the UI renders the result as text.
 */

/** C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, zero-width characters, BOM, line/paragraph
 * separators, and Unicode noncharacters of the BMP. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\u206A-\u206F\uFEFF\uFFF9-\uFFFB\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
/** lone surrogates (not part of a pair) */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const MAX_NAME = 120;
export const MAX_EMAIL = 254;
export const MAX_ADDRESS_LINES = 5;
export const MAX_ADDRESS_LINE = 80;

/** Cut to at most `max` code points without splitting a surrogate pair. */
export function capLength(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, max).join('').trimEnd();
}

/** One line of plain text: no controls, no bidi or zero-width characters, whitespace collapsed, capped. */
export function plainLine(input: unknown, max: number): string {
  const s = typeof input === 'string' ? input : '';
  const cleaned = s
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(/[\r\n\t\u0085]+/g, ' ')
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return capLength(cleaned, max);
}

/** Several lines of plain text (an address): each line cleaned like `plainLine`, empty lines dropped, capped. */
export function plainLines(input: unknown, maxLines: number, maxLine: number): string[] {
  const s = typeof input === 'string' ? input : '';
  return s
    .replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((l) => plainLine(l, maxLine))
    .filter((l) => l !== '')
    .slice(0, maxLines);
}

/** A deliberately simple address check: one @, no spaces or characters that could split a mail header or a URL. */
const EMAIL = /^[^\s@<>()[\]\\,;:"'`?&#%/]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function isPlainEmail(s: string): boolean {
  return s.length <= MAX_EMAIL && EMAIL.test(s);
}
