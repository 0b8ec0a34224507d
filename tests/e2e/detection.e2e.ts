/**
 * Seeing the risk while browsing, in real Chromium: profile vs other pages, single-page-app navigation, photo
 * uploads of every kind (and the events that must not count), the in-page notice and what a page can and cannot do
 * to it, and the per-site modes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ROOT,
  clickNoticeButton,
  dropFilesTrusted,
  extensionWorkerStatus,
  launchWithExtension,
  pasteImageTrusted,
  readNotice,
  stopWorker,
} from './lib/chromium.mjs';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext;
const files = mkdtempSync(join(tmpdir(), 'unscraped-files-'));
const PHOTO = join(files, 'holiday.jpg');
const PHOTO2 = join(files, 'portrait.png');
const PDF = join(files, 'contract.pdf');
const TXT = join(files, 'notes.txt');

const page = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');
function withLibrary(name: string, js: string, css?: string): string {
  return page(name)
    .replace('<!--LIBRARY_JS-->', () => `<script>${readFileSync(join(ROOT, 'node_modules', js), 'utf8')}</script>`)
    .replace('<!--LIBRARY_CSS-->', () => (css ? `<style>${readFileSync(join(ROOT, 'node_modules', css), 'utf8')}</style>` : ''));
}

beforeAll(async () => {
  writeFileSync(PHOTO, readFileSync(join(ROOT, 'icons/icon-128.png')));
  writeFileSync(PHOTO2, readFileSync(join(ROOT, 'icons/icon-48.png')));
  writeFileSync(PDF, '%PDF-1.4\n%fixture\n');
  writeFileSync(TXT, 'just text\n');
  ext = await launchWithExtension();
  const profile = page('profile.html');
  const uploads = page('uploads.html');
  // instagram: profile-shaped pages; facebook: the upload test bench; x: widget libraries
  await ext.serve('https://www.instagram.com/**', profile);
  await ext.serve('https://www.facebook.com/**', uploads);
  await ext.serve('https://x.com/dropzone*', withLibrary('dropzone.html', 'dropzone/dist/dropzone-min.js', 'dropzone/dist/dropzone.css'));
  await ext.serve('https://x.com/filepond*', withLibrary('filepond.html', 'filepond/dist/filepond.min.js', 'filepond/dist/filepond.min.css'));
  await ext.serve('https://unlisted.example/**', uploads);
  // platforms whose evidence differs in kind and strength: a dataset only, a secondary source only, nothing at all
  for (const host of ['www.pinterest.com', 'ok.ru', 'www.reddit.com']) await ext.serve(`https://${host}/**`, profile);
  // a page that tries to make the notice invisible (to slide its own button under it), or to move it away
  await ext.serve('https://vk.com/**', profile.replace('<head>', `<head><style>
    unscraped-notice { opacity: 0 !important; visibility: hidden !important; transform: translateY(-4000px) !important;
      filter: opacity(0) !important; clip-path: inset(50%) !important; pointer-events: none !important;
      position: static !important; display: none !important; z-index: 0 !important; }
  </style>`));
  // a page that stops every upload event at the first place it can: a capture listener on window, from its first script
  await ext.serve('https://www.tiktok.com/**', uploads.replace('<head>', `<head><script>
    for (const t of ['input', 'change', 'drop', 'paste']) addEventListener(t, (e) => e.stopImmediatePropagation(), true);
  </script>`));
  await ext.serve('https://www.linkedin.com/**', (url: string) => {
    const u = new URL(url);
    // a page that claims <unscraped-notice> for itself, and one with a strict CSP and Trusted Types
    if (u.searchParams.has('claim')) {
      return uploads.replace('<script>', `<script>customElements.define('unscraped-notice', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = 'the page owns this name'; } });\n`);
    }
    return { body: profile, headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'none'; require-trusted-types-for 'script'" } };
  });
});
afterAll(async () => {
  await ext?.close();
});
beforeEach(async () => {
  // every test starts like a new browser session with default settings
  await newSession();
  await (await ext.liveWorker()).evaluate(() => chrome.storage.local.clear());
});

/** As far as the notice is concerned, a new browser session: no site has shown it yet. */
async function newSession() {
  await (await ext.liveWorker()).evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('shown:')));
  });
}

