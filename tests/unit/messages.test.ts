import { describe, expect, it } from 'vitest';
import { parseContentMessage, parseReceipt } from '../../src/core/protocol/content';
import { parsePageMessage } from '../../src/core/protocol/pages';
import { senderKind } from '../../src/core/protocol/sender';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };

describe('parseContentMessage', () => {
  it('accepts a well-formed observation: an upload', () => {
    expect(parseContentMessage({ type: 'reportUpload', doc: 'abcdef0123456789' })).toEqual({ type: 'reportUpload', doc: 'abcdef0123456789' });
    // a UUID, as crypto.randomUUID() makes them
    expect(parseContentMessage({ type: 'reportUpload', doc: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toMatchObject({ type: 'reportUpload' });
  });
  it('refuses a page report: the worker learns the page from the tab, not from the page', () => {
    expect(parseContentMessage({ type: 'reportPage', doc: 'abcdef0123456789' })).toBeNull();
    expect(parseContentMessage({ type: 'reportUpload', kind: 'page', doc: 'abcdef0123456789' })).toBeNull();
  });

  it.each([
    ['unknown type', { type: 'setSitePref', site: 'x.com' }],
    ['a claimed tab id', { type: 'reportUpload', doc: 'abcdef0123456789', tabId: 3 }],
    ['a claimed url', { type: 'reportUpload', doc: 'abcdef0123456789', url: 'https://x.com/a' }],
    ['an extra kind', { type: 'reportUpload', kind: 'everything', doc: 'abcdef0123456789' }],
    ['a short doc id', { type: 'reportUpload', doc: 'abc' }],
    ['a doc id with markup', { type: 'reportUpload', doc: '<img src=x onerror=1>' }],
    ['a huge doc id', { type: 'reportUpload', doc: 'a'.repeat(100_000) }],
    ['a missing doc', { type: 'reportUpload' }],
    ['a string', 'reportUpload'],
    ['null', null],
    ['an array', [{ type: 'reportUpload' }]],
    ['an inherited type', Object.create({ type: 'reportUpload', doc: 'abcdef0123456789' })],
    ['a privileged message', { type: 'getTabState', tabId: 1 }],
  ])('drops %s', (_name, msg) => {
    expect(parseContentMessage(msg)).toBeNull();
  });

  it('is not fooled by a __proto__ key', () => {
    const msg = JSON.parse('{"type":"reportUpload","doc":"abcdef0123456789","__proto__":{"admin":true}}');
    expect(parseContentMessage(msg)).toBeNull();
  });
});

describe('parsePageMessage', () => {
  it('accepts getTabState with a tab id', () => {
    expect(parsePageMessage({ type: 'getTabState', tabId: 12 })).toEqual({ type: 'getTabState', tabId: 12 });
  });
  it.each([
    [{ type: 'getTabState', tabId: '12' }],
    [{ type: 'getTabState', tabId: -1 }],
    [{ type: 'getTabState', tabId: 1.5 }],
    [{ type: 'getTabState', tabId: Number.MAX_SAFE_INTEGER + 2 }],
    [{ type: 'getTabState' }],
    [{ type: 'getTabState', tabId: 1, more: true }],
    [{ type: 'reportUpload', doc: 'abcdef0123456789' }],
  ])('drops %j', (msg) => {
    expect(parsePageMessage(msg)).toBeNull();
  });
});

describe('parsePageMessage: every privileged message refuses what is not exactly its shape', () => {
  it('accepts each message of the page protocol in its exact form', () => {
    expect(parsePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'off' })).toEqual({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    expect(parsePageMessage({ type: 'setSiteMode', site: 'x.com', mode: null })).toEqual({ type: 'setSiteMode', site: 'x.com', mode: null });
    expect(parsePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'quiet', tabId: 4 })).toEqual({ type: 'setSiteMode', site: 'x.com', mode: 'quiet', tabId: 4 });
    expect(parsePageMessage({ type: 'setDefaultMode', mode: 'quiet' })).toEqual({ type: 'setDefaultMode', mode: 'quiet' });
    for (const type of ['getPrefs', 'getHealth', 'listKeptAside', 'clearKeptAside', 'getExposure']) expect(parsePageMessage({ type })).toEqual({ type });
    expect(parsePageMessage({ type: 'setPause', site: 'x.com', until: 1_800_000_000_000 })).toEqual({ type: 'setPause', site: 'x.com', until: 1_800_000_000_000 });
    expect(parsePageMessage({ type: 'setPause', site: 'x.com', until: null })).toEqual({ type: 'setPause', site: 'x.com', until: null });
    expect(parsePageMessage({ type: 'markProfile', tabId: 3, mine: true })).toEqual({ type: 'markProfile', tabId: 3, mine: true });
    expect(parsePageMessage({ type: 'getProfileMark', tabId: 3 })).toEqual({ type: 'getProfileMark', tabId: 3 });
    expect(parsePageMessage({ type: 'removeProfile', platform: 'instagram', handle: 'sam.example' })).toEqual({ type: 'removeProfile', platform: 'instagram', handle: 'sam.example' });
    expect(parsePageMessage({ type: 'setCountUploads', on: false })).toEqual({ type: 'setCountUploads', on: false });
    expect(parsePageMessage({ type: 'setSync', sync: true })).toEqual({ type: 'setSync', sync: true });
    expect(parsePageMessage({ type: 'getSyncStatus' })).toEqual({ type: 'getSyncStatus' });
    const writes = { prefs: { schemaVersion: 2 }, 'prefs.keptAside.0123abcd': { item: 'prefs', at: '', value: 1 } };
    expect(parsePageMessage({ type: 'applyImport', writes, basis: '12:0123abcd' })).toEqual({ type: 'applyImport', writes, basis: '12:0123abcd' });
    expect(parsePageMessage({ type: 'eraseAll', confirm: 'erase everything' })).toEqual({ type: 'eraseAll', confirm: 'erase everything' });
  });
  it.each([
    ['a __proto__ site', { type: 'setSiteMode', site: '__proto__', mode: 'off' }],
    ['a constructor site', { type: 'setSiteMode', site: 'constructor', mode: 'off' }],
    ['an uppercase site', { type: 'setSiteMode', site: 'X.COM', mode: 'off' }],
    ['a 300-character site', { type: 'setSiteMode', site: `${'a'.repeat(296)}.com`, mode: 'off' }],
    ['a number for a site', { type: 'setSiteMode', site: 42, mode: 'off' }],
    ['an empty site', { type: 'setSiteMode', site: '', mode: 'off' }],
    ['a site with a path', { type: 'setSiteMode', site: 'x.com/a', mode: 'off' }],
    ['an unknown mode', { type: 'setSiteMode', site: 'x.com', mode: 'LOUD' }],
    ['a missing mode', { type: 'setSiteMode', site: 'x.com' }],
    ['a bad tab id', { type: 'setSiteMode', site: 'x.com', mode: 'off', tabId: -3 }],
    ['an extra key', { type: 'setSiteMode', site: 'x.com', mode: 'off', also: 'vk.com' }],
    ['a null default', { type: 'setDefaultMode', mode: null }],
    ['an unknown default', { type: 'setDefaultMode', mode: 'LOUD' }],
    ['a default with an extra key', { type: 'setDefaultMode', mode: 'off', site: 'x.com' }],
    ['getPrefs with an extra key', { type: 'getPrefs', all: true }],
    ['clearKeptAside with a key list', { type: 'clearKeptAside', keys: ['prefs'] }],
    ['a pause with a string end', { type: 'setPause', site: 'x.com', until: 'tomorrow' }],
    ['a pause with a fractional end', { type: 'setPause', site: 'x.com', until: 1.5 }],
    ['a pause without an end', { type: 'setPause', site: 'x.com' }],
    ['a pause on a bad site', { type: 'setPause', site: '__proto__', until: 5 }],
    ['a profile mark that names a url', { type: 'markProfile', tabId: 3, mine: true, url: 'https://x.com/sam' }],
    ['a profile mark with a string answer', { type: 'markProfile', tabId: 3, mine: 'yes' }],
    ['a profile removal with markup', { type: 'removeProfile', platform: 'x', handle: '<img>' }],
    ['a profile removal on a bad platform', { type: 'removeProfile', platform: 'X Com', handle: 'sam' }],
    ['an upload-count answer that is not true or false', { type: 'setCountUploads', on: 1 }],
    ['sync with a string', { type: 'setSync', sync: 'on' }],
    ['sync with data to write', { type: 'setSync', sync: true, sites: { 'x.com': 'off' } }],
    ['an erase without its confirmation', { type: 'eraseAll' }],
    ['an erase with another confirmation', { type: 'eraseAll', confirm: 'yes' }],
    ['an import whose writes are not an object', { type: 'applyImport', writes: [{ prefs: {} }], basis: '1:00000000' }],
    ['an import that writes nothing', { type: 'applyImport', writes: {}, basis: '1:00000000' }],
    ['an import of too many items', { type: 'applyImport', writes: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 1])), basis: '1:00000000' }],
    ['an import larger than any export', { type: 'applyImport', writes: { prefs: 'x'.repeat(5 * 1024 * 1024 + 1) }, basis: '1:00000000' }],
    ['an import without the fingerprint of what it merged with', { type: 'applyImport', writes: { prefs: {} } }],
    ['an import with a fingerprint that is not one', { type: 'applyImport', writes: { prefs: {} }, basis: 'x'.repeat(41) }],
    ['an inherited type', Object.create({ type: 'getPrefs' })],
    ['a type that is an Object.prototype name', { type: 'toString' }],
    ['a type that is __proto__', JSON.parse('{"type":"__proto__"}')],
  ])('drops %s', (_n, msg) => {
    expect(parsePageMessage(msg)).toBeNull();
  });
});

