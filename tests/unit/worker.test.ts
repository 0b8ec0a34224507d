/**
 * The worker's handlers against an in-memory fake of the WebExtension API: what they store where, especially for
 * private windows, whose traces must not outlive the tab.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');

const { catchUpTabs, forgetTab, onTabUpdated } = await import('../../src/background/tabs');
const { handleContentMessage } = await import('../../src/background/content-messages');
const { DELIVERY_RETRIES_MS } = await import('../../src/background/notice-delivery');
const { serialize } = await import('../../src/background/tab-queue');
const { tabHelpers } = await import('../support/worker-tabs');
const { handlePageMessage: handlePrivilegedMessage } = await import('../../src/background/router');
const { RECEIVER } = await import('../../src/core/protocol/content');

/** The real content script's receipt: it shows the notice when told "now", and holds what may still show it. */
function receipt(doc: string, policy: unknown) {
  const p = policy as { now?: boolean; onUpload?: boolean } | null;
  return { doc, shown: p?.now === true, held: p?.now === true || p?.onUpload === true };
}

/** A content script in this test's world: records what it is handed and answers like the real one (or as told). */
let lastUrl: unknown;
function contentScript(doc: string, answer?: (policy: unknown) => unknown) {
  const got: unknown[] = [];
  (globalThis as Record<string, unknown>)[RECEIVER] = (policy: unknown, url: unknown) => {
    got.push(policy);
    lastUrl = url;
    return answer ? answer(policy) : receipt(doc, policy);
  };
  return got;
}

const { loaded, sender, upload } = tabHelpers(() => ({ onTabUpdated, handleContentMessage, serialize }));

beforeEach(() => {
  fake.resetAll();
  delete (globalThis as Record<string, unknown>)[RECEIVER];
});

