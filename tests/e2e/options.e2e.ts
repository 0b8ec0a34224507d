/**
 * Making it yours, in real Chromium: "off" for a platform chosen in the options silences its badge and notice; a pause
 * silences a site and ends by itself; a profile marked as mine shows in My exposure; export, erase and import give
 * everything back; and the options page, My exposure and the popup pass axe and work at 360 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, readNotice } from './lib/chromium.mjs';
import { axeViolations } from './lib/axe.mjs';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext;

beforeAll(async () => {
  ext = await launchWithExtension();
  await ext.serve('https://www.instagram.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
  await ext.serve('https://vk.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
});
afterAll(async () => {
  await ext?.close();
});

async function openTab(url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: (await ext.tabId(page)) as number };
}
async function badgeBecomes(tabId: number, text: string, timeout = 5_000) {
  const b = await ext.until(async () => {
    const x = await ext.badge(tabId);
    return x.text === text ? x : null;
  }, timeout);
  expect(b?.text ?? (await ext.badge(tabId)).text).toBe(text);
}
async function options(): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(ext.url('src/options/index.html'));
  await p.getByTestId('default-mode').waitFor();
  return p;
}
/**
 * The pattern of "until …" for a pause of an hour made between `t0` and `t1`: the time, and before it the day when
 * the hour ends on another day (formatMoment in src/ui/time.ts), as it does after 23:00. Either, if the clock passed
 * that hour while the pause was being made.
 */
function untilInAnHour(t0: number, t1: number): string {
  const otherDay = (t: number) => new Date(t + 3_600_000).toDateString() !== new Date(t).toDateString();
  const day = otherDay(t0) !== otherDay(t1) ? '(?:[A-Z][a-z]{2} )?' : otherDay(t0) ? '[A-Z][a-z]{2} ' : '';
  return `until ${day}\\d\\d:\\d\\d( [AP]M)?`;
}
async function popupFor(tabId: number): Promise<Page> {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 360, height: 700 });
  await p.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
  await p.getByRole('heading', { level: 2 }).waitFor();
  return p;
}

describe('per-site control', () => {
  it('"off" for Instagram chosen in the options: no badge and no notice there; back to the default brings them back', async () => {
    const o = await options();
    await o.getByLabel('Platform', { exact: true }).selectOption('instagram.com');
    await o.getByRole('combobox', { name: 'Mode for the chosen platform' }).selectOption('off');
    await o.getByRole('button', { name: 'Set' }).click();
    await o.getByRole('rowheader', { name: 'instagram.com' }).waitFor();

    const { page, tabId } = await openTab('https://www.instagram.com/sam.example/');
    await badgeBecomes(tabId, '');
    await page.waitForTimeout(500);
    expect(await readNotice(ext, page)).toBeNull();

    await o.getByRole('button', { name: 'Use the default for instagram.com' }).click();
    await badgeBecomes(tabId, '!'); // an open tab follows at once
    await Promise.all([o.close(), page.close()]);
  });

  it('a pause from the popup silences the site and says until when; it ends by itself and the badge comes back', async () => {
    const { page, tabId } = await openTab('https://vk.com/id12345');
    await badgeBecomes(tabId, '!');
    const popup = await popupFor(tabId);
    const clicked = Date.now();
    await popup.getByRole('button', { name: 'For 1 hour' }).click();
    await popup.getByTestId('paused').waitFor();
    const until = untilInAnHour(clicked, Date.now());
    expect(await popup.getByTestId('paused').textContent()).toMatch(new RegExp(`Paused on vk\\.com ${until}`));
    await badgeBecomes(tabId, '');
    // the options list it beside the sites' own choices
    const o = await options();
    expect(await o.locator('[data-site="vk.com"]').getByTestId('pause-until').textContent()).toMatch(new RegExp(`^${until}$`));

    // a short pause, as if the hour had passed: the alarm ends it and the badge is back without any navigation
    const prefs = (await ext.sendFromExtensionPage({ type: 'setPause', site: 'vk.com', until: Date.now() + 2_500 })) as { pauses: Record<string, number> };
    const alarm = await (await ext.liveWorker()).evaluate(() => chrome.alarms.get('unscraped-pause'));
    expect(alarm?.scheduledTime).toBe(prefs.pauses['vk.com']);
    await badgeBecomes(tabId, '!', 15_000);
    expect(((await ext.sendFromExtensionPage({ type: 'getPrefs' })) as { pauses: object }).pauses).toEqual({});
    await Promise.all([o.close(), popup.close(), page.close()]);
  });
});