async function open(url: string): Promise<{ p: Page; tabId: number }> {
  const p = await ext.context.newPage();
  await p.goto(url);
  const tabId = (await ext.tabId(p)) as number;
  expect(typeof tabId).toBe('number');
  return { p, tabId };
}

/** Wait up to `ms` for the tab's state to match `want`; fail with the last state seen. */
async function settles(tabId: number, want: Record<string, unknown>, ms = 1_000) {
  let last: Record<string, unknown> = {};
  await ext.until(async () => {
    last = await ext.getTabState(tabId);
    return Object.entries(want).every(([k, v]) => last[k] === v);
  }, ms);
  expect(last).toMatchObject(want);
  return last;
}

/** Wait for a tab's badge text, and its title when `title` is given (the worker sets the title right after the text). */
async function badgeSettles(tabId: number, text: string, title?: string | RegExp, ms = 1_000) {
  let last = { text: '', title: '' };
  const titled = (t: string) => title === undefined || (typeof title === 'string' ? t === title : title.test(t));
  await ext.until(async () => (last = await ext.badge(tabId)).text === text && titled(last.title), ms);
  expect(last.text).toBe(text);
  return last;
}

async function noticeAppears(p: Page, ms = 2_000) {
  let n: Awaited<ReturnType<typeof readNotice>> = null;
  await ext.until(async () => (n = await readNotice(ext, p)) !== null && !!n.status, ms);
  expect(n).not.toBeNull();
  return n!;
}

/** Give a notice that is not coming time to (wrongly) appear, then check it did not. */
async function noNotice(p: Page) {
  await p.waitForTimeout(400);
  expect(await readNotice(ext, p)).toBeNull();
}

async function dismissNotice(p: Page) {
  await p.waitForTimeout(450); // the notice ignores clicks in its first moments (anti-clickjacking)
  await clickNoticeButton(ext, p, 'Dismiss');
  expect(await readNotice(ext, p)).toBeNull();
}

describe('profile and other pages', () => {
  it('a listed non-profile page: low level, badge i, no notice', async () => {
    const { p, tabId } = await open('https://www.instagram.com/explore/');
    await settles(tabId, { platform: 'instagram', pageKind: 'other', level: 'low' });
    await badgeSettles(tabId, 'i');
    await noNotice(p);
    await p.close();
  });

  it('a public profile page: medium level, badge !, and the notice once, as a direct child of <html>', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await settles(tabId, { platform: 'instagram', pageKind: 'profile', level: 'medium' });
    await badgeSettles(tabId, '!');
    const n = await noticeAppears(p);
    expect(n.count).toBe(1);
    expect(n.shadowMode).toBe('closed');
    expect(n.status).toBe('Face-search companies documented to have harvested photos from Instagram: Clearview AI.');
    expect(n.buttons.map((b) => b.label)).toEqual(['Dismiss', 'What can I do?', 'Not on this site']);
    // it sits in the viewport's bottom-right corner, fully visible, within a phone's width
    const vp = p.viewportSize()!;
    expect(n.box!.x + n.box!.width).toBeLessThanOrEqual(vp.width);
    expect(n.box!.y + n.box!.height).toBeLessThanOrEqual(vp.height);
    expect(n.box!.width).toBeLessThanOrEqual(380);
    await dismissNotice(p);
    // once per site per session: another profile on the same site shows none
    const again = await open('https://www.instagram.com/other.person/');
    await settles(again.tabId, { pageKind: 'profile', level: 'medium' });
    await noNotice(again.p);
    await Promise.all([p.close(), again.p.close()]);
  });
});

