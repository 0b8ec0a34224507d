/**
 * Four languages in real Chromium: a browser started in English, Dutch, German or French shows the popup, the in-page
 * notice and the options (My exposure included) in that language, with the registry's own texts translated; and axe
 * finds nothing on any of them, in any of the four.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, readNotice } from './lib/chromium.mjs';
import { axeViolations, noticeAxeViolations } from './lib/axe.mjs';

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'extension/_locales', lang, 'messages.json'), 'utf8'));
const PROFILE = readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8');
const PLAIN = readFileSync(join(ROOT, 'tests/fixtures/pages/plain.html'), 'utf8');

let ext: Awaited<ReturnType<typeof launchWithExtension>> | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe.each(['en', 'nl', 'de', 'fr'])('a browser in %s', (lang) => {
  it('shows the popup, the notice and the options in that language, and axe finds nothing on any of them', async () => {
    const m = messages(lang);
    ext = await launchWithExtension({ extraArgs: [`--lang=${lang}`], viewport: { width: 1280, height: 900 } });
    await ext.serve('https://www.instagram.com/**', PROFILE);
    await ext.serve('https://unlisted.example/**', PLAIN);

    // the notice, on a profile page
    const page = await ext.context.newPage();
    await page.goto('https://www.instagram.com/sam.example/');
    const tabId = (await ext.tabId(page)) as number;
    const notice = await ext.until(async () => {
      const n = await readNotice(ext!, page);
      return n?.status ? n : null;
    }, 10_000);
    expect(notice?.buttons.map((b: { text: string }) => b.text)).toEqual(expect.arrayContaining([m.noticeExplain!.message, m.noticeNotHere!.message]));
    const blank = await ext.context.newPage();
    await blank.goto('https://unlisted.example/');
    await blank.evaluate((l) => (document.documentElement.lang = l), lang);
    expect(await noticeAxeViolations(ext, page, blank), 'notice').toEqual([]);

    // the popup: its heading, and the registry's claim in this language
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
    await popup.getByRole('heading', { level: 2 }).waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).textContent()).toContain(m.levelMedium!.message);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    if (lang !== 'en') {
      const { EVIDENCE } = await import('../../src/core/registry/evidence');
      const table = (await import(`../../src/core/registry/translations/${lang}.ts`))[lang.toUpperCase()] as Record<string, string>;
      const claim = EVIDENCE.find((e) => e.platform === 'instagram')!.claim;
      expect(await popup.getByTestId('evidence').textContent()).toContain(table[claim]);
    }
    await popup.getByRole('checkbox', { name: m.myProfileLabel!.message }).check();
    expect(await axeViolations(popup), 'popup').toEqual([]);

    // the options, with My exposure
    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    await options.locator('[data-platform="instagram"]').waitFor();
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe(m.optionsTitle!.message);
    expect(await options.getByTestId('exposure').getByRole('heading', { level: 2 }).textContent()).toBe(m.exposureHeading!.message);
    expect(await axeViolations(options), 'options').toEqual([]);
    expect(ext.strayRequests()).toEqual([]);
  });
});
