/**
 * The built extension in real Chromium: the content script runs where it should and nowhere else, the worker keeps
 * per-tab state and sets the badge, the popup shows it, forged messages change nothing, and nothing goes out on the
 * network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, evalInContentScript, launchWithExtension, openToolbarPopup } from './lib/chromium.mjs';

const PROFILE = readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8');
const PLAIN = readFileSync(join(ROOT, 'tests/fixtures/pages/plain.html'), 'utf8');

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext;

beforeAll(async () => {
  ext = await launchWithExtension();
  await ext.serve('https://www.instagram.com/**', PROFILE);
  await ext.serve('https://x.com/**', PROFILE);
  await ext.serve('https://unlisted.example/**', PLAIN);
  await ext.serve('https://www.instagram.com.evil.example/**', PLAIN);
  await ext.serve('https://64.media.tumblr.com/**', PLAIN);
  await ext.serve('https://sam.tumblr.com/**', PLAIN);
});
afterAll(async () => {
  await ext?.close();
});

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = (await ext.tabId(page)) as number;
  expect(typeof tabId).toBe('number');
  return { page, tabId };
}

/** Wait up to 5 s for a tab's state to equal `want`; fail with the last state seen otherwise. */
async function stateSettles(tabId: number, want: Record<string, unknown>) {
  let last: unknown;
  const got = await ext.until(async () => {
    last = await ext.getTabState(tabId);
    return JSON.stringify(last) === JSON.stringify(want) ? last : null;
  });
  expect(last).toEqual(want);
  return got;
}

describe('content script', () => {
  it('runs on a listed host, takes the policy the worker hands it, and answers with its document id', async () => {
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    const world = await ext.until(() => evalInContentScript(ext, page, () => typeof chrome.runtime.id).then((r) => (r.noWorld ? null : r)));
    expect(world).toEqual({ value: 'string' });
    await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    // the receipt: the worker now knows this document (uploads start again only in a new one)
    const doc = await ext.until(async () => (await (await ext.liveWorker()).evaluate(async (k) => (await chrome.storage.session.get(k))[k]?.doc, `tab:${tabId}`)) ?? null);
    expect(doc).toMatch(/^[A-Za-z0-9-]{8,64}$/); // the content script's random document id (DOC_ID)
    await page.close();
  });

  it('does not run on an unlisted host, nor on a look-alike host', async () => {
    for (const url of ['https://unlisted.example/sam.example/', 'https://www.instagram.com.evil.example/sam.example/']) {
      const { page, tabId } = await open(url);
      await page.waitForTimeout(300);
      expect(await evalInContentScript(ext, page, () => 1)).toEqual({ noWorld: true });
      expect(await ext.getTabState(tabId)).toEqual({ platform: null, pageKind: null, uploads: 0, level: 'none' });
      expect((await ext.badge(tabId)).text).toBe('');
      await page.close();
    }
  });
});

describe('content script under a `*.` host', () => {
  it('runs one label below it, not on the infrastructure deeper down (the manifest’s exclude_globs)', async () => {
    const blog = await open('https://sam.tumblr.com/');
    expect(await ext.until(() => evalInContentScript(ext, blog.page, () => 1).then((r) => (r.noWorld ? null : r)))).toEqual({ value: 1 });
    const cdn = await open('https://64.media.tumblr.com/abc/x.jpg');
    await cdn.page.waitForTimeout(300);
    expect(await evalInContentScript(ext, cdn.page, () => 1)).toEqual({ noWorld: true });
    await Promise.all([blog.page.close(), cdn.page.close()]);
  });
});

describe('badge', () => {
  it('shows the level of a public profile page on that tab only, with a title in words', async () => {
    const a = await open('https://www.instagram.com/sam.example/');
    const b = await open('https://www.instagram.com/explore/');
    const c = await open('https://unlisted.example/');
    const badgeA = await ext.until(async () => {
      const bd = await ext.badge(a.tabId);
      return bd.text === '!' && /medium risk/i.test(bd.title) ? bd : null;
    });
    expect(badgeA).toMatchObject({ text: '!' });
    expect(badgeA.title).toMatch(/medium risk.*public profile page on Instagram/i);
    const badgeB = await ext.until(async () => {
      const bd = await ext.badge(b.tabId);
      return bd.text === 'i' && /low risk/i.test(bd.title) ? bd : null;
    });
    expect(badgeB.title).toMatch(/low risk/i);
    expect((await ext.badge(c.tabId)).text).toBe('');
    await Promise.all([a.page.close(), b.page.close(), c.page.close()]);
  });
});

