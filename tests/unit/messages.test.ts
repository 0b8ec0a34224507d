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
    ['a pause that ends at the epoch', { type: 'setPause', site: 'x.com', until: 0 }],
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
    ['a type that is not text', { type: 7 }],
  ])('drops %s', (_n, msg) => {
    expect(parsePageMessage(msg)).toBeNull();
  });
});

describe('parsePageMessage: the request log and the letters’ details, where forged input would reach what the user logged', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const log = { type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-01-31' };
  it('accepts each of them in its exact form, and passes on only what it names', () => {
    for (const type of ['getDetails', 'deleteDetails', 'listRequests', 'getRequestLog']) expect(parsePageMessage({ type })).toEqual({ type });
    const details = { name: 'Sam Example', email: 'sam@example.org', country: 'NL' };
    expect(parsePageMessage({ type: 'saveDetails', details })).toEqual({ type: 'saveDetails', details });
    expect(parsePageMessage(log)).toEqual(log);
    expect(parsePageMessage({ ...log, language: 'nl', channelId: 'clearview-privacy-email' })).toEqual({ ...log, language: 'nl', channelId: 'clearview-privacy-email' });
    // the longest scraper id and channel id, and one-character ones
    for (const scraper of ['a', `a${'-'.repeat(39)}`]) expect(parsePageMessage({ ...log, scraper })).toEqual({ ...log, scraper });
    for (const channelId of ['a', `a${'b'.repeat(59)}`]) expect(parsePageMessage({ ...log, channelId })).toEqual({ ...log, channelId });
    expect(parsePageMessage({ type: 'updateRequest', id, status: 'answered', on: '2026-02-10' })).toEqual({ type: 'updateRequest', id, status: 'answered', on: '2026-02-10' });
    const note = 'n'.repeat(2_000);
    expect(parsePageMessage({ type: 'updateRequest', id, status: 'extended', on: '2026-02-28', note })).toEqual({ type: 'updateRequest', id, status: 'extended', on: '2026-02-28', note });
    expect(parsePageMessage({ type: 'updateRequest', id, status: 'refused', on: '2026-02-10', note: '' })).toEqual({ type: 'updateRequest', id, status: 'refused', on: '2026-02-10', note: '' });
    for (const what of ['reminded', 'complained']) {
      expect(parsePageMessage({ type: 'markFollowUp', id, what, on: '2026-03-01' })).toEqual({ type: 'markFollowUp', id, what, on: '2026-03-01' });
    }
    expect(parsePageMessage({ type: 'removeRequest', id: 'abcd1234' })).toEqual({ type: 'removeRequest', id: 'abcd1234' });
    expect(parsePageMessage({ type: 'setNotify', notify: false })).toEqual({ type: 'setNotify', notify: false });
  });
  it.each([
    ['details with an extra key', { type: 'getDetails', all: true }],
    ['a deletion that names a field', { type: 'deleteDetails', field: 'email' }],
    ['a list that asks for a filter', { type: 'listRequests', scraper: 'pimeyes' }],
    ['details that are a string', { type: 'saveDetails', details: 'Sam Example' }],
    ['details that are a list', { type: 'saveDetails', details: [{ name: 'Sam' }] }],
    ['details that are null', { type: 'saveDetails', details: null }],
    ['details with a second payload', { type: 'saveDetails', details: { name: 'Sam' }, log: [] }],
    ['a log entry of an unknown kind', { ...log, kind: 'delete-everything' }],
    ['a log entry under an unknown law', { ...log, law: 'lgpd' }],
    ['a log entry with no date', { ...log, sentOn: undefined }],
    ['a log entry dated in words', { ...log, sentOn: 'yesterday' }],
    ['a log entry in a language letters are not written in', { ...log, language: 'es' }],
    ['a log entry with an empty language', { ...log, language: '' }],
    ['a log entry whose scraper id starts with a dash', { ...log, scraper: '-clearview' }],
    ['a log entry whose scraper id is too long', { ...log, scraper: 'a'.repeat(41) }],
    ['a log entry whose scraper id is a number', { ...log, scraper: 7 }],
    ['a log entry whose channel id has capitals', { ...log, channelId: 'clearview-Email' }],
    ['a log entry whose channel id is empty', { ...log, channelId: '' }],
    ['a log entry whose channel id is too long', { ...log, channelId: 'a'.repeat(61) }],
    ['a log entry whose channel id is a number', { ...log, channelId: 3 }],
    ['a log entry that sets its own status', { ...log, status: 'done' }],
    ['an update with a short id', { type: 'updateRequest', id: 'abc1234', status: 'answered', on: '2026-02-10' }],
    ['an update with markup for an id', { type: 'updateRequest', id: '<img src=x onerror=1>', status: 'answered', on: '2026-02-10' }],
    ['an update to an unknown status', { type: 'updateRequest', id, status: 'forgotten', on: '2026-02-10' }],
    ['an update on a day that does not exist', { type: 'updateRequest', id, status: 'answered', on: '2026-02-30' }],
    ['an update without a day', { type: 'updateRequest', id, status: 'answered' }],
    ['an update whose note is not text', { type: 'updateRequest', id, status: 'answered', on: '2026-02-10', note: { html: '<b>' } }],
    ['an update whose note is too long', { type: 'updateRequest', id, status: 'answered', on: '2026-02-10', note: 'n'.repeat(2_001) }],
    ['an update that moves the due date', { type: 'updateRequest', id, status: 'extended', on: '2026-02-10', dueDate: '2030-01-01' }],
    ['a follow-up of another kind', { type: 'markFollowUp', id, what: 'sent', on: '2026-03-01' }],
    ['a follow-up without a day', { type: 'markFollowUp', id, what: 'reminded' }],
    ['a follow-up on a bad id', { type: 'markFollowUp', id: 42, what: 'reminded', on: '2026-03-01' }],
    ['a follow-up with an extra key', { type: 'markFollowUp', id, what: 'complained', on: '2026-03-01', authority: 'ap' }],
    ['a removal without an id', { type: 'removeRequest' }],
    ['a removal of everything', { type: 'removeRequest', id, all: true }],
    ['a removal with a too long id', { type: 'removeRequest', id: 'a'.repeat(65) }],
    ['notifications asked for in words', { type: 'setNotify', notify: 'yes' }],
    ['notifications with an extra key', { type: 'setNotify', notify: true, sound: true }],
  ])('drops %s', (_n, msg) => {
    expect(parsePageMessage(msg)).toBeNull();
  });
  it('takes an import up to its limits, and not a byte or an item more', () => {
    const basis = 'b'.repeat(40);
    const items = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
    expect(parsePageMessage({ type: 'applyImport', writes: items(64), basis })).toEqual({ type: 'applyImport', writes: items(64), basis });
    expect(parsePageMessage({ type: 'applyImport', writes: items(1), basis: `${basis}b` })).toBeNull();
    // `{"prefs":"…"}` is 12 characters around the value
    const atLimit = { prefs: 'x'.repeat(5 * 1024 * 1024 - 12) };
    expect(JSON.stringify(atLimit).length).toBe(5 * 1024 * 1024);
    expect(parsePageMessage({ type: 'applyImport', writes: atLimit, basis })).not.toBeNull();
    expect(parsePageMessage({ type: 'applyImport', writes: { prefs: `${atLimit.prefs}x` }, basis })).toBeNull();
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
