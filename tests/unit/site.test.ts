import { describe, expect, it } from 'vitest';
import { registrableDomain, siteOfUrl } from '../../src/core/site';
import { PLATFORM_RULES } from '../../src/core/registry/rules';

describe('registrableDomain', () => {
  it.each([
    ['www.instagram.com', 'instagram.com'],
    ['m.facebook.com', 'facebook.com'],
    ['mobile.twitter.com', 'twitter.com'],
    ['sam.tumblr.com', 'tumblr.com'],
    ['INSTAGRAM.COM.', 'instagram.com'],
    ['foo.bar.co.uk', 'bar.co.uk'],
    ['ok.ru', 'ok.ru'],
    // a name that starts with digits is a name, not an address
    ['9gag.com', '9gag.com'],
    ['m.9gag.com', '9gag.com'],
    ['shop.example.com.au', 'example.com.au'],
    ['www.example.co.jp', 'example.co.jp'],
  ])('%s -> %s', (h, want) => {
    expect(registrableDomain(h)).toBe(want);
  });
  it.each(['localhost', '127.0.0.1', '', 'co.uk', 'a..b.com', 'exa mple.com'])('%j has none', (h) => {
    expect(registrableDomain(h)).toBeNull();
  });
  it('gives every registry host a site that is itself or a parent of it', () => {
    for (const r of PLATFORM_RULES) {
      for (const h of r.hosts) {
        const host = h.replace(/^\*\./, 'someone.');
        const site = registrableDomain(host);
        expect(site, host).toBeTruthy();
        expect(host === site || host.endsWith(`.${site}`), host).toBe(true);
      }
    }
  });
  it('siteOfUrl takes only web URLs', () => {
    expect(siteOfUrl('https://www.instagram.com/a')).toBe('instagram.com');
    expect(siteOfUrl('javascript:alert(1)')).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
    expect(siteOfUrl('http://www.instagram.com/a')).toBe('instagram.com');
    // a scheme other than http(s) has no site, even with a host name: no mode or pause applies to it
    for (const url of ['ftp://files.instagram.com/a', 'wss://www.instagram.com/chat', 'file://www.instagram.com/x', 'chrome-extension://instagram.com/p.html']) {
      expect(siteOfUrl(url), url).toBeNull();
    }
  });
});
