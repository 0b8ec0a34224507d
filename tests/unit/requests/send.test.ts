/** Sending helpers: mailto encoding of every special character, the length fallback, web forms and window envelopes. */
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX, WINDOW_LINES, draftRequest, encodeMailtoValue, mailtoHandoff, postalLetter, webformHandoff } from '../../../src/core/index';

/** What a mail client reads back from the URL. */
const parse = (href: string): Record<string, string> => {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to, query] = href.slice(7).split('?');
  const params: Record<string, string> = {};
  for (const pair of query!.split('&')) {
    const [k, v] = pair.split('=');
    params[k!] = decodeURIComponent(v!);
  }
  return { to: to!, ...params };
};

describe('mailto', () => {
  const tricky = 'Ünïcødé — ñ ß ø 中文 🙂 & ? # % + = ; / : @ ! \' ( ) * , "quotes"';

  it('round-trips non-ASCII, &, ?, #, %, + and line breaks exactly', () => {
    const body = `Line one ${tricky}\nLine two\r\nLine three\rend %20 %%`;
    const h = mailtoHandoff({ to: 'legal-requests@clearview.ai', subject: `Subject ${tricky}`, body });
    expect(h.kind).toBe('mailto');
    if (h.kind !== 'mailto') return;
    const back = parse(h.href);
    expect(back.to).toBe('legal-requests@clearview.ai');
    expect(back.subject).toBe(`Subject ${tricky}`);
    expect(back.body).toBe(`Line one ${tricky}\r\nLine two\r\nLine three\r\nend %20 %%`);
  });

  it('leaves no delimiter unencoded and writes line breaks as %0D%0A', () => {
    const v = encodeMailtoValue('a&b?c#d%e+f g\nh');
    expect(v).toBe('a%26b%3Fc%23d%25e%2Bf%20g%0D%0Ah');
    expect(encodeMailtoValue("!'()*")).toBe('%21%27%28%29%2A');
    expect(encodeMailtoValue('é')).toBe('%C3%A9');
    const h = mailtoHandoff({ to: 'a@example.org', subject: 's', body: '&subject=evil&cc=x@y.z' });
    if (h.kind !== 'mailto') throw new Error('expected mailto');
    expect(h.href.split('&')).toHaveLength(2);
    expect(h.href).not.toMatch(/[\s#]/);
  });

  it('keeps the subject to one line, so no header can be injected', () => {
    const h = mailtoHandoff({ to: 'a@example.org', subject: 'Hi\r\nBcc: victim@example.org', body: 'x' });
    if (h.kind !== 'mailto') throw new Error('expected mailto');
    expect(parse(h.href).subject).toBe('Hi Bcc: victim@example.org');
  });

  it('refuses an address that is not plain', () => {
    for (const to of ['a@example.org?cc=b@example.org', 'a@example.org&body=x', 'javascript:alert(1)', 'a b@example.org', '']) {
      expect(() => mailtoHandoff({ to, subject: 's', body: 'b' }), to).toThrow(/not a plain e-mail address/);
    }
  });

  it('falls back to copying the text when a client would cut the URL', () => {
    const long = mailtoHandoff({ to: 'a@example.org', subject: 's', body: 'é'.repeat(400) }); // 400 × 6 encoded characters
    expect(long).toMatchObject({ kind: 'copy', reason: 'too-long', to: 'a@example.org', subject: 's' });
    if (long.kind === 'copy') expect(long.length).toBeGreaterThan(MAILTO_MAX);
    expect(mailtoHandoff({ to: 'a@example.org', subject: 's', body: 'x'.repeat(100) }).kind).toBe('mailto');
  });

  it('a real letter: short ones open the mail client, most letters are copied', () => {
    const d = draftRequest({ scraper: 'clearview-ai', kind: 'opt-out', law: 'ccpa', language: 'en', requester: { name: 'A', email: 'a@example.org', country: 'US', region: 'CA' }, date: '2027-01-31' });
    const h = mailtoHandoff({ to: d.to, subject: d.subject, body: d.body });
    if (h.kind === 'copy') expect(h.text).toBe(d.body);
    else expect(parse(h.href).body).toBe(d.body.replace(/\n/g, '\r\n'));
    const g = draftRequest({ scraper: 'clearview-ai', kind: 'combined', law: 'gdpr', language: 'de', requester: { name: 'A', email: 'a@example.org', country: 'DE' }, date: '2027-01-31' });
    expect(mailtoHandoff({ to: g.to, subject: g.subject, body: g.body }).kind).toBe('copy');
  });
});

describe('web forms', () => {
  it('gives the form address, the text to paste and what the form asks for', () => {
    const d = draftRequest({ scraper: 'facecheck-id', kind: 'erasure', law: 'gdpr', language: 'en', requester: { name: 'A', email: 'a@example.org', country: 'NL' }, date: '2027-01-31' });
    const h = webformHandoff({ url: d.to, body: d.body, proof: d.proof });
    expect(h).toMatchObject({ kind: 'webform', url: 'https://facecheck.id/Face-Search/RemoveMyPhotos', text: d.body });
    expect(h.proof[0]).toMatch(/selfie with two fingers touching your chin/);
    expect(d.body).toMatch(/Your form asks me for proof of my identity/);
    expect(d.note).toMatch(/not a deletion at the source/);
  });
  it('refuses anything but an https address', () => {
    expect(() => webformHandoff({ url: 'http://example.org/form', body: 'x' })).toThrow(/https/);
    expect(() => webformHandoff({ url: 'javascript:alert(1)', body: 'x' })).toThrow(/https/);
    expect(() => webformHandoff({ url: 'not a url', body: 'x' })).toThrow(/not a form address/);
  });
});

describe('postal letters for a window envelope', () => {
  it('puts the return line and the recipient block first, padded to a fixed height', () => {
    const d = draftRequest({
      scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'en', channelId: 'clearview-ai-postal',
      requester: { name: 'Alex Example', email: 'alex@example.org', country: 'NL', address: 'Kerkstraat 1\n1234 AB Amsterdam\nNetherlands' }, date: '2027-01-31',
    });
    const p = postalLetter({ sender: { name: 'Alex Example', address: 'Kerkstraat 1\n1234 AB Amsterdam\nNetherlands' }, recipient: d.to, date: '31 January 2027', subject: d.subject, body: d.body });
    expect(p.window).toHaveLength(WINDOW_LINES);
    expect(p.window[0]).toBe('Alex Example · Kerkstraat 1 · 1234 AB Amsterdam · Netherlands');
    expect(p.window.slice(1, 5)).toEqual(['Clearview AI, Inc.', '99 Wall Street #5730', 'New York, NY 10005', 'USA']);
    expect(p.text.split('\n').slice(0, WINDOW_LINES)).toEqual(p.window);
    expect(p.text).toContain(d.body);
    expect(d.body).toContain('or by post to the address at the top of this letter');
    expect(d.copyTo).toBe('Clearview AI, Inc.\n418 Broadway STE N\nAlbany, NY 12207\nUSA');
  });
  it('needs a recipient', () => {
    expect(() => postalLetter({ sender: { name: 'A' }, recipient: ' \n ', date: 'd', subject: 's', body: 'b' })).toThrow(/recipient/);
  });
});
