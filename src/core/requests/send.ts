/**
 * Sending helpers, pure: they build what the UI hands to the person, and send nothing themselves (Unscraped makes no
 * network requests).
 *
 * - `mailtoHandoff`: a `mailto:` URL (RFC 6068) with subject and body percent-encoded as UTF-8, line breaks as
 *   %0D%0A, and `&`, `?`, `#`, `%`, `+` encoded so no client reads them as delimiters or spaces. Long URLs are cut by
 *   some mail clients and browsers, so above `MAILTO_MAX` characters it returns the text to copy instead.
 * - `webformHandoff`: the form's address and the text to paste, with what the form asks for.
 * - `postalLetter`: a printable letter whose first lines are the window zone of an envelope (return line, then the
 *   recipient block), padded to a fixed height so the body never shows through the window.
 */
import { isPlainEmail, plainLine, plainLines } from './text';

/** Our limit for a mailto URL: well under the ~2,000-character URLs some browsers and clients handle reliably. It is a
 * conservative choice, not a standard; longer letters are copied instead. */
export const MAILTO_MAX = 1800;

export type MailHandoff =
  | { kind: 'mailto'; href: string }
  | { kind: 'copy'; reason: 'too-long'; to: string; subject: string; text: string; length: number };

/** Percent-encodes for a mailto header value: UTF-8, every reserved character, line breaks as CRLF. */
export function encodeMailtoValue(s: string): string {
  return encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n')).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function mailtoHandoff(mail: { to: string; subject: string; body: string }, max = MAILTO_MAX): MailHandoff {
  const to = mail.to.trim();
  if (!isPlainEmail(to)) throw new Error(`not a plain e-mail address for mailto: ${JSON.stringify(to).slice(0, 80)}`);
  const subject = plainLine(mail.subject, 300);
  const href = `mailto:${to}?subject=${encodeMailtoValue(subject)}&body=${encodeMailtoValue(mail.body)}`;
  if (href.length > max) return { kind: 'copy', reason: 'too-long', to, subject, text: mail.body, length: href.length };
  return { kind: 'mailto', href };
}

export interface WebformHandoff {
  kind: 'webform';
  url: string;
  /** the letter's text, to paste into the form's message field if it has one */
  text: string;
  /** what the form asks the person to provide (from the registry) */
  proof: string[];
}

export function webformHandoff(form: { url: string; body: string; proof?: readonly string[] }): WebformHandoff {
  let url: URL;
  try {
    url = new URL(form.url);
  } catch {
    throw new Error(`not a form address: ${JSON.stringify(form.url).slice(0, 80)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`a form address must be https: ${url.href}`);
  return { kind: 'webform', url: url.href, text: form.body, proof: [...(form.proof ?? [])] };
}

/** Lines in the envelope window: one return line, then up to six recipient lines (our layout choice). */
export const WINDOW_LINES = 7;
const LINE = 60;

export interface PostalLetter {
  /** the envelope window: return line (sender, one line) and recipient block, padded to WINDOW_LINES */
  window: string[];
  /** the sender block printed below the window */
  sender: string[];
  date: string;
  subject: string;
  body: string;
  /** the whole letter as plain text, window zone first */
  text: string;
}

export function postalLetter(l: {
  sender: { name: string; address?: string };
  recipient: string;
  date: string;
  subject: string;
  body: string;
}): PostalLetter {
  const name = plainLine(l.sender.name, LINE);
  const senderLines = plainLines(l.sender.address, 5, LINE);
  const recipient = plainLines(l.recipient, WINDOW_LINES - 1, LINE);
  if (!recipient.length) throw new Error('a postal letter needs a recipient address');
  const returnLine = plainLine([name, ...senderLines].join(' · '), LINE * 2);
  const window = [returnLine, ...recipient];
  while (window.length < WINDOW_LINES) window.push('');
  const sender = [name, ...senderLines];
  const date = plainLine(l.date, 60);
  const subject = plainLine(l.subject, 300);
  const text = [...window, '', ...sender, '', date, '', subject, '', l.body, ''].join('\n');
  return { window, sender, date, subject, body: l.body, text };
}
