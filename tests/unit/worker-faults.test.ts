/**
 * The worker when things go wrong: storage that fails, hangs or holds corrupt or newer data, a worker stopped between
 * two writes, many tabs at once, and messages from places that should not send them. Each test starts a fresh worker
 * (fresh modules) on the same in-memory browser, as a restarted worker finds the same storage. The cases marked with a
 * letter reproduce the reliability audit's scratch tests (shared/reviews/2026-11-28-reliability-audit.md), which
 * failed before their fixes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');
const { tabHelpers } = await import('../support/worker-tabs');

type Worker = Awaited<ReturnType<typeof startWorker>>;
/** A fresh worker: its modules loaded anew (empty caches and queues), the browser and its storage as they are. */
async function startWorker() {
  vi.resetModules();
  const guard = await import('../../src/ext/storage-guard');
  guard.setStorageTimeout(50);
  return {
    ...(await import('../../src/background/tabs')),
    ...(await import('../../src/background/content-messages')),
    ...(await import('../../src/background/tab-queue')),
    ...(await import('../../src/background/router')),
    ...(await import('../../src/ext/prefs-store')),
    ...(await import('../../src/ext/prefs-update')),
    ...(await import('../../src/ext/health')),
    RECEIVER: (await import('../../src/core/protocol/content')).RECEIVER,
  };
}

let w: Worker;
let notices = 0;
/** The content script, answering like the real one: it shows the notice when told "now". */
function contentScript() {
  (globalThis as Record<string, unknown>)[w.RECEIVER] = (policy: unknown) => {
    const p = policy as { now?: boolean; onUpload?: boolean } | null;
    const now = p?.now === true;
    if (now) notices++;
    return { doc: 'doc-aaaaaaaa', shown: now, held: now || p?.onUpload === true };
  };
}
const { put, loaded, sender, upload } = tabHelpers(() => w);
const local = () => fake.browser.storage.local.dump();
const session = () => fake.browser.storage.session.dump();
const keptAside = () => Object.keys(local()).filter((k) => k.startsWith('prefs.keptAside.'));
const sites = () => (local().prefs as { sites: Record<string, string> } | undefined)?.sites;
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
  fake.resetAll();
  notices = 0;
  w = await startWorker();
  contentScript();
});