describe('the notice says what the evidence supports, and nothing more', () => {
  it('a platform whose only evidence is a dataset, from a secondary source', async () => {
    const { p, tabId } = await open('https://www.pinterest.com/sam_example/');
    await settles(tabId, { platform: 'pinterest', pageKind: 'profile', level: 'medium' });
    const n = await noticeAppears(p);
    expect(n.status).toBe('Photos from Pinterest are reportedly in research or AI training datasets, fixed snapshots made in the past: LAION-5B.');
    expect((await ext.badge(tabId)).title).toBe(`Unscraped: medium risk. A public profile page on Pinterest. ${n.status}`);
    await p.close();
  });

  it('a platform whose face-search evidence is only secondary', async () => {
    const { p, tabId } = await open('https://ok.ru/profile/561234567890');
    await settles(tabId, { platform: 'ok', pageKind: 'profile', level: 'medium' });
    const n = await noticeAppears(p);
    expect(n.status).toBe('Face-search services reported to have harvested photos from OK.ru, by a secondary source: Search4faces.');
    await p.close();
  });

  it('a profile on a platform with no documented scraper: called a profile, and no notice', async () => {
    const { p, tabId } = await open('https://www.reddit.com/user/sam_example/');
    await settles(tabId, { platform: 'reddit', pageKind: 'profile', level: 'low' });
    const reddit = 'Unscraped: a profile page on Reddit. No face scraper is documented for Reddit.';
    expect((await badgeSettles(tabId, 'i', reddit)).title).toBe(reddit);
    await noNotice(p);
    await p.close();
  });
});

