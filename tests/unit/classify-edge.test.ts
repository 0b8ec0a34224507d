/** classifyUrl on odd, hostile and malformed input: a listed host or nothing, and it never throws. */
import { describe, expect, it } from 'vitest';
import { classifyUrl, compileClassifier, parseRoute } from '../../src/core/index';
import { MAX_URL_LENGTH } from '../../src/core/hosts';

const NONE = { platform: null, pageKind: null };

describe('classifyUrl: not a listed page', () => {
  it.each([
    'https://www.instagram.com.evil.example/sam.example/',
    'https://www.instagram.com@evil.example/sam.example/',
    'https://evil.example/https://www.instagram.com/sam.example/',
    'https://evil.example/?u=https://www.instagram.com/sam.example/',
    'https://notinstagram.com/sam.example/',
    'https://instagram.co/sam.example/',
    'https://xn--nstagram-t4a.com/sam.example/',
    'https://ınstagram.com/sam.example/',
    'www.instagram.com/sam.example/',
    '//www.instagram.com/sam.example/',
    'javascript:alert(1)//www.instagram.com/sam.example/',
    'data:text/html,https://www.instagram.com/sam.example/',
    'ftp://www.instagram.com/sam.example/',
    'chrome-extension://abc/www.instagram.com/',
    'file:///www.instagram.com/sam.example/',
    'blob:https://www.instagram.com/3f1c',
    '',
    ' ',
    'https://',
    'http://[::1]/',
    'https://127.0.0.1/sam.example/',
  ])('%s', (url) => {
    expect(classifyUrl(url)).toEqual(NONE);
  });

  it.each([null, undefined, 42, {}, [], Symbol('x'), () => 'https://www.instagram.com/sam.example/'])('non-string %s', (x) => {
    expect(classifyUrl(x as never)).toEqual(NONE);
  });

  it('gives up on absurdly long input without work', () => {
    expect(classifyUrl(`https://www.instagram.com/${'a'.repeat(70_000)}`)).toEqual(NONE);
  });

  it('reads an address up to MAX_URL_LENGTH characters, and not one more', () => {
    const base = 'https://www.instagram.com/explore/?q=';
    const atLimit = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
    expect(classifyUrl(atLimit)).toEqual({ platform: 'instagram', pageKind: 'other' });
    expect(classifyUrl(`${atLimit}a`)).toEqual(NONE);
  });
});

describe('classifyUrl: listed pages in unusual spellings', () => {
  it.each([
    ['HTTPS://WWW.INSTAGRAM.COM/Sam.Example/', 'profile', 'Sam.Example'],
    ['https://www.instagram.com:443/sam.example', 'profile', 'sam.example'],
    ['https://www.instagram.com./sam.example/', 'profile', 'sam.example'],
    ['https://user:pw@www.instagram.com/sam.example/', 'profile', 'sam.example'],
    ['https://www.instagram.com/sam.example/?hl=en#top', 'profile', 'sam.example'],
    ['https://www.instagram.com//sam.example//', 'profile', 'sam.example'],
    ['http://instagram.com/sam.example', 'profile', 'sam.example'],
    ['https://www.instagram.com/%73am.example/', 'profile', 'sam.example'],
    ['https://www.instagram.com/%E0%A4%A/', 'other', undefined],
    ['https://www.instagram.com/', 'other', undefined],
  ])('%s -> %s', (url, kind, handle) => {
    const c = classifyUrl(url);
    expect(c.platform).toBe('instagram');
    expect(c.pageKind).toBe(kind);
    expect(c.handle).toBe(handle);
  });
});

describe('classifyUrl: a capture takes a whole value or the route does not match', () => {
  it.each([
    // a numeric id is all digits: a profile's badge and notice must not come from a look-alike
    ['https://www.facebook.com/profile.php?id=123', 'profile'],
    ['https://www.facebook.com/profile.php?id=123abc', 'other'],
    ['https://www.facebook.com/profile.php?id=', 'other'],
    ['https://www.facebook.com/permalink.php?story_fbid=abc', 'post'],
    ['https://www.facebook.com/permalink.php?story_fbid=', 'other'],
    // an owner_item pair, the owner maybe negative (a community's wall), and nothing after it
    ['https://vk.com/wall-123_456', 'post'],
    ['https://vk.com/wall123_456', 'post'],
    ['https://vk.com/wall-123_456x', 'other'],
    // an opaque id is at most 256 characters
    [`https://www.instagram.com/p/${'a'.repeat(256)}/`, 'post'],
    [`https://www.instagram.com/p/${'a'.repeat(257)}/`, 'other'],
  ])('%s -> %s', (url, kind) => {
    expect(classifyUrl(url).pageKind).toBe(kind);
  });
});