describe('storage that fails or hangs never stops the badge, the notice or upload replies', () => {
  it('F: corrupt preferences and a storage.local that refuses every write (quota)', async () => {
    await fake.browser.storage.local.set({ prefs: 'garbage' });
    fake.browser.storage.local.fail('set', new Error('QUOTA_BYTES quota exceeded'));
    await loaded(7, 'https://www.instagram.com/sam.example/');
    expect(fake.badges.get(7)).toBe('!');
    expect(notices).toBe(1);
    expect(await upload(7, 'https://www.instagram.com/sam.example/')).toMatchObject({ ok: true });
    expect(fake.badges.get(7)).toBe('!!');
    const health = await w.handlePageMessage({ type: 'getHealth' });
    expect(health).toMatchObject({ ok: false, problems: [expect.stringMatching(/storage\.local: .*QUOTA_BYTES/)] });
  });

  it('H: a storage.session that rejects every call', async () => {
    fake.browser.storage.session.fail('get', new Error('storage.session unavailable'));
    fake.browser.storage.session.fail('set', new Error('storage.session unavailable'));
    await loaded(9, 'https://www.instagram.com/sam.example/');
    expect(fake.badges.get(9)).toBe('!');
    expect(await upload(9, 'https://www.instagram.com/sam.example/')).toMatchObject({ ok: true });
    expect(fake.badges.get(9)).toBe('!!'); // the upload counted, from the worker's memory
    // the notice showed once, and the site is not told to show it again
    await loaded(10, 'https://www.instagram.com/other.person/');
    expect(notices).toBe(1);
    expect(await w.handlePageMessage({ type: 'getHealth' })).toMatchObject({ ok: false });
  });

  it('a storage.local whose writes fail stays reported while its reads work, until a write works again', async () => {
    fake.browser.storage.local.fail('set', new Error('QUOTA_BYTES quota exceeded'));
    await loaded(11, 'https://www.instagram.com/sam.example/');
    // a choice that cannot be saved, then reads that work (the preferences, My exposure)
    await w.handlePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'quiet' }).catch(() => undefined);
    await w.handlePageMessage({ type: 'getPrefs' });
    await w.handlePageMessage({ type: 'getExposure' });
    expect(await w.handlePageMessage({ type: 'getHealth' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/storage\.local: .*QUOTA_BYTES/)] });
    fake.browser.storage.local.fail('set', null);
    await w.handlePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'quiet' });
    expect(await w.handlePageMessage({ type: 'getHealth' })).toEqual({ ok: true, problems: [] });
  });

  it('storage calls that never answer give up after a bounded time, and the badge still comes', async () => {
    fake.browser.storage.local.fail('get', 'hang');
    fake.browser.storage.session.fail('get', 'hang');
    fake.browser.storage.session.fail('set', 'hang');
    const started = Date.now();
    await loaded(3, 'https://x.com/sam');
    expect(fake.badges.get(3)).toBe('!');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(((await w.handlePageMessage({ type: 'getHealth' })) as { problems: string[] }).problems.join(' ')).toMatch(/did not answer/);
  });

  it('a change is refused, not written over preferences that could not be read; the stored choices survive', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'warn', sites: { 'x.com': 'off' } } });
    w = await startWorker();
    contentScript();
    fake.browser.storage.local.fail('get', new Error('IO error'));
    await expect(w.handlePageMessage({ type: 'setSiteMode', site: 'vk.com', mode: 'quiet' })).rejects.toThrow(/could not be read/);
    fake.browser.storage.local.fail('get', null);
    expect(sites()).toEqual({ 'x.com': 'off' });
  });

  it('a write that fails leaves the previous choice in force, and says so', async () => {
    fake.browser.storage.local.fail('set', new Error('QUOTA_BYTES quota exceeded'));
    await expect(w.handlePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'off' })).rejects.toThrow(/QUOTA/);
    expect(await w.handlePageMessage({ type: 'getPrefs' })).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: {}, pauses: {}, sync: false });
    await loaded(4, 'https://x.com/sam');
    expect(fake.badges.get(4)).toBe('!'); // still warning: the "off" was not saved
  });
});