describe('getTabState', () => {
  it('answers with the bare state object for a listed page', async () => {
    const { page, tabId } = await open('https://x.com/sam_example/status/1234567890');
    const s = await stateSettles(tabId, { platform: 'x', pageKind: 'post', uploads: 0, level: 'low' });
    expect(Object.keys(s).sort()).toEqual(['level', 'pageKind', 'platform', 'uploads']);
    await page.close();
  });

  it('answers the empty state for an unknown tab', async () => {
    expect(await ext.getTabState(987654321)).toEqual({ platform: null, pageKind: null, uploads: 0, level: 'none' });
  });

  it('forgets a tab when it closes', async () => {
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    await page.close();
    const gone = await ext.until(async () => {
      const all = await ext.worker.evaluate(() => chrome.storage.session.get(null));
      return Object.keys(all).includes(`tab:${tabId}`) ? null : all;
    });
    expect(gone).toBeTruthy();
  });
});

describe('popup', () => {
  it('renders the state of the tab it was opened for, at 360 px', async () => {
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
    await popup.getByRole('heading', { level: 2 }).waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).textContent()).toMatch(/Medium risk/);
    expect(await popup.getByTestId('platform').textContent()).toBe('Instagram');
    expect(await popup.getByTestId('page-kind').textContent()).toBe('Profile');
    expect(await popup.getByTestId('uploads').textContent()).toBe('0');
    // nothing overflows the popup's width
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await popup.close();
    await page.close();
  });

  it('opened from the toolbar button, it shows the tab it was opened over, in a popup 360 px wide', async () => {
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    const popup = await openToolbarPopup(ext, page);
    try {
      const heading = await ext.until(() => popup.evaluate("document.querySelector('h2')?.textContent ?? null"));
      expect(heading).toMatch(/Medium risk: public profile/);
      expect(await popup.evaluate("document.querySelector('[data-testid=platform]').textContent")).toBe('Instagram');
      // The browser opens a popup at its smallest and grows it to its page's width. A page whose width follows the
      // popup's (100vw) stays as narrow as its widest word: 178 px, with the heading broken over three lines.
      const size = await ext.until(async () => {
        const s = (await popup.evaluate('({ body: document.body.getBoundingClientRect().width, inner: innerWidth, scroll: document.documentElement.scrollWidth })')) as { body: number; inner: number; scroll: number };
        return s.body === 360 && s.inner >= 360 ? s : null;
      }, 3_000);
      expect(size, 'the popup and its page, once the browser has sized it').toMatchObject({ body: 360 });
      expect(size!.scroll).toBeLessThanOrEqual(size!.inner);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says so on an unlisted site', async () => {
    const { page, tabId } = await open('https://unlisted.example/');
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
    await popup.getByRole('heading', { level: 2 }).waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).textContent()).toMatch(/Not a listed platform/);
    await popup.close();
    await page.close();
  });
});