describe('worker handlers', () => {
  it('a profile page: state in storage.session, badge set, the notice handed over with "show now", recorded once per site', async () => {
    const got = contentScript('doc-aaaaaaaa');
    await loaded(1, 'https://www.instagram.com/sam.example/');
    expect(fake.injections).toEqual([{ tabId: 1, frameIds: [0] }]); // the top frame only
    expect(got).toEqual([expect.objectContaining({ mode: 'warn', now: true, onUpload: true })]);
    expect(lastUrl).toBe('https://www.instagram.com/sam.example/'); // the page it was made for
    expect(fake.browser.storage.session.dump()).toMatchObject({
      'tab:1': { platform: 'instagram', pageKind: 'profile', level: 'medium', doc: 'doc-aaaaaaaa' },
      'shown:instagram.com': true,
    });
    expect(fake.badges.get(1)).toBe('!');
    // another page of the site: no notice can show there any more, so it is handed nothing (it costs the page nothing)
    fake.injections.length = 0;
    const other = contentScript('doc-bbbbbbbb');
    await loaded(2, 'https://www.instagram.com/other/');
    expect(other).toEqual([]);
    expect(fake.injections).toEqual([]);
    expect(fake.browser.storage.session.dump()).toMatchObject({ 'tab:2': { platform: 'instagram', pageKind: 'profile', level: 'medium', doc: null } });
    expect(fake.badges.get(2)).toBe('!');
    expect(fake.browser.storage.local.dump()).toEqual({});
  });

  it('a notice that did not show (the page owns the element name) is not recorded as shown', async () => {
    contentScript('doc-aaaaaaaa', (p) => ({ ...receipt('doc-aaaaaaaa', p), shown: false }));
    await loaded(1, 'https://www.instagram.com/sam.example/');
    expect(fake.browser.storage.session.dump()).not.toHaveProperty(['shown:instagram.com']);
    expect(fake.badges.get(1)).toBe('!');
  });

  it('uploads count within one document, stay across in-page navigation and start again in a new document', async () => {
    let doc = 'doc-aaaaaaaa';
    contentScript('', (p) => receipt(doc, p));
    await loaded(3, 'https://www.facebook.com/marketplace/');
    await upload(3, 'https://www.facebook.com/marketplace/', false, doc);
    expect(fake.badges.get(3)).toBe('!!');
    await loaded(3, 'https://www.facebook.com/groups/hiking/'); // pushState: same document
    expect(fake.browser.storage.session.dump()['tab:3']).toMatchObject({ uploads: 1, level: 'high' });
    expect(fake.badges.get(3)).toBe('!!');
    doc = 'doc-bbbbbbbb'; // reload: a new document
    await loaded(3, 'https://www.facebook.com/groups/hiking/');
    expect(fake.browser.storage.session.dump()['tab:3']).toMatchObject({ uploads: 0, level: 'low', doc: 'doc-bbbbbbbb' });
    expect(fake.badges.get(3)).toBe('i');
  });

  it('hands a page over only where there is something to tell or to learn', async () => {
    const injected = () => fake.injections.filter((i) => i.tabId === 10).length;
    let doc = 'doc-aaaaaaaa';
    const got = contentScript('', (p) => receipt(doc, p));
    // the notice may show here only on an upload, whose reply brings it: the page is handed nothing
    await loaded(10, 'https://www.instagram.com/explore/');
    expect(injected()).toBe(0);
    expect(fake.badges.get(10)).toBe('i');
    await loaded(10, 'https://www.instagram.com/sam.example/'); // in-page: the profile notice shows now
    expect(injected()).toBe(1);
    expect(got.at(-1)).toMatchObject({ onUpload: true, now: true });
    expect(fake.browser.storage.session.dump()).toMatchObject({ 'tab:10': { held: true }, 'shown:instagram.com': true });
    // the notice is on screen: the next move within the page is told, so that it takes the notice down
    await loaded(10, 'https://www.instagram.com/explore/');
    expect(injected()).toBe(2);
    expect(got.at(-1)).toMatchObject({ onUpload: false, now: false });
    expect(fake.browser.storage.session.dump()['tab:10']).not.toHaveProperty('held');
    // from now on nothing can show on this site and the page holds nothing: nothing is handed over
    doc = 'doc-bbbbbbbb';
    await loaded(10, 'https://www.instagram.com/alex.example/');
    await loaded(10, 'https://www.instagram.com/explore/');
    expect(injected()).toBe(2);
    expect(fake.badges.get(10)).toBe('i');
    // an upload there is reported and answered (the page held no policy, so it asked)
    const reply = await upload(10, 'https://www.instagram.com/explore/', false, doc);
    expect(reply).toEqual({ ok: true, policy: expect.objectContaining({ now: false, onUpload: false }) });
    expect(fake.badges.get(10)).toBe('!!');
    // uploads were counted in a document: the next load is handed over once, to learn whether it is a new document
    doc = 'doc-cccccccc';
    await loaded(10, 'https://www.instagram.com/explore/');
    expect(injected()).toBe(3);
    expect(fake.browser.storage.session.dump()['tab:10']).toMatchObject({ uploads: 0, doc: 'doc-cccccccc' });
    expect(fake.badges.get(10)).toBe('i');
    await loaded(10, 'https://www.instagram.com/explore/');
    expect(injected()).toBe(3);
  });

  it('a page handed nothing gets the notice in the reply to its first upload, once per site', async () => {
    const got = contentScript('doc-aaaaaaaa');
    await loaded(14, 'https://www.facebook.com/marketplace/');
    await loaded(15, 'https://www.facebook.com/groups/hiking/');
    expect(got).toEqual([]);
    const first = await upload(14, 'https://www.facebook.com/marketplace/', false, 'doc-aaaaaaaa');
    // "now": the content script shows the upload's notice from this reply, with its words (the fake i18n answers keys)
    expect(first).toEqual({ ok: true, policy: expect.objectContaining({ mode: 'warn', now: true, onUpload: false, texts: expect.objectContaining({ upload: expect.stringContaining('wordsMayCollect') }) }) });
    expect(fake.browser.storage.session.dump()).toMatchObject({ 'tab:14': { uploads: 1, level: 'high', doc: 'doc-aaaaaaaa' }, 'shown:facebook.com': true });
    expect(fake.badges.get(14)).toBe('!!');
    // the site's notice is spent for the session: the next upload, in another tab, is counted and brings none
    const second = await upload(15, 'https://www.facebook.com/groups/hiking/', false, 'doc-bbbbbbbb');
    expect(second).toEqual({ ok: true, policy: expect.objectContaining({ now: false, onUpload: false }) });
    expect(fake.browser.storage.session.dump()['tab:15']).toMatchObject({ uploads: 1, level: 'high' });
  });

  it('a quiet or off site, or a platform with nothing documented, is handed nothing', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'warn', sites: { 'instagram.com': 'quiet', 'x.com': 'off' } } });
    const got = contentScript('doc-aaaaaaaa');
    await loaded(11, 'https://www.instagram.com/sam.example/');
    await loaded(12, 'https://x.com/sam');
    await loaded(13, 'https://www.reddit.com/user/sam_example/');
    expect(got).toEqual([]);
    expect(fake.injections).toEqual([]);
    expect(fake.badges.get(11)).toBe('!');
    expect(fake.badges.get(13)).toBe('i');
  });

  it('a receipt that does not parse changes nothing', async () => {
    for (const bad of [{ doc: '<img src=x onerror=1>', shown: true }, { doc: 'doc-aaaaaaaa', shown: 'yes' }, { doc: 'doc-aaaaaaaa', shown: true, tabId: 9 }, 'doc-aaaaaaaa', [1]]) {
      contentScript('', () => bad);
      await loaded(4, 'https://www.instagram.com/sam.example/');
      expect(fake.browser.storage.session.dump()['tab:4']).toMatchObject({ doc: null, uploads: 0 });
      expect(fake.browser.storage.session.dump()).not.toHaveProperty(['shown:instagram.com']);
    }
  });

  it('answers an upload before it writes the count and paints the badge, which still follow', async () => {
    await loaded(16, 'https://www.facebook.com/marketplace/');
    // the badge call hangs (a browser busy with its toolbar): the page's answer, which shows the notice, must not wait
    const setBadgeText = fake.browser.action.setBadgeText;
    let release = () => {};
    fake.browser.action.setBadgeText = (details) => new Promise<void>((r) => (release = () => void setBadgeText(details).then(r)));
    try {
      const answer = await Promise.race([
        handleContentMessage({ type: 'reportUpload', doc: 'doc-aaaaaaaa' }, sender(16, 'https://www.facebook.com/marketplace/')),
        new Promise((r) => setTimeout(() => r('no answer'), 1_000)),
      ]);
      expect(answer).toEqual({ ok: true, policy: expect.objectContaining({ now: true }) });
      expect(fake.browser.storage.session.dump()).toMatchObject({ 'shown:facebook.com': true });
    } finally {
      fake.browser.action.setBadgeText = setBadgeText;
      release();
    }
    await serialize(16, async () => undefined);
    expect(fake.browser.storage.session.dump()['tab:16']).toMatchObject({ uploads: 1, level: 'high' });
    expect(fake.badges.get(16)).toBe('!!');
  });

  it('a content script not there yet is tried a few more times, then left alone; an unlisted page gets nothing', async () => {
    await loaded(5, 'https://www.instagram.com/alex.example/');
    expect(fake.injections).toHaveLength(1 + DELIVERY_RETRIES_MS.length);
    fake.injections.length = 0;
    // one that starts a moment late still gets its policy
    setTimeout(() => contentScript('doc-aaaaaaaa'), 300);
    await loaded(6, 'https://www.instagram.com/sam.example/');
    expect(fake.injections.length).toBeGreaterThan(1);
    expect(fake.browser.storage.session.dump()).toMatchObject({ 'tab:6': { doc: 'doc-aaaaaaaa' }, 'shown:instagram.com': true });
    await loaded(7, 'https://example.com/');
    expect(fake.injections.filter((i) => i.tabId === 7)).toHaveLength(0);
  });

  it('a tab that moved on is not handed the old page’s policy', async () => {
    const got = contentScript('doc-aaaaaaaa');
    const tab = { id: 7, url: 'https://www.instagram.com/sam.example/', incognito: false, index: 0 };
    fake.tabs.set(7, { ...tab, url: 'https://www.instagram.com/explore/' });
    await onTabUpdated(7, { status: 'complete' }, tab as never);
    expect(got).toEqual([]);
  });

  it('a private window keeps the notice flag in the tab, and nothing is left when the tab closes', async () => {
    contentScript('doc-aaaaaaaa');
    await loaded(5, 'https://www.instagram.com/explore/', true);
    await upload(5, 'https://www.instagram.com/sam.example/', true);
    expect(fake.browser.storage.session.dump()).toEqual({ 'tab:5': expect.objectContaining({ uploads: 1, shownHere: true }) });
    await handleContentMessage({ type: 'quietThisSite' }, sender(5, 'https://www.instagram.com/sam.example/', true));
    expect(fake.browser.storage.session.dump()['tab:5']).toMatchObject({ quietHere: true });
    expect(fake.browser.storage.local.dump()).toEqual({}); // no per-site choice written to disk
    await forgetTab(5);
    expect(fake.browser.storage.session.dump()).toEqual({});
  });

  it('"Not on this site" in a normal window is a lasting choice for that site', async () => {
    await handleContentMessage({ type: 'quietThisSite' }, sender(3, 'https://m.facebook.com/sam.example'));
    expect(fake.browser.storage.local.dump()).toEqual({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'facebook.com': 'quiet' }, pauses: {}, sync: false } });
  });

  it('never stores a URL', async () => {
    await upload(4, 'https://www.instagram.com/sam.example/?secret=1');
    expect(JSON.stringify(fake.browser.storage.session.dump())).not.toMatch(/sam\.example|secret|https?:/);
  });

  it('corrupt stored preferences are kept aside, repaired, and the page still works', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', bad: 7 } } });
    const got = contentScript('doc-aaaaaaaa');
    await loaded(6, 'https://x.com/sam');
    expect(got).toEqual([]); // "off": nothing to hand over
    expect(fake.shownBadge(6)).toBe(''); // no badge of its own (and no overdue count to show)
    const local = fake.browser.storage.local.dump();
    expect(local.prefs).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off' }, pauses: {}, sync: false });
    const aside = Object.keys(local).filter((k) => k.startsWith('prefs.keptAside.'));
    expect(aside).toHaveLength(1);
    expect(local[aside[0]!]).toMatchObject({ item: 'prefs', value: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', bad: 7 } } });
  });

  it('"What can I do?" opens the explanation for the sender’s own tab', async () => {
    await handleContentMessage({ type: 'openExplanation' }, sender(7, 'https://www.instagram.com/sam.example/'));
    expect(fake.created).toEqual(['chrome-extension://ourid/src/popup/index.html?tabId=7&view=explain']);
  });

  it('getSiteMode answers for the tab’s site from its real address', async () => {
    contentScript('doc-aaaaaaaa');
    await loaded(8, 'https://old.reddit.com/user/sam');
    expect(await handlePrivilegedMessage({ type: 'getSiteMode', tabId: 8 })).toEqual({ site: 'reddit.com', mode: 'warn', isDefault: true });
  });

  it('a worker that starts late catches up with the listed tabs it missed, and leaves the rest alone', async () => {
    const got = contentScript('doc-aaaaaaaa');
    await loaded(1, 'https://www.instagram.com/explore/'); // known
    const before = fake.browser.storage.session.dump()['tab:1'];
    fake.injections.length = 0;
    fake.tabs.set(2, { id: 2, url: 'https://www.instagram.com/sam.example/', incognito: false, index: 1 }); // missed
    fake.tabs.set(3, { id: 3, url: 'https://example.com/', incognito: false, index: 2 }); // not listed
    fake.tabs.set(4, { id: 4, incognito: false, index: 3 }); // no host access: no url
    // still loading: a worker being installed may never get its "complete" event, so it is settled now as well
    fake.tabs.set(5, { id: 5, url: 'https://x.com/sam', incognito: false, index: 4, status: 'loading' });
    await catchUpTabs();
    expect(fake.injections.map((i) => i.tabId).sort()).toEqual([2, 5]);
    expect(got.at(-1)).toMatchObject({ now: true });
    expect(fake.badges.get(2)).toBe('!');
    expect(fake.badges.get(5)).toBe('!');
    expect(fake.browser.storage.session.dump()['tab:1']).toEqual(before);
    expect(Object.keys(fake.browser.storage.session.dump()).filter((k) => k.startsWith('tab:')).sort()).toEqual(['tab:1', 'tab:2', 'tab:5']);
  });

  it('a tab closed while its upload was still being counted leaves no state behind', async () => {
    const counting = handleContentMessage({ type: 'reportUpload', doc: 'doc-aaaaaaaa' }, sender(9, 'https://www.instagram.com/explore/'));
    const closing = forgetTab(9);
    await Promise.all([counting, closing]);
    expect(Object.keys(fake.browser.storage.session.dump()).filter((k) => k.startsWith('tab:'))).toEqual([]);
  });
});