describe('one queue per stored item: nothing the user chose is lost, nothing kept aside twice', () => {
  it('D: a repair on first read racing the user’s change: the change survives, one copy is kept aside', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off' } } });
    w = await startWorker();
    contentScript();
    fake.browser.storage.local.slow(3);
    const user = w.handlePageMessage({ type: 'setSiteMode', site: 'instagram.com', mode: 'off' });
    // tab events keep arriving while the change reads, keeps aside, repairs and writes
    const tabs: Promise<void>[] = [];
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 1));
      tabs.push(loaded(50 + i, 'https://x.com/sam'));
    }
    await Promise.all([user, ...tabs]);
    expect(sites()).toEqual({ 'x.com': 'off', 'instagram.com': 'off' });
    expect(keptAside()).toHaveLength(1);
  });

  it('E: many tabs caught up after a downgrade keep one copy, and the newer value is not rewritten by reading it', async () => {
    const newer = { schemaVersion: 3, defaultMode: 'quiet', sites: {}, somethingNew: [1, 2] };
    await fake.browser.storage.local.set({ prefs: newer });
    w = await startWorker();
    contentScript();
    fake.browser.storage.local.slow(1);
    for (let i = 10; i < 16; i++) put(i, `https://www.instagram.com/p${i}/`);
    await w.catchUpTabs();
    expect(keptAside()).toHaveLength(1);
    expect(local().prefs).toEqual(newer);
    expect(fake.badges.get(10)).toBe('!'); // read as quiet: badge, no notice
    expect(notices).toBe(0);
    // a change the user makes replaces it, its copy already kept
    await w.handlePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    expect(local().prefs).toEqual({ schemaVersion: 2, defaultMode: 'quiet', sites: { 'x.com': 'off' }, pauses: {}, sync: false });
    expect(local()[keptAside()[0]!]).toMatchObject({ item: 'prefs', value: newer });
  });

  it.each([['first', true], ['second', false]])('C: "Not on this site" racing the popup’s "off" for the same site (it comes %s): off stays', async (_n, quietFirst) => {
    await w.loadPrefs();
    fake.browser.storage.local.slow(2);
    const quiet = () => w.handleContentMessage({ type: 'quietThisSite' }, sender(3, 'https://www.instagram.com/sam.example/'));
    const off = () => w.handlePageMessage({ type: 'setSiteMode', site: 'instagram.com', mode: 'off' });
    await Promise.all(quietFirst ? [quiet(), off()] : [off(), quiet()]);
    expect(sites()?.['instagram.com']).toBe('off');
  });

  it('M: five changes at once over five sites: all kept', async () => {
    fake.browser.storage.local.slow(2);
    await Promise.all([
      w.handlePageMessage({ type: 'setSiteMode', site: 'x.com', mode: 'off' }),
      w.handlePageMessage({ type: 'setSiteMode', site: 'vk.com', mode: 'quiet' }),
      w.handleContentMessage({ type: 'quietThisSite' }, sender(20, 'https://www.instagram.com/sam.example/')),
      w.handleContentMessage({ type: 'quietThisSite' }, sender(21, 'https://www.facebook.com/sam.example')),
      w.handlePageMessage({ type: 'setSiteMode', site: 'reddit.com', mode: 'off' }),
    ]);
    expect(sites()).toEqual({ 'x.com': 'off', 'vk.com': 'quiet', 'instagram.com': 'quiet', 'facebook.com': 'quiet', 'reddit.com': 'off' });
  });

  it('kept-aside copies are bounded, listed, and cleared on request', async () => {
    for (let i = 0; i < 7; i++) {
      await fake.browser.storage.local.set({ prefs: `garbage ${i}` });
      w = await startWorker();
      await w.loadPrefs();
    }
    expect(keptAside()).toHaveLength(5);
    expect(((await w.handlePageMessage({ type: 'getHealth' })) as { problems: string[] }).problems.join(' ')).toMatch(/5 kept-aside copies/);
    const listed = (await w.handlePageMessage({ type: 'listKeptAside' })) as { item: string; bytes: number }[];
    expect(listed).toHaveLength(5);
    expect(listed.every((k) => k.item === 'prefs' && k.bytes > 0)).toBe(true);
    expect(await w.handlePageMessage({ type: 'clearKeptAside' })).toEqual({ cleared: 5 });
    expect(keptAside()).toEqual([]);
    expect(local().prefs).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: {}, pauses: {}, sync: false });
  });

  it('a huge corrupt value is kept aside cut to size, not copied whole toward the quota', async () => {
    await fake.browser.storage.local.set({ prefs: 'x'.repeat(5_000_000) });
    w = await startWorker();
    await w.loadPrefs();
    const copy = local()[keptAside()[0]!] as { truncated?: boolean; value: string };
    expect(copy.truncated).toBe(true);
    expect(JSON.stringify(copy).length).toBeLessThan(70_000);
  });
});

describe('a worker stopped between two writes leaves consistent data', () => {
  it('stopped after keeping a corrupt value aside, before saving the repair: the next start repairs, keeps one copy', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', 'vk.com': 'quiet' } } });
    w = await startWorker();
    fake.browser.storage.local.stopAfterWrites(1); // the kept-aside copy, then nothing
    await w.loadPrefs();
    expect(keptAside()).toHaveLength(1);
    expect((local().prefs as { defaultMode: string }).defaultMode).toBe('LOUD'); // not repaired yet

    fake.browser.storage.local.stopAfterWrites(Infinity);
    w = await startWorker();
    expect(await w.loadPrefs()).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off', 'vk.com': 'quiet' }, pauses: {}, sync: false });
    expect(local().prefs).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off', 'vk.com': 'quiet' }, pauses: {}, sync: false });
    expect(keptAside()).toHaveLength(1);
  });

  it('stopped after saving a choice, before telling the open tabs: the next event applies it', async () => {
    await loaded(6, 'https://x.com/sam');
    expect(fake.badges.get(6)).toBe('!');
    await w.updatePrefs((p) => ({ ...p, sites: { ...p.sites, 'x.com': 'off' } })); // saved; the refresh never ran
    w = await startWorker();
    contentScript();
    await loaded(6, 'https://x.com/sam/likes');
    expect(fake.shownBadge(6)).toBe('');
  });
});

