#!/usr/bin/env node
// `npm run screens`: screenshots of what users see, in headless Chromium with the built extension, for review and for
// the README. Pages are served offline as the platforms' own addresses.
//
//   npm run screens -- [--out DIR] [--only NAME,...] [--no-build] [--lang de]
//
// --lang starts Chromium in that language (en, nl, de, fr): every page in that language.
// Writes DIR/<name>.png (default out/screens) and prints each file. Every popup is taken at 360 px wide (a phone, and
// the popup's own width), as tall as its content; and `popup-toolbar` is the real toolbar popup, opened as a click on
// the button opens it, at the size the browser gives it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: { out: { type: 'string' }, only: { type: 'string' }, 'no-build': { type: 'boolean', default: false }, lang: { type: 'string' } },
});
const root = resolve(new URL('../..', import.meta.url).pathname);
const out = resolve(o.out ?? join(root, 'out/screens'));
const only = o.only ? new Set(o.only.split(',')) : null;
mkdirSync(out, { recursive: true });

if (!o['no-build']) {
  const b = spawnSync('npm', ['run', '--silent', 'build:chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(1);
}
const { launchWithExtension, openToolbarPopup, readNotice } = await import('../e2e/lib/chromium.mjs');
const page = (name) => readFileSync(join(root, 'tests/fixtures/pages', name), 'utf8');
const ext = await launchWithExtension({ viewport: { width: 1000, height: 700 }, extraArgs: o.lang ? [`--lang=${o.lang}`] : [] });
const profile = page('demo-profile.html');
for (const host of ['www.instagram.com', 'www.pinterest.com', 'www.reddit.com', 'vk.com', 'www.flickr.com', 'ok.ru', 'www.linkedin.com', 'unlisted.example']) {
  await ext.serve(`https://${host}/**`, profile);
}

async function openTab(url) {
  const p = await ext.context.newPage();
  await p.goto(url);
  const tabId = await ext.tabId(p);
  await ext.until(async () => (await ext.getTabState(tabId)).platform !== null || !/instagram|pinterest|reddit|vk|flickr|ok\.ru|linkedin/.test(url), 3_000);
  return { p, tabId };
}

async function shoot(name, url, { width = 360, height = 600, waitFor } = {}) {
  if (only && !only.has(name)) return;
  const p = await ext.context.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(url);
  if (waitFor) await waitFor(p);
  // what loads after the first paint (the evidence, the log's summary) makes the page taller: wait until its height
  // holds still for 300 ms
  let h = 0;
  for (let still = 0, t = 0; still < 3 && t < 50; t++) {
    const now = await p.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    still = now === h ? still + 1 : 0;
    h = now;
    await p.waitForTimeout(100);
  }
  await p.setViewportSize({ width, height: Math.max(120, Math.min(h, 4000)) });
  const file = join(out, `${name}.png`);
  await p.screenshot({ path: file });
  await p.close();
  console.log(file);
}

const popupFor = async (name, url, view = '') => {
  if (only && !only.has(name)) return;
  const { p, tabId } = await openTab(url);
  await p.waitForTimeout(300);
  await shoot(name, ext.url(`src/popup/index.html?tabId=${tabId}${view}`), { waitFor: (x) => x.getByTestId('summary').waitFor() });
  await p.close();
};

// the real toolbar popup over a profile, at the size the browser gives it (what a click on the button shows)
if (!only || only.has('popup-toolbar')) {
  const { p } = await openTab('https://www.instagram.com/alex.demo/');
  await p.waitForTimeout(300);
  const popup = await openToolbarPopup(ext, p);
  try {
    await ext.until(() => popup.evaluate("!!document.querySelector('[data-testid=summary]')"));
    // the browser sizes the popup after its first layout, and the evidence loads after the first paint
    await new Promise((r) => setTimeout(r, 800));
    const file = join(out, 'popup-toolbar.png');
    writeFileSync(file, await popup.screenshot());
    console.log(file);
  } finally {
    await popup.close();
    await p.close();
  }
}

// the page with the notice, and the notice at 360 px
if (!only || only.has('page-notice') || only.has('page-notice-360')) {
  const { p } = await openTab('https://www.instagram.com/alex.demo/');
  await ext.until(() => readNotice(ext, p), 3_000);
  if (!only || only.has('page-notice')) {
    await p.screenshot({ path: join(out, 'page-notice.png') });
    console.log(join(out, 'page-notice.png'));
  }
  if (!only || only.has('page-notice-360')) {
    await p.setViewportSize({ width: 360, height: 640 });
    await p.waitForTimeout(100);
    await p.screenshot({ path: join(out, 'page-notice-360.png') });
    console.log(join(out, 'page-notice-360.png'));
  }
  await p.close();
}

await popupFor('popup-instagram', 'https://www.instagram.com/alex.demo/');
await popupFor('popup-pinterest', 'https://www.pinterest.com/alex_demo/');
await popupFor('popup-reddit', 'https://www.reddit.com/user/alex_demo/');
await popupFor('popup-ok', 'https://ok.ru/profile/561234567890');
await popupFor('popup-linkedin', 'https://www.linkedin.com/in/alex-demo/');
await popupFor('explain-vk', 'https://vk.com/alex_demo', '&view=explain');
await popupFor('explain-flickr', 'https://www.flickr.com/photos/alexdemo/', '&view=explain');
await popupFor('popup-unlisted', 'https://unlisted.example/');

// the request page: first the details it asks for, then the letter
const ago = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
await shoot('request-details', ext.url('src/popup/index.html?view=request&scraper=clearview-ai'), { width: 680, waitFor: (x) => x.getByTestId('details-form').waitFor() });
await ext.sendFromExtensionPage({ type: 'saveDetails', details: { name: 'Alex Demo', email: 'alex@example.org', country: 'NL', letterLanguage: 'en' } });
await shoot('request-letter', ext.url('src/popup/index.html?view=request&scraper=clearview-ai'), { width: 680, waitFor: (x) => x.getByTestId('letter').waitFor() });
await shoot('request-letter-360', ext.url('src/popup/index.html?view=request&scraper=clearview-ai'), { width: 360, waitFor: (x) => x.getByTestId('letter').waitFor() });
await shoot('request-pimeyes', ext.url('src/popup/index.html?view=request&scraper=pimeyes'), { width: 680, waitFor: (x) => x.getByRole('heading', { level: 1 }).waitFor() });
// the log: one request past its deadline, one waiting; then the reminder and the complaint drafted for the first
if (!only || [...only].some((n) => n.startsWith('log'))) {
  await ext.sendFromExtensionPage({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: ago(62), language: 'en', channelId: 'clearview-ai-email' });
  await ext.sendFromExtensionPage({ type: 'logRequest', scraper: 'facecheck-id', kind: 'erasure', law: 'gdpr', channel: 'webform', sentOn: ago(3), language: 'en' });
}
await shoot('log', ext.url('src/popup/index.html?view=log'), { width: 680, waitFor: (x) => x.getByTestId('log').waitFor() });
await shoot('log-reminder', ext.url('src/popup/index.html?view=log'), { width: 680, waitFor: async (x) => { await x.getByTestId('reminder-button').click(); await x.getByTestId('reminder-draft').waitFor(); } });
await shoot('log-complaint', ext.url('src/popup/index.html?view=log'), { width: 680, waitFor: async (x) => { await x.getByTestId('complaint-button').click(); await x.getByTestId('complaint-draft').waitFor(); } });
await shoot('log-360', ext.url('src/popup/index.html?view=log'), { width: 360, waitFor: (x) => x.getByTestId('log').waitFor() });

// a pause on vk.com, a profile marked as mine, the question about counting uploads
if (!only || ['popup-paused', 'popup-mine', 'options-exposure', 'request-queue'].some((n) => only.has(n))) {
  await ext.sendFromExtensionPage({ type: 'setPause', site: 'vk.com', until: Date.now() + 3_600_000 });
  await popupFor('popup-paused', 'https://vk.com/alex_demo');
  const { p, tabId } = await openTab('https://www.instagram.com/alex.demo/');
  await ext.sendFromExtensionPage({ type: 'markProfile', tabId, mine: true });
  await p.setInputFiles('#file', join(root, 'icons/icon-128.png'));
  await ext.until(async () => (await ext.getTabState(tabId)).uploads > 0, 3_000);
  if (!only || only.has('popup-mine')) {
    await shoot('popup-mine', ext.url(`src/popup/index.html?tabId=${tabId}`), { waitFor: (x) => x.getByTestId('count-question').waitFor() });
  }
  await ext.sendFromExtensionPage({ type: 'setCountUploads', on: true });
  await p.setInputFiles('#file', join(root, 'icons/icon-128.png'));
  await p.close();
  await shoot('options-exposure', ext.url('src/options/index.html#exposure'), {
    width: 760,
    waitFor: async (x) => {
      await x.locator('[data-platform="instagram"]').waitFor();
      await x.locator('[data-platform="instagram"] details').first().evaluate((d) => (d.open = true));
      await x.getByTestId('exposure').evaluate((e) => e.scrollIntoView());
    },
  });
  await shoot('request-queue', ext.url('src/popup/index.html?view=request&scrapers=clearview-ai,pimeyes'), { width: 680, waitFor: (x) => x.getByTestId('queue').waitFor() });
}

// options, with a stored value that could not be read (kept aside, listed, clearable)
if (!only || only.has('options')) {
  const worker = await ext.liveWorker();
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', 'instagram.com': 'quiet' } } });
  });
  await ext.sendFromExtensionPage({ type: 'getPrefs' });
  await shoot('options', ext.url('src/options/index.html'), { width: 760, waitFor: (x) => x.getByTestId('kept-aside').waitFor() });
  await shoot('options-360', ext.url('src/options/index.html'), { width: 360, waitFor: (x) => x.getByTestId('kept-aside').waitFor() });
}
// an import's report: the exported file imported back over a changed choice
if (!only || only.has('options-import')) {
  // exported as a user does: the options page's button, a download of the page's own file
  const o = await ext.context.newPage();
  await o.goto(ext.url('src/options/index.html'));
  const [download] = await Promise.all([o.waitForEvent('download'), o.getByTestId('export').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  await o.close();
  await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'x.com', mode: 'warn' });
  const first = (await ext.sendFromExtensionPage({ type: 'listRequests' })).requests[0];
  if (first) await ext.sendFromExtensionPage({ type: 'removeRequest', id: first.id });
  await shoot('options-import', ext.url('src/options/index.html'), {
    width: 760,
    waitFor: async (x) => {
      await x.getByLabel(/Import|Importer|Datei|bestand/i).first().setInputFiles({ name: 'unscraped.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await x.getByTestId('import-result').waitFor();
      await x.getByTestId('data').evaluate((e) => e.scrollIntoView());
    },
  });
}

await ext.close();
