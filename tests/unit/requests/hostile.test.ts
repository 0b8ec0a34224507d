/** Hostile requester input (markup, quotes, control and bidi characters, very long strings) comes back as inert,
 * capped plain text in letters, reminders, complaints, mailto URLs and postal letters. */
import { describe, expect, it } from 'vitest';
import {
  MAX_ADDRESS_LINE, MAX_ADDRESS_LINES, MAX_NAME, draftComplaint, draftReminder, draftRequest, mailtoHandoff, plainLine, plainLines, postalLetter,
} from '../../../src/core/index';

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_AND_INVISIBLE = /[\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

const hostileNames = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  'O\'Brien "The Boss" `rm -rf`',
  'Eve\u202Egnp.exe\u202C',
  'Mallory\u2066\u2069\u200B\u200D\uFEFF',
  'Null\u0000Byte\u0007Bell\u001BEsc\u007F',
  'Line\r\nBreak\u2028Sep\u0085',
  'Ｆｕｌｌｗｉｄｔｈ ＆ ｅｍｏｊｉ 🙂',
  'x'.repeat(5000),
  '\uD800 lone surrogate',
];

const requester = (name: string, address?: string) => ({ name, email: 'eve@example.org', country: 'NL', ...(address !== undefined ? { address } : {}) });

describe('plain-text cleaning', () => {
  it('strips controls, bidi overrides and invisible characters, collapses whitespace and caps length', () => {
    for (const n of hostileNames) {
      const s = plainLine(n, MAX_NAME);
      expect(s, n).not.toMatch(CONTROLS);
      expect(s, n).not.toMatch(BIDI_AND_INVISIBLE);
      expect(s, n).not.toMatch(/[\r\n\t]/);
      expect(Array.from(s).length, n).toBeLessThanOrEqual(MAX_NAME);
      expect(s).toBe(s.trim());
    }
    expect(plainLine('Eve\u202Egnp.exe', 50)).toBe('Evegnp.exe');
    expect(plainLine('  a \t\n b  ', 50)).toBe('a b');
    expect(plainLine('🙂🙂🙂', 2)).toBe('🙂🙂'); // never splits a surrogate pair
  });

  it('keeps markup as literal characters: nothing is interpreted or escaped', () => {
    expect(plainLine('<b>Bold</b> & "q"', 100)).toBe('<b>Bold</b> & "q"');
  });

  it('addresses keep their lines, each cleaned, and are capped in count and length', () => {
    const lines = plainLines(`Street 1\r\n\u202E\n${'y'.repeat(500)}\n\nCity\u0000\nA\nB\nC\nD`, MAX_ADDRESS_LINES, MAX_ADDRESS_LINE);
    expect(lines[0]).toBe('Street 1');
    expect(lines).toHaveLength(MAX_ADDRESS_LINES);
    expect(lines[1]).toHaveLength(MAX_ADDRESS_LINE);
    expect(lines[2]).toBe('City');
  });
});

describe('hostile input through every output', () => {
  it.each(hostileNames.map((n) => [n.slice(0, 30), n] as const))('name %s', (_label, name) => {
    const r = requester(name, `${name}\n<b>Street</b> 1\u202E`);
    const letter = draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'en', requester: r, date: '2027-01-31' });
    const reminder = draftReminder({ request: letter, requester: r, language: 'en', date: '2027-03-01' });
    const complaint = draftComplaint({ request: letter, requester: r, language: 'en', date: '2027-03-01' });
    const post = postalLetter({ sender: { name, address: r.address }, recipient: 'Clearview AI, Inc.\n99 Wall Street #5730', date: '31 January 2027', subject: letter.subject, body: letter.body });
    for (const text of [letter.body, letter.subject, reminder.body, complaint.body, complaint.subject, post.text]) {
      expect(text).not.toMatch(CONTROLS);
      expect(text).not.toMatch(BIDI_AND_INVISIBLE);
    }
    const cleanName = plainLine(name, MAX_NAME);
    expect(letter.body.endsWith(cleanName)).toBe(true);
    expect(letter.body.length).toBeLessThan(6000);
    const mail = mailtoHandoff({ to: letter.to, subject: letter.subject, body: letter.body });
    if (mail.kind === 'mailto') expect(mail.href).not.toMatch(/[<>"\s]/);
  });

  it('an e-mail address that tries to smuggle headers or markup is refused', () => {
    for (const email of ['eve@example.org\r\nBcc: x@y.z', '<eve@example.org>', 'eve@example.org?cc=x@y.z', '"eve"@example.org', 'eve@exa mple.org']) {
      expect(() => draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'en', requester: { name: 'Eve', email, country: 'NL' }, date: '2027-01-31' }), email).toThrow(/not a plain e-mail address/);
    }
  });

  it('a name that is only control or formatting characters is refused', () => {
    expect(() => draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'en', requester: requester('\u202E\u0000\u200B'), date: '2027-01-31' })).toThrow(/name is empty/);
  });

  it('the region and country cannot carry text into a letter', () => {
    expect(() => draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'ccpa', language: 'en', requester: { name: 'Eve', email: 'eve@example.org', country: 'US', region: 'CA<script>' }, date: '2027-01-31' })).toThrow(/not a subdivision code/);
  });
});