describe('once per site per browser session, with many tabs at once', () => {
  it('A: two sites’ profile tabs settling at once: both sites recorded', async () => {
    fake.browser.storage.session.slow(2);
    await Promise.all([loaded(1, 'https://www.instagram.com/sam.example/'), loaded(2, 'https://www.facebook.com/sam.example')]);
    expect(session()).toMatchObject({ 'shown:instagram.com': true, 'shown:facebook.com': true });
    expect(notices).toBe(2);
  });

  it('B: two profile tabs of one site settling at once: exactly one notice', async () => {
    fake.browser.storage.session.slow(2);
    await Promise.all([loaded(1, 'https://www.instagram.com/sam.example/'), loaded(2, 'https://www.instagram.com/other.person/')]);
    expect(notices).toBe(1);
  });

  it('six tabs of one site restored at once: exactly one notice', async () => {
    fake.browser.storage.session.slow(1);
    for (let i = 30; i < 36; i++) put(i, `https://www.instagram.com/person${i}/`);
    await w.catchUpTabs();
    expect(notices).toBe(1);
  });
});

describe('content-script messages: listed pages only, rate-limited', () => {
  it('J: a sender on an unlisted page can write no preference, open no tab, count nothing', async () => {
    expect(await w.handleContentMessage({ type: 'quietThisSite' }, sender(12, 'https://evil.example/'))).toBeUndefined();
    expect(await w.handleContentMessage({ type: 'openExplanation' }, sender(12, 'https://evil.example/'))).toBeUndefined();
    expect(await upload(12, 'https://evil.example/')).toBeUndefined();
    await settle();
    expect(local()).toEqual({});
    expect(fake.created).toEqual([]);
    expect(session()).toEqual({});
  });

  it('a document loaded on an unlisted page cannot borrow a listed tab address either', async () => {
    const s = { id: 'ourid', url: 'https://evil.example/', frameId: 0, tab: { id: 13, url: 'https://www.instagram.com/sam/', incognito: false, index: 0 } } as never;
    expect(await w.handleContentMessage({ type: 'quietThisSite' }, s)).toBeUndefined();
    expect(local()).toEqual({});
  });

  it('I: fifty "What can I do?" messages from one tab open one explanation tab', async () => {
    const s = sender(11, 'https://www.instagram.com/sam.example/');
    await Promise.all(Array.from({ length: 50 }, () => w.handleContentMessage({ type: 'openExplanation' }, s)));
    expect(fake.created).toHaveLength(1);
  });
});

describe('a private window leaves nothing on disk', () => {
  it('K: the popup’s mode choice in a private tab lives in that tab only', async () => {
    await loaded(13, 'https://www.instagram.com/sam.example/', true);
    notices = 0;
    await w.handlePageMessage({ type: 'setSiteMode', site: 'instagram.com', mode: 'off', tabId: 13 });
    expect(local()).toEqual({});
    expect(fake.shownBadge(13)).toBe('');
    expect(await w.handlePageMessage({ type: 'getSiteMode', tabId: 13 })).toEqual({ site: 'instagram.com', mode: 'off', isDefault: false, tabOnly: true });
    // another tab of the site, in a normal window, is not affected
    await loaded(14, 'https://www.instagram.com/other/');
    expect(fake.badges.get(14)).toBe('!');
    await w.forgetTab(13);
    expect(Object.keys(session()).filter((k) => k === 'tab:13')).toEqual([]);
    expect(local()).toEqual({});
  });

  it('the same message for a normal tab is a lasting choice for the site', async () => {
    await loaded(15, 'https://www.instagram.com/sam.example/');
    await w.handlePageMessage({ type: 'setSiteMode', site: 'instagram.com', mode: 'off', tabId: 15 });
    expect(sites()).toEqual({ 'instagram.com': 'off' });
  });
});