describe('single-page-app navigation', () => {
  it('state and badge follow pushState, replaceState, back/forward and hash changes', async () => {
    const { p, tabId } = await open('https://www.instagram.com/explore/');
    await settles(tabId, { pageKind: 'other' });
    await p.evaluate(() => history.pushState({}, '', '/sam.example/'));
    await settles(tabId, { pageKind: 'profile', level: 'medium' });
    await badgeSettles(tabId, '!');
    await noticeAppears(p);
    // leaving the profile removes the notice
    await p.evaluate(() => history.pushState({}, '', '/p/C1a2B3c4D5e/'));
    await settles(tabId, { pageKind: 'post', level: 'low' });
    await badgeSettles(tabId, 'i');
    expect(await readNotice(ext, p)).toBeNull();
    await p.evaluate(() => history.replaceState({}, '', '/sam.example/tagged/'));
    await settles(tabId, { pageKind: 'profile' });
    // history is now explore, sam.example, sam.example/tagged (which replaced the post)
    await p.goBack();
    expect(new URL(p.url()).pathname).toBe('/sam.example/');
    await settles(tabId, { pageKind: 'profile' });
    await p.goBack();
    expect(new URL(p.url()).pathname).toBe('/explore/');
    await settles(tabId, { pageKind: 'other', level: 'low' });
    await badgeSettles(tabId, 'i');
    await p.goForward();
    await settles(tabId, { pageKind: 'profile' });
    await p.evaluate(() => { location.hash = 'top'; });
    await settles(tabId, { pageKind: 'profile' });
    await p.close();
  });

  it('uploads stay across single-page navigation and start again on a full page load', async () => {
    const { p, tabId } = await open('https://www.instagram.com/explore/');
    await p.setInputFiles('#file', PHOTO);
    await settles(tabId, { uploads: 1, level: 'high' });
    await p.evaluate(() => history.pushState({}, '', '/sam.example/'));
    await settles(tabId, { pageKind: 'profile', uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    await p.reload();
    await settles(tabId, { pageKind: 'profile', uploads: 0, level: 'medium' });
    await p.close();
  });

  it('leaving for an unlisted site clears the badge (Chrome would keep it)', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await badgeSettles(tabId, '!');
    await p.goto('https://unlisted.example/');
    await badgeSettles(tabId, '');
    expect(await ext.getTabState(tabId)).toEqual({ platform: null, pageKind: null, uploads: 0, level: 'none' });
    await p.close();
  });

  it('going back to a listed page (restored from the back-forward cache or loaded again) brings its badge back', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook', pageKind: 'other' });
    await p.waitForTimeout(200); // its policy has arrived
    await p.setInputFiles('#visible', PHOTO);
    await settles(tabId, { uploads: 1, level: 'high' });
    await p.goto('https://unlisted.example/');
    await badgeSettles(tabId, '');
    await p.goBack();
    await settles(tabId, { platform: 'facebook', pageKind: 'other', uploads: 0, level: 'low' });
    await badgeSettles(tabId, 'i');
    // and the page restored there still counts a photo
    await p.setInputFiles('#visible', PHOTO2);
    await settles(tabId, { uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    await p.close();
  });
});

describe('photo uploads that count', () => {
  const cases: [string, (p: Page) => Promise<void>][] = [
    ['a visible file input', (p) => p.setInputFiles('#visible', [PHOTO, PHOTO2])],
    ['a hidden input behind a button', (p) => p.setInputFiles('#hidden', PHOTO)],
    ['an input created after the page loaded', async (p) => {
      await p.click('#make');
      await p.setInputFiles('#later', PHOTO);
    }],
    ['an input inside an open shadow root', (p) => p.setInputFiles('#shadow >> #inner', PHOTO)],
    ['a trusted drop of photos', (p) => dropFilesTrusted(ext, p, '#drop', [PHOTO, PHOTO2])],
    ['a trusted paste of an image', (p) => pasteImageTrusted(ext, p, '#paste')],
    ['a trusted drop onto a file input (drop, input and change: one action)', (p) => dropFilesTrusted(ext, p, '#visible', [PHOTO])],
  ];
  it.each(cases)('%s: uploads once, high level, badge !!, the notice once', async (_name, act) => {
    const { p, tabId } = await open('https://www.facebook.com/sam.example');
    await settles(tabId, { platform: 'facebook', pageKind: 'profile' });
    await noticeAppears(p); // the profile notice comes first...
    await dismissNotice(p);
    await p.evaluate(() => history.pushState({}, '', '/groups/hiking/'));
    await settles(tabId, { pageKind: 'other' });
    await newSession();
    await p.evaluate(() => history.pushState({}, '', '/marketplace/'));
    await settles(tabId, { pageKind: 'other', uploads: 0 });
    await act(p);
    await settles(tabId, { uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    const n = await noticeAppears(p); // ...and on a non-profile page an upload brings it
    expect(n.status).toBe(
      'Face-search companies documented to have harvested photos from Facebook: Clearview AI. '
        + 'If this photo becomes public, services documented as still active may collect it too: Clearview AI.',
    );
    await dismissNotice(p);
    await p.waitForTimeout(300);
    expect((await ext.getTabState(tabId)).uploads).toBe(1);
    await p.close();
  });

  it('an input in a shadow root, on a page where the user did nothing but open its file picker and choose a photo', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook', pageKind: 'other', uploads: 0 });
    await p.waitForTimeout(200); // the page's policy has arrived
    const chooser = p.waitForEvent('filechooser');
    await p.click('#shadow >> #inner'); // the click that opens the picker is the user's first action here
    await (await chooser).setFiles(PHOTO);
    await settles(tabId, { uploads: 1, level: 'high' });
    await noticeAppears(p);
    await p.close();
  });

  it('a page that stops upload events at window capture from its very first script still cannot hide them', async () => {
    const { p, tabId } = await open('https://www.tiktok.com/upload');
    await settles(tabId, { platform: 'tiktok', uploads: 0 });
    await p.setInputFiles('#visible', PHOTO);
    await settles(tabId, { uploads: 1 });
    await dropFilesTrusted(ext, p, '#drop', [PHOTO2]);
    await settles(tabId, { uploads: 2 });
    await pasteImageTrusted(ext, p, '#paste');
    await settles(tabId, { uploads: 3 });
    await p.close();
  });

  it('a second upload counts again but does not bring the notice back', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await p.setInputFiles('#visible', PHOTO);
    await noticeAppears(p);
    await dismissNotice(p);
    await p.setInputFiles('#hidden', PHOTO2);
    await settles(tabId, { uploads: 2 });
    await noNotice(p);
    await p.close();
  });

  it('an upload on a page handed no policy wakes a stopped worker, whose reply brings the notice', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook' });
    await p.waitForTimeout(200); // a policy would have arrived by now
    // the notice may show here only on an upload: the worker handed the page nothing, so it never learnt its document
    const stored = async () => (await (await ext.probe()).evaluate(async (k: string) => (await chrome.storage.session.get(k))[k], `tab:${tabId}`)) as Record<string, unknown>;
    expect(await stored()).toMatchObject({ platform: 'facebook', doc: null, uploads: 0 });
    expect(await stored()).not.toHaveProperty('held');
    await stopWorker(ext, p);
    // Playwright keeps listing a stopped worker: ask the browser itself
    expect(await ext.until(async () => !(await extensionWorkerStatus(ext, p)).running, 3_000)).toBe(true);
    await p.setInputFiles('#visible', PHOTO);
    await noticeAppears(p, 1_000);
    await settles(tabId, { uploads: 1, level: 'high' }, 3_000);
    expect((await stored()).doc).toMatch(/^[a-z0-9]+-[a-z0-9]+$/); // learnt from the upload's report
    await p.close();
  });
});

describe('upload widget libraries from npm', () => {
  it('Dropzone.js: a photo chosen through its hidden input, then a trusted drop onto it', async () => {
    const { p, tabId } = await open('https://x.com/dropzone');
    await p.setInputFiles('input.dz-hidden-input', PHOTO);
    expect(await p.evaluate(() => (window as unknown as { added: number }).added)).toBe(1);
    await settles(tabId, { platform: 'x', uploads: 1, level: 'high' });
    await noticeAppears(p);
    await p.waitForTimeout(800);
    await dropFilesTrusted(ext, p, '#dz', [PHOTO2]);
    await settles(tabId, { uploads: 2 });
    expect(await p.evaluate(() => (window as unknown as { added: number }).added)).toBe(2);
    await p.close();
  });

  it('FilePond: a photo chosen through its input, then a trusted drop onto it', async () => {
    const { p, tabId } = await open('https://x.com/filepond');
    await p.waitForSelector('.filepond--root input[type=file]', { state: 'attached' });
    await p.setInputFiles('.filepond--root input[type=file]', PHOTO);
    await settles(tabId, { platform: 'x', uploads: 1, level: 'high' });
    await noticeAppears(p);
    await p.waitForTimeout(800);
    await dropFilesTrusted(ext, p, '.filepond--drop-label', [PHOTO2]);
    await settles(tabId, { uploads: 2 });
    await ext.until(() => p.evaluate(() => (window as unknown as { added: number }).added === 2));
    expect(await p.evaluate(() => (window as unknown as { added: number }).added)).toBe(2);
    await p.close();
  });
});

describe('what does not count', () => {
  it('untrusted change, drop and paste events carrying photos', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook' });
    // files set from page script: Playwright's buffer form fires an untrusted change
    await p.setInputFiles('#visible', { name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await p.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'face.jpg', { type: 'image/jpeg' }));
      const input = document.getElementById('hidden') as HTMLInputElement;
      input.files = dt.files;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const drop = document.getElementById('drop')!;
      for (const type of ['dragenter', 'dragover', 'drop']) drop.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await p.waitForTimeout(400);
    expect((await ext.getTabState(tabId)).uploads).toBe(0);
    await noNotice(p);
    await p.close();
  });

  it('files that are not photos', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await p.setInputFiles('#visible', [PDF, TXT]);
    await dropFilesTrusted(ext, p, '#drop', [PDF]);
    await p.waitForTimeout(400);
    expect((await ext.getTabState(tabId)).uploads).toBe(0);
    await noNotice(p);
    await p.close();
  });

  it('uploads on an unlisted site', async () => {
    const { p, tabId } = await open('https://unlisted.example/');
    await p.setInputFiles('#visible', PHOTO);
    await dropFilesTrusted(ext, p, '#drop', [PHOTO]);
    await p.waitForTimeout(400);
    expect(await ext.getTabState(tabId)).toEqual({ platform: null, pageKind: null, uploads: 0, level: 'none' });
    expect((await ext.badge(tabId)).text).toBe('');
    await noNotice(p);
    await p.close();
  });
});

