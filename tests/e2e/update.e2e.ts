/**
 * An update under open pages: the old content script is orphaned (its extension context is invalidated). It must
 * stop cleanly, with no errors and no notice; the updated extension must pick up the open tab's badge again and work
 * in new pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, evalInContentScript, launchWithExtension, readNotice, updateExtension } from './lib/chromium.mjs';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext;

beforeAll(async () => {
  ext = await launchWithExtension({ updatable: true });
  await ext.serve('https://www.facebook.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/uploads.html'), 'utf8'));
  await ext.serve('https://www.instagram.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
});
afterAll(async () => {
  await ext?.close();
});

it('the orphaned content script stops cleanly, and the updated extension works in new pages', async () => {
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto('https://www.facebook.com/marketplace/');
  const tabId = (await ext.tabId(p)) as number;
  await ext.until(async () => (await ext.getTabState(tabId)).platform === 'facebook');
  // the notice may show here on an upload; on load the page is handed nothing (its upload's reply would bring the
  // notice), but a change of the site's mode hands it that policy: the old script will hold it
  await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'facebook.com', mode: 'quiet' });
  await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'facebook.com', mode: null });
  // asked with an address of no page, the receiver changes nothing and says what it holds
  const holds = await evalInContentScript(ext, p, () => (globalThis as unknown as Record<string, (p: unknown, u: unknown) => { held: boolean }>).__unscrapedReceive!(null, ''));
  expect(holds.value).toMatchObject({ held: true });

  await updateExtension(ext);
  // the new worker catches up with the tab it did not see load: its badge is back
  await ext.until(async () => (await ext.getTabState(tabId).catch(() => null))?.platform === 'facebook', 10_000);
  expect(await ext.getTabState(tabId)).toMatchObject({ platform: 'facebook', pageKind: 'other', level: 'low' });
  expect((await ext.badge(tabId)).text).toBe('i');

  // the old script still holds a policy that says "show the notice on upload": it must not act on it
  await p.setInputFiles('#visible', join(ROOT, 'icons/icon-128.png'));
  await p.focus('#paste');
  await p.keyboard.press('Control+V');
  await p.evaluate(() => history.pushState({}, '', '/sam.example'));
  await p.waitForTimeout(600);
  expect(await readNotice(ext, p)).toBeNull();
  expect((await ext.getTabState(tabId)).uploads).toBe(0);
  expect(errors).toEqual([]);

  const fresh = await ext.context.newPage();
  await fresh.goto('https://www.instagram.com/sam.example/');
  const freshId = (await ext.tabId(fresh)) as number;
  await ext.until(async () => (await ext.getTabState(freshId)).level === 'medium');
  expect(await ext.getTabState(freshId)).toEqual({ platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' });
  expect(await readNotice(ext, fresh)).not.toBeNull();
  await Promise.all([p.close(), fresh.close()]);
});

// The content script's receiver does not ask runtime whether it is still alive (that would cost every notice page
// about a millisecond): the new worker's executeScript runs in a new isolated world and never reaches the orphan.
it('an update under an open profile page whose notice could still show: no notice from the old script, no error', async () => {
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  // a profile page loaded while the notice had already shown on the site this session: no notice yet, and none due
  await (await ext.liveWorker()).evaluate(() => chrome.storage.session.set({ 'shown:instagram.com': true }));
  await p.goto('https://www.instagram.com/other.person/');
  const tabId = (await ext.tabId(p)) as number;
  await ext.until(async () => (await ext.getTabState(tabId)).level === 'medium');
  await p.waitForTimeout(200);
  expect(await readNotice(ext, p)).toBeNull();
  // a new session as far as the notice goes, then the update: the new worker hands the tab a policy that says
  // "show now", but only the orphaned content script is in the page
  const worker = await ext.liveWorker();
  await worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('shown:')));
  });
  await updateExtension(ext);
  await ext.until(async () => (await ext.getTabState(tabId).catch(() => null))?.level === 'medium', 10_000);
  await p.waitForTimeout(800);
  expect(await readNotice(ext, p)).toBeNull();
  expect(errors).toEqual([]);
  await p.close();
});

it('a page that loads while the extension is still being installed gets its badge and its notice', async () => {
  // a browser of its own, whose first tab navigates at once: the worker may start before or after the page loads
  const fresh = await launchWithExtension();
  try {
    await fresh.serve('https://www.instagram.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
    const p = fresh.context.pages()[0] ?? (await fresh.context.newPage());
    await p.goto('https://www.instagram.com/sam.example/');
    const tabId = (await fresh.tabId(p)) as number;
    await fresh.until(async () => (await fresh.badge(tabId)).text === '!', 5_000);
    expect((await fresh.badge(tabId)).text).toBe('!');
    expect(await fresh.until(() => readNotice(fresh, p), 3_000)).not.toBeNull();
    expect(fresh.strayRequests()).toEqual([]);
  } finally {
    await fresh.close();
  }
});

it('made no network request', () => {
  expect(ext.strayRequests()).toEqual([]);
});