describe('message gate', () => {
  it('ignores a message of unknown type and a malformed payload from an extension page', async () => {
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    const before = await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    for (const msg of [
      { type: 'deleteEverything' },
      { type: 'getTabState', tabId: String(tabId) },
      { type: 'getTabState', tabId: -1 },
      { type: 'getTabState', tabId, extra: 1 },
      { type: 'reportUpload', doc: 'aaaaaaaaaaaa' },
      'getTabState',
      null,
      [1, 2, 3],
      { __proto__: { type: 'getTabState', tabId } },
    ]) {
      const reply = await ext.sendFromExtensionPage(msg);
      expect(reply === undefined || (typeof reply === 'object' && reply !== null && 'rejected' in reply)).toBe(true);
    }
    expect(await ext.getTabState(tabId)).toEqual(before);
    await page.close();
  });

  it('a content script cannot read or write the extension’s stored data (storage.local is for its own pages only)', async () => {
    await (await ext.liveWorker()).evaluate(() => chrome.storage.local.set({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off' }, pauses: {}, sync: false } }));
    const { page } = await open('https://www.instagram.com/sam.example/');
    const tried = await evalInContentScript(ext, page, () => {
      const local = (chrome as unknown as { storage?: { local?: { get(k: null): Promise<unknown>; set(o: object): Promise<void> } } }).storage?.local;
      if (!local) return { read: 'no storage API', wrote: 'no storage API' };
      const attempt = (f: () => Promise<unknown>) => Promise.resolve().then(f).then((v) => ({ ok: v ?? null }), (e: Error) => ({ refused: String(e.message) }));
      return Promise.all([attempt(() => local.get(null)), attempt(() => local.set({ prefs: { schemaVersion: 2, defaultMode: 'off', sites: {}, pauses: {}, sync: false } }))])
        .then(([read, wrote]) => ({ read, wrote }));
    });
    expect(JSON.stringify(tried.value)).not.toContain('x.com');
    expect(await (await ext.liveWorker()).evaluate(() => chrome.storage.local.get('prefs'))).toEqual({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off' }, pauses: {}, sync: false } });
    await (await ext.liveWorker()).evaluate(() => chrome.storage.local.clear());
    await page.close();
  });

  it("ignores a content-script message that claims another tab, and a privileged message from a content script", async () => {
    const victim = await open('https://www.instagram.com/victim.person/');
    await stateSettles(victim.tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    const { page, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });

    const send = (m: unknown) =>
      evalInContentScript(ext, page, (msg: unknown) =>
        chrome.runtime.sendMessage(msg).then((v: unknown) => ({ reply: v ?? null }), (e: Error) => ({ rejected: String(e.message) })), m);

    // forged: claims the victim's tab
    const forged = await send({ type: 'reportUpload', doc: 'bbbbbbbbbbbb', tabId: victim.tabId });
    expect(forged.value).not.toHaveProperty('reply.ok');
    // privileged: a content script may not read any tab's state
    const peek = await send({ type: 'getTabState', tabId: victim.tabId });
    expect(JSON.stringify(peek.value)).not.toContain('instagram');
    // positive control: the same channel works for a well-formed observation about its own tab
    const own = await send({ type: 'reportUpload', doc: 'cccccccccccc' });
    expect(own.value).toMatchObject({ reply: { ok: true } });

    expect(await ext.getTabState(victim.tabId)).toEqual({ platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
    expect(await ext.getTabState(tabId)).toEqual({ platform: 'instagram', pageKind: 'profile', uploads: 1, level: 'high' });
    await Promise.all([victim.page.close(), page.close()]);
  });

  it('lets no web page talk to the extension at all', async () => {
    const { page } = await open('https://www.instagram.com/sam.example/');
    const r = await page.evaluate((id) => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      if (!c?.runtime?.sendMessage) return 'no runtime.sendMessage in the page';
      return (c.runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, { type: 'getTabState', tabId: 1 })
        .then(() => 'answered', (e: Error) => `refused: ${e.message}`);
    }, ext.extensionId);
    expect(r).not.toBe('answered');
    await page.close();
  });
});

describe('network', () => {
  it('the worker cannot reach the network even if it tried (CSP connect-src none)', async () => {
    const r = await ext.worker.evaluate(() => fetch('https://csp-probe.example/').then(() => 'fetched', (e: Error) => `blocked: ${e.message}`));
    expect(r).toMatch(/^blocked/);
    // blocked before any request was made, not merely aborted by the test's catch-all route
    expect(ext.requests.filter((q: { url: string }) => q.url.includes('csp-probe.example'))).toEqual([]);
  });

  it('the extension made zero network requests during this whole file', async () => {
    // open the popup and options too, so their loading is counted
    const p = await ext.context.newPage();
    await p.goto(ext.url('src/popup/index.html?tabId=1'));
    await p.goto(ext.url('src/options/index.html'));
    await p.waitForTimeout(300);
    await p.close();
    expect(ext.requests.filter((r: { served: boolean }) => r.served).length).toBeGreaterThan(5);
    expect(ext.strayRequests()).toEqual([]);
  });
});