describe('the notice and a hostile page', () => {
  it('stays visible, opaque, in its corner and clickable whatever the page styles its element with', async () => {
    const { p } = await open('https://vk.com/sam_example');
    await noticeAppears(p);
    const look = () => p.evaluate(() => {
      const host = document.querySelector('unscraped-notice') as HTMLElement;
      const cs = getComputedStyle(host);
      const r = host.getBoundingClientRect();
      return { opacity: cs.opacity, visibility: cs.visibility, display: cs.display, position: cs.position, transform: cs.transform,
        filter: cs.filter, clipPath: cs.clipPath, pointerEvents: cs.pointerEvents, zIndex: cs.zIndex,
        onScreen: r.width > 100 && r.height > 50 && r.bottom <= innerHeight && r.right <= innerWidth && r.top >= 0 };
    });
    const want = { opacity: '1', visibility: 'visible', display: 'block', position: 'fixed', transform: 'none', filter: 'none',
      clipPath: 'none', pointerEvents: 'auto', zIndex: '2147483647', onScreen: true };
    expect(await look()).toEqual(want);
    // inline styles, !important, set by the page's script on the element it found
    await p.evaluate(() => {
      const host = document.querySelector('unscraped-notice') as HTMLElement;
      const styles: [string, string][] = [['opacity', '0'], ['visibility', 'hidden'], ['transform', 'scale(0)'], ['display', 'none']];
      for (const [k, v] of styles) host.style.setProperty(k, v, 'important');
    });
    expect(await look()).toEqual(want);
    await p.close();
  });

  it('is announced politely, reachable by keyboard, and does not take focus', async () => {
    const { p } = await open('https://www.facebook.com/marketplace/');
    await p.focus('#text');
    await p.keyboard.type('ab');
    await p.setInputFiles('#visible', PHOTO);
    await noticeAppears(p);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('text');
    await p.keyboard.type('c');
    expect(await p.inputValue('#text')).toBe('abc');
    // Tab moves from the page's last control into the notice's buttons
    await p.focus('#text');
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await p.keyboard.press('Tab');
      reached = await p.evaluate(() => document.activeElement?.localName === 'unscraped-notice');
    }
    expect(reached).toBe(true);
    await p.keyboard.press('Escape');
    expect(await readNotice(ext, p)).toBeNull();
    await p.close();
  });

  it('cannot be clicked by the page, and a page that removes it breaks nothing', async () => {
    const { p, tabId } = await open('https://www.facebook.com/marketplace/');
    await p.setInputFiles('#visible', PHOTO);
    await noticeAppears(p);
    await p.waitForTimeout(500);
    await p.evaluate(() => {
      const host = document.querySelector('unscraped-notice') as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      // the page cannot reach inside: the shadow root is closed
      (window as unknown as { seen: unknown }).seen = host.shadowRoot;
    });
    expect(await p.evaluate(() => (window as unknown as { seen: unknown }).seen)).toBeNull();
    expect(await readNotice(ext, p)).not.toBeNull();
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ site: 'facebook.com', mode: 'warn' });
    // the page removes it; the extension goes on counting
    await p.evaluate(() => document.querySelector('unscraped-notice')?.remove());
    await p.setInputFiles('#hidden', PHOTO2);
    await settles(tabId, { uploads: 2, level: 'high' });
    await p.close();
  });

  it('ignores a trusted click in its first moments: a page cannot slide it under a click aimed at something else', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await ext.until(async () => !!(await readNotice(ext, p))?.buttons.some((b) => b.label === 'Not on this site' && b.x !== null), 2_000);
    await clickNoticeButton(ext, p, 'Not on this site'); // within moments of its drawing
    expect(await readNotice(ext, p)).not.toBeNull();
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn', isDefault: true });
    await p.waitForTimeout(450);
    await clickNoticeButton(ext, p, 'Not on this site'); // the same click, once it has been on screen a moment
    await ext.until(async () => ((await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })) as { mode: string }).mode === 'quiet');
    await p.close();
  });

  it('does not act on a click once the page has wrapped it in something invisible, or moved it', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    const button = (await noticeAppears(p)).buttons.find((b) => b.label === 'Not on this site')!;
    await p.waitForTimeout(450);
    // the page wraps the notice in a transparent element of its own, over its bait button (it stays where it was)
    await p.evaluate(() => {
      const host = document.querySelector('unscraped-notice')!;
      const bait = document.createElement('div');
      bait.style.cssText = 'opacity:0';
      document.documentElement.append(bait);
      bait.append(host);
    });
    await p.mouse.click(button.x!, button.y!);
    await p.waitForTimeout(200);
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn', isDefault: true });
    // put back, but moved: a click right after the move is ignored too
    await p.evaluate(() => {
      document.documentElement.append(document.querySelector('unscraped-notice')!);
      document.documentElement.style.transform = 'translate(-40px, -60px)';
    });
    await clickNoticeButton(ext, p, 'Not on this site');
    await p.waitForTimeout(200);
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn', isDefault: true });
    expect(await readNotice(ext, p)).not.toBeNull();
    await p.close();
  });

  it('steps aside when the page has claimed its element name; the badge still works', async () => {
    const { p, tabId } = await open('https://www.linkedin.com/in/sam-example/?claim=1');
    await p.setInputFiles('#visible', PHOTO);
    await settles(tabId, { platform: 'linkedin', uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    expect(await p.evaluate(() => document.querySelectorAll('unscraped-notice').length)).toBe(0);
    await p.close();
  });

  it('renders under a strict page CSP with Trusted Types, styled and in place', async () => {
    const errors: string[] = [];
    const { p } = await open('https://www.linkedin.com/in/sam-example/');
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const n = await noticeAppears(p);
    const vp = p.viewportSize()!;
    // fixed to the bottom-right corner: its styles applied despite the CSP
    expect(n.box!.x).toBeGreaterThan(vp.width / 2);
    expect(n.box!.y).toBeGreaterThan(vp.height / 2);
    expect(errors.filter((e) => /trusted|content security/i.test(e))).toEqual([]);
    await p.close();
  });

  it('leaves no trace a page could detect while no notice shows: no DOM change, no global, no resource', async () => {
    const probe = () => ({
      html: document.documentElement.outerHTML.length,
      children: [...document.documentElement.children].map((c) => c.localName),
      attrs: [...document.documentElement.attributes].map((a) => a.name),
      globals: Object.getOwnPropertyNames(window).sort().join(','),
    });
    const control = await open('https://unlisted.example/');
    const listed = await open('https://www.facebook.com/marketplace/');
    await settles(listed.tabId, { platform: 'facebook' });
    await listed.p.waitForTimeout(300);
    const a = await control.p.evaluate(probe);
    const b = await listed.p.evaluate(probe);
    expect(b).toEqual(a); // same document served on both: the content script changed nothing the page can see
    // and the extension exposes no file a page could probe for
    const r = await listed.p.evaluate((id) => fetch(`chrome-extension://${id}/manifest.json`).then(() => 'readable', () => 'refused'), ext.extensionId);
    expect(r).toBe('refused');
    await Promise.all([control.p.close(), listed.p.close()]);
  });

  it('a page that forges messages changes nothing', async () => {
    const { p, tabId } = await open('https://www.instagram.com/explore/');
    await settles(tabId, { pageKind: 'other', uploads: 0 });
    await p.evaluate((extId) => {
      for (const m of [{ type: 'reportUpload', doc: 'aaaaaaaaaaaa' }, { type: 'quietThisSite' }, { type: 'policy', policy: { mode: 'off' } }]) {
        window.postMessage(m, '*');
        document.dispatchEvent(new CustomEvent('unscraped', { detail: m }));
        try {
          (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => void } } }).chrome?.runtime?.sendMessage?.(extId, m);
        } catch {
          // no messaging API for pages
        }
      }
    }, ext.extensionId);
    // nor can it see the content script's receiver, or stand in for it when the worker hands over a policy
    const seen = await p.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const before = typeof w.__unscrapedReceive;
      w.__unscrapedReceive = () => ({ doc: 'forged-by-the-page', shown: true });
      return before;
    });
    expect(seen).toBe('undefined');
    await p.evaluate(() => history.pushState({}, '', '/explore/people/')); // the worker hands over a new policy
    await p.waitForTimeout(400);
    expect(await ext.getTabState(tabId)).toMatchObject({ uploads: 0, level: 'low' });
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn', isDefault: true });
    // a forged "shown" receipt would have marked the notice as shown for the site
    const session = await (await ext.liveWorker()).evaluate(() => chrome.storage.session.get(null));
    expect(Object.keys(session).filter((k) => k.startsWith('shown:'))).toEqual([]);
    await p.close();
  });
});

