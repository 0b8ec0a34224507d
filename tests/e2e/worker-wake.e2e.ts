/**
 * The worker in two parts (see bundleWorker in vite.config.ts): what sets a badge starts with it, and the rest (the
 * messages, the notice hand-over, alarms) is a script it imported when it was installed and runs the first time it is
 * needed. Chrome lets a service worker import a script later only if it imported it at install, from its own copy:
 * so these tests wake a stopped worker for each part, and start the browser again on the same profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, evalInContentScript, launchWithExtension, readNotice, stopWorkerForGood } from './lib/chromium.mjs';

const PROFILE = readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8');
type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext | undefined;
afterAll(async () => {
  await ext?.close();
});

async function start(userDataDir?: string): Promise<Ext> {
  const e = await launchWithExtension(userDataDir ? { userDataDir } : {});
  await e.serve('https://www.instagram.com/**', PROFILE);
  return e;
}

/** Stop the worker and check, as the browser reports it, that it stopped. */
async function putToSleep(e: Ext, page: Page) {
  if (!(await stopWorkerForGood(e, page))) throw new Error('the worker did not stop');
}

/** The badge text of a tab, read from an extension page (which does not wake the worker). */
const badgeText = async (e: Ext, tabId: number) => (await e.probe()).evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('a worker woken from sleep', () => {
  it('sets the badge of a navigation, then answers an upload and a page with the rest of its code', async () => {
    ext = await start();
    const probe = await ext.probe();
    const page = await ext.context.newPage();
    await page.goto('https://www.instagram.com/explore/');
    const tabId = (await ext.tabId(page)) as number;
    expect(await ext.until(async () => (await badgeText(ext!, tabId)) === 'i')).toBe(true);

    // a navigation wakes it: the badge (its first part), then the notice handed over on the profile (the rest)
    await putToSleep(ext, probe);
    await page.goto('https://www.instagram.com/sam.example/');
    expect(await ext.until(async () => (await badgeText(ext!, tabId)) === '!')).toBe(true);
    expect(await ext.until(async () => (await readNotice(ext!, page))?.count === 1)).toBe(true);

    // an upload reported to a sleeping worker is answered and counted
    await putToSleep(ext, probe);
    const reply = await evalInContentScript(ext, page, () => chrome.runtime.sendMessage({ type: 'reportUpload', doc: 'dddddddddddd' }));
    expect(reply.value).toMatchObject({ ok: true });
    expect(await ext.getTabState(tabId)).toMatchObject({ uploads: 1, level: 'high' });

    // a page's request to a sleeping worker is answered, and a choice saved
    await putToSleep(ext, probe);
    expect(await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: 'quiet' })).toMatchObject({ sites: { 'instagram.com': 'quiet' } });
    expect(await ext.sendFromExtensionPage({ type: 'getPrefs' })).toMatchObject({ sites: { 'instagram.com': 'quiet' } });
    await page.close();
  });

  it('after the browser starts again on the same profile, answers with the choice saved before', async () => {
    expect(ext).toBeDefined();
    const dir = ext!.userDataDir;
    await ext!.closeBrowser();
    ext = await start(dir);
    expect(await ext.sendFromExtensionPage({ type: 'getPrefs' })).toMatchObject({ sites: { 'instagram.com': 'quiet' } });
    const probe = await ext.probe();
    await putToSleep(ext, probe);
    expect(await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: null })).toMatchObject({ sites: {} });
    expect(await ext.sendFromExtensionPage({ type: 'getPrefs' })).toMatchObject({ sites: {} });
  });
});