describe('route syntax', () => {
  it.each(['profile', 'nonsense /x', 'post x.com y.com /a', 'post a/b', 'post /*/a', 'post /:bogus', 'post /a?/b', 'post /a?k=v'])(
    'rejects %j', (line) => {
      expect(() => parseRoute(line)).toThrow();
    });

  it('scopes host routes and takes handles from subdomains', () => {
    const c = compileClassifier([
      { id: 'blog', hosts: ['blog.example', '*.blog.example', 'short.example'], reserved: ['www', 'help'],
        routes: ['profile :handle.blog.example /', 'post :handle.blog.example /post/:num/*', 'other short.example /*', 'profile /:handle'] },
    ]);
    expect(c.classify('https://sam.blog.example/')).toEqual({ platform: 'blog', pageKind: 'profile', handle: 'sam' });
    expect(c.classify('https://sam.blog.example/post/12/title')).toEqual({ platform: 'blog', pageKind: 'post', handle: 'sam' });
    expect(c.classify('https://help.blog.example/')).toEqual({ platform: 'blog', pageKind: 'other' });
    expect(c.classify('https://a.b.blog.example/')).toEqual({ platform: 'blog', pageKind: 'other' });
    expect(c.classify('https://short.example/sam')).toEqual({ platform: 'blog', pageKind: 'other' });
    expect(c.classify('https://blog.example/sam')).toEqual({ platform: 'blog', pageKind: 'profile', handle: 'sam' });
    expect(c.platformOfHost('x.blog.example')).toBe('blog');
    expect(c.platformOfHost('blog.example.evil')).toBeNull();
  });

  it('treats a deeper subdomain of a wildcard host as infrastructure: every URL on it is other', () => {
    const c = compileClassifier([
      { id: 'blog', hosts: ['blog.example', '*.blog.example'], routes: ['profile :handle.blog.example /', 'profile /:handle/*'] },
      { id: 'pics', hosts: ['*.pics.example'], routes: ['profile /:handle'] },
    ]);
    expect(c.classify('https://64.media.blog.example/0123456789abcdef/s640x960/a.jpg')).toEqual({ platform: 'blog', pageKind: 'other' });
    expect(c.classify('https://a.b.blog.example/sam')).toEqual({ platform: 'blog', pageKind: 'other' });
    expect(c.classify('https://blog.example/sam')).toEqual({ platform: 'blog', pageKind: 'profile', handle: 'sam' });
    // a wildcard without subdomain routes applies its general routes to one-label subdomains only
    expect(c.classify('https://uk.pics.example/sam')).toEqual({ platform: 'pics', pageKind: 'profile', handle: 'sam' });
    expect(c.classify('https://a.uk.pics.example/sam')).toEqual({ platform: 'pics', pageKind: 'other' });
    expect(c.platformOfHost('a.b.blog.example')).toBe('blog');
  });

  it('gives a wildcard’s general routes only to the subdomains its `subdomains` pattern accepts', () => {
    const c = compileClassifier([
      { id: 'pics', hosts: ['pics.example', 'short.pics.example', '*.pics.example'], subdomains: 'www|[a-z]{2}',
        routes: ['other short.pics.example /*', 'profile /:handle'] },
    ]);
    for (const host of ['pics.example', 'www.pics.example', 'fr.pics.example', 'FR.pics.example']) {
      expect(c.classify(`https://${host}/sam`), host).toEqual({ platform: 'pics', pageKind: 'profile', handle: 'sam' });
    }
    // an exact host keeps its own routes; a label the pattern turns away, or a deeper one, is other (anchored: not
    // `api` because it contains two letters, not `fra`)
    for (const host of ['short.pics.example', 'api.pics.example', 'fra.pics.example', 'a.fr.pics.example', 'f.pics.example']) {
      expect(c.classify(`https://${host}/sam`), host).toEqual({ platform: 'pics', pageKind: 'other' });
    }
    expect(c.platformOfHost('api.pics.example')).toBe('pics');
  });

  it(':ref matches an owner_item pair of numbers, nothing else', () => {
    const c = compileClassifier([
      { id: 'vk', hosts: ['vk.example'], routes: ['post /wall:ref', 'post /item?ref=:ref', 'profile /:handle'] },
    ]);
    for (const ok of ['https://vk.example/wall1_2', 'https://vk.example/wall-123_456', 'https://vk.example/item?ref=-1_2']) {
      expect(c.classify(ok).pageKind, ok).toBe('post');
    }
    for (const no of ['wall1', 'wall-1', 'wall1_', 'wall_2', 'wall1_2_3', 'wall--1_2', 'wall+1_2', 'wallace', 'wall1_2a']) {
      expect(c.classify(`https://vk.example/${no}`).pageKind, no).not.toBe('post');
    }
    expect(() => parseRoute('post /wall:ref')).not.toThrow();
  });
});