describe('the notice’s buttons', () => {
  it('"Not on this site" keeps the badge and stops the notice on that site', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    const shown = await noticeAppears(p);
    await p.waitForTimeout(450);
    // a click on the notice that is no button's (its brand, by the mark) does nothing
    await p.mouse.click(shown.box!.x + 60, shown.box!.y + 22);
    await p.waitForTimeout(200);
    expect(await readNotice(ext, p)).not.toBeNull();
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn' });
    await clickNoticeButton(ext, p, 'Not on this site');
    expect(await readNotice(ext, p)).toBeNull();
    await ext.until(async () => ((await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })) as { mode: string }).mode === 'quiet');
    expect(await ext.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    // a new session: still no notice on that site, but the badge works
    await newSession();
    const again = await open('https://www.instagram.com/other.person/');
    await again.p.setInputFiles('#file', PHOTO);
    await settles(again.tabId, { uploads: 1, level: 'high' });
    await badgeSettles(again.tabId, '!!');
    await noNotice(again.p);
    await Promise.all([p.close(), again.p.close()]);
  });

  it('"What can I do?" opens the explanation for that tab in an extension page', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await noticeAppears(p);
    await p.waitForTimeout(450);
    const opened = ext.context.waitForEvent('page');
    await clickNoticeButton(ext, p, 'What can I do?');
    const explain = await opened;
    await explain.waitForLoadState();
    expect(explain.url()).toBe(ext.url(`src/popup/index.html?tabId=${tabId}&view=explain`));
    await explain.getByRole('heading', { name: 'Linked to Instagram, and on what evidence' }).waitFor();
    expect(await explain.getByRole('heading', { level: 2 }).textContent()).toMatch(/Medium risk/);
    await Promise.all([p.close(), explain.close()]);
  });
});