describe('senderKind', () => {
  it('recognises our extension page by the origin of sender.url, even when it has a tab', () => {
    expect(senderKind({ id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html' }, self)).toBe('extension-page');
    expect(senderKind({ id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html?tabId=3', tab: { id: 7 }, frameId: 0 }, self)).toBe('extension-page');
    expect(senderKind({ id: 'uuid', url: 'moz-extension://uuid/x.html' }, { id: 'uuid', origin: 'moz-extension://uuid' })).toBe('extension-page');
  });
  it('recognises a content script by a real tab, the top frame and a web URL', () => {
    expect(senderKind({ id: 'ourid', url: 'https://www.instagram.com/a/', tab: { id: 4 }, frameId: 0 }, self)).toBe('content-script');
  });
  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/p.html' }],
    ['another extension claiming our url', { id: 'other', url: 'chrome-extension://ourid/p.html' }],
    ['no id', { url: 'chrome-extension://ourid/p.html' }],
    ['a content script without a tab', { id: 'ourid', url: 'https://www.instagram.com/' }],
    ['a content script in a sub-frame', { id: 'ourid', url: 'https://www.instagram.com/', tab: { id: 3 }, frameId: 2 }],
    ['a negative tab id', { id: 'ourid', url: 'https://www.instagram.com/', tab: { id: -1 }, frameId: 0 }],
    ['a non-web page with a tab', { id: 'ourid', url: 'file:///etc/passwd', tab: { id: 3 }, frameId: 0 }],
    ['a look-alike extension origin', { id: 'ourid', url: 'chrome-extension://ourid.evil/p.html' }],
    ['no sender', undefined],
  ])('refuses %s', (_n, sender) => {
    expect(senderKind(sender as never, self)).toBeNull();
  });
});

describe('parseReceipt (the worker’s check of a content script’s answer)', () => {
  it('accepts exactly { doc, shown, held }', () => {
    expect(parseReceipt({ doc: 'mi3x2k7a-0p4k2n1v9d', shown: true, held: true })).toEqual({ doc: 'mi3x2k7a-0p4k2n1v9d', shown: true, held: true });
    expect(parseReceipt({ doc: '0f8fad5b-d9cb-469f-a165-70867728950e', shown: false, held: false })).toEqual({ doc: '0f8fad5b-d9cb-469f-a165-70867728950e', shown: false, held: false });
  });
  it.each([
    ['nothing', null],
    ['a string', 'doc-aaaaaaaa'],
    ['an array', ['doc-aaaaaaaa', true]],
    ['a doc id with markup', { doc: '<img src=x onerror=1>', shown: false, held: false }],
    ['a huge doc id', { doc: 'a'.repeat(100_000), shown: false, held: false }],
    ['shown that is not a boolean', { doc: 'doc-aaaaaaaa', shown: 1, held: false }],
    ['held that is not a boolean', { doc: 'doc-aaaaaaaa', shown: false, held: 'yes' }],
    ['no held', { doc: 'doc-aaaaaaaa', shown: false }],
    ['an extra key', { doc: 'doc-aaaaaaaa', shown: false, held: false, tabId: 3 }],
    ['an inherited doc', Object.create({ doc: 'doc-aaaaaaaa', shown: false, held: false })],
  ])('refuses %s', (_name, x) => {
    expect(parseReceipt(x)).toBeNull();
  });
});