describe('My exposure', () => {
  it('"This is my profile" in the popup shows in My exposure, with the companies and Request from all', async () => {
    const { page, tabId } = await openTab('https://www.instagram.com/sam.example/');
    const popup = await popupFor(tabId);
    await popup.getByRole('checkbox', { name: 'This is my profile' }).check();
    await ext.until(async () => ((await ext.sendFromExtensionPage({ type: 'getExposure' })) as { profiles: unknown[] }).profiles.length === 1);
    const o = await options();
    const ig = o.locator('[data-platform="instagram"]');
    await ig.waitFor();
    expect(await ig.textContent()).toMatch(/Your profile sam\.example \(marked on \d{4}-\d{2}-\d{2}\)/);
    expect(await ig.textContent()).toContain('Clearview AI');
    const [queue] = await Promise.all([ext.context.waitForEvent('page'), ig.getByTestId('request-all').click()]);
    await queue.getByTestId('queue').waitFor();
    expect(await queue.getByTestId('queue').textContent()).toMatch(/Company 1 of \d+: /);
    await Promise.all([queue.close(), o.close(), popup.close(), page.close()]);
  });
});

describe('your data', () => {
  it('export, erase and import: everything back', async () => {
    await ext.sendFromExtensionPage({ type: 'saveDetails', details: { name: 'Sam Example', email: 'sam@example.org', country: 'FR' } });
    await ext.sendFromExtensionPage({ type: 'logRequest', scraper: 'pimeyes', kind: 'erasure', law: 'gdpr', channel: 'webform', sentOn: '2026-02-02' });
    await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'x.com', mode: 'quiet' });
    const dump = () => (ext.liveWorker()).then((w) => w.evaluate(() => chrome.storage.local.get(['prefs', 'details', 'requests', 'exposure'])));
    const before = await dump();
    expect(Object.keys(before).sort()).toEqual(['details', 'exposure', 'prefs', 'requests']);

    const o = await options();
    const [download] = await Promise.all([o.waitForEvent('download'), o.getByTestId('export').click()]);
    expect(download.suggestedFilename()).toMatch(/^unscraped-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'unscraped-export', items: { details: { name: 'Sam Example' } } });

    await o.getByTestId('erase').click();
    await o.getByTestId('erase-confirm').click();
    await o.getByTestId('erased').waitFor();
    expect(await dump()).toEqual({});
    expect(await o.getByTestId('exposure-empty').isVisible()).toBe(true);

    await o.getByLabel('Import a file:').setInputFiles(file);
    const result = o.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Imported\..*Site choices: 1.*Your details for letters.*Requests in the log: 1.*Profiles in My exposure: 1/);
    const after = await dump();
    expect(after.details).toEqual(before.details);
    expect(after.requests).toEqual(before.requests);
    expect(after.exposure).toEqual(before.exposure);
    expect((after.prefs as { sites: object }).sites).toEqual((before.prefs as { sites: object }).sites);
    // the options page shows it again at once
    await o.getByTestId('details-shown').waitFor();
    await o.close();
  });
});

describe('accessibility and small screens', () => {
  it('axe finds nothing on the options page (with My exposure, details and sync) and the popup; both fit 360 px', async () => {
    const o = await ext.context.newPage();
    for (const width of [1280, 360]) {
      await o.setViewportSize({ width, height: 900 });
      await o.goto(ext.url('src/options/index.html'));
      await o.locator('[data-platform="instagram"]').waitFor();
      expect(await axeViolations(o), `options at ${width} px`).toEqual([]);
      expect(await o.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    const { page, tabId } = await openTab('https://www.instagram.com/sam.example/');
    const popup = await popupFor(tabId);
    await popup.getByTestId('my-profile').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await Promise.all([o.close(), popup.close(), page.close()]);
  });

  it('by keyboard alone: pause from the popup, and end it from the options', async () => {
    // vk.com not paused, whatever an earlier test left
    await ext.sendFromExtensionPage({ type: 'setPause', site: 'vk.com', until: null });
    const { page, tabId } = await openTab('https://vk.com/id777');
    const popup = await popupFor(tabId);
    const tabTo = async (p: Page, want: (el: Element | null) => boolean) => {
      for (let i = 0; i < 200; i++) {
        await p.keyboard.press('Tab');
        if (await p.evaluate((src) => new Function('el', `return (${src})(el)`)(document.activeElement) as boolean, want.toString())) return true;
      }
      return false;
    };
    expect(await tabTo(popup, (el) => el?.textContent === 'For 1 hour')).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByTestId('paused').waitFor();
    const o = await options();
    expect(await tabTo(o, (el) => el?.getAttribute('aria-label') === 'End the pause on vk.com')).toBe(true);
    await o.keyboard.press('Enter');
    await ext.until(async () => Object.keys(((await ext.sendFromExtensionPage({ type: 'getPrefs' })) as { pauses: object }).pauses).length === 0);
    expect(((await ext.sendFromExtensionPage({ type: 'getPrefs' })) as { pauses: object }).pauses).toEqual({});
    await Promise.all([o.close(), popup.close(), page.close()]);
  });
});

describe('network', () => {
  it('nothing left the browser', () => {
    expect(ext.strayRequests()).toEqual([]);
  });
});