describe('per-site modes', () => {
  it('quiet: the badge, but no notice', async () => {
    await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: 'quiet' });
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await badgeSettles(tabId, '!');
    await p.setInputFiles('#file', PHOTO);
    await settles(tabId, { uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    await noNotice(p);
    await p.close();
  });

  it('off: no badge, no notice, nothing counted; turning it back on restores the badge', async () => {
    await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: 'off' });
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await settles(tabId, { platform: 'instagram', pageKind: 'profile', level: 'none' });
    const b = await badgeSettles(tabId, '', /off on Instagram/);
    expect(b.title).toMatch(/off on Instagram/);
    await p.setInputFiles('#file', PHOTO);
    await p.waitForTimeout(400);
    expect((await ext.getTabState(tabId)).uploads).toBe(0);
    await noNotice(p);
    await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: null });
    await badgeSettles(tabId, '!');
    await p.close();
  });

  it('the default mode applies to every site without its own choice', async () => {
    await ext.sendFromExtensionPage({ type: 'setDefaultMode', mode: 'off' });
    await ext.sendFromExtensionPage({ type: 'setSiteMode', site: 'x.com', mode: 'warn' });
    const a = await open('https://www.instagram.com/sam.example/');
    const b = await open('https://x.com/dropzone');
    await badgeSettles(a.tabId, '');
    await badgeSettles(b.tabId, '!'); // x.com/dropzone is a profile URL
    expect(await ext.sendFromExtensionPage({ type: 'getPrefs' })).toEqual({ schemaVersion: 2, defaultMode: 'off', sites: { 'x.com': 'warn' }, pauses: {}, sync: false });
    await Promise.all([a.p.close(), b.p.close()]);
  });

  it('the popup changes this site’s mode', async () => {
    const { p, tabId } = await open('https://www.instagram.com/sam.example/');
    await badgeSettles(tabId, '!');
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
    await popup.getByRole('radio', { name: /Off/ }).check();
    await badgeSettles(tabId, '');
    await popup.reload();
    expect(await popup.getByRole('radio', { name: /Off/ }).isChecked()).toBe(true);
    expect(await popup.getByRole('heading', { level: 2 }).textContent()).toMatch(/off here/);
    await Promise.all([p.close(), popup.close()]);
  });
});

describe('network', () => {
  it('the extension made zero network requests during this whole file', () => {
    expect(ext.strayRequests()).toEqual([]);
  });
});
