/**
 * Seeing the risk in real Firefox: single-page-app navigation, a photo upload and the in-page notice, "off", a
 * phone-sized window, and what the popup says when Firefox withholds host access.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, launchFirefox, type FirefoxSession } from '../e2e/lib/firefox.mjs';

const page = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');
const PHOTO = join(ROOT, 'icons/icon-128.png');
let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
  await ff.serve('https://www.instagram.com/**', page('profile.html'));
  await ff.serve('https://www.facebook.com/**', page('uploads.html'));
  // a page that tries to make the notice invisible (to slide its own button under it), or to move it away
  await ff.serve('https://vk.com/**', page('profile.html').replace('<head>', `<head><style>
    unscraped-notice { opacity: 0 !important; visibility: hidden !important; transform: translateY(-4000px) !important;
      pointer-events: none !important; position: static !important; display: none !important; }
  </style>`));
  // a page that stops every upload event at window capture, from its first script
  await ff.serve('https://www.tiktok.com/**', page('uploads.html').replace('<head>', `<head><script>
    for (const t of ['input', 'change', 'drop', 'paste']) addEventListener(t, (e) => e.stopImmediatePropagation(), true);
  </script>`));
});
afterAll(async () => {
  await ff?.close();
});
beforeEach(async () => {
  // every test starts like a new browser session as far as the notice is concerned: it shows once per site
  await ff.evalInBackground(`await browser.storage.session.get(null)
    .then((all) => browser.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('shown:'))))`);
});

async function open(url: string) {
  const tab = await ff.open(url);
  const tabId = await ff.tabId(tab);
  expect(typeof tabId).toBe('number');
  return { tab, tabId };
}

async function settles(tabId: number, want: Record<string, unknown>) {
  let last: Record<string, unknown> = {};
  await ff.until(async () => {
    last = (await ff.getTabState(tabId)) as Record<string, unknown>;
    return Object.entries(want).every(([k, v]) => last[k] === v);
  });
  expect(last).toMatchObject(want);
}

async function badgeSettles(tabId: number, text: string) {
  let last = { text: '' };
  await ff.until(async () => (last = await ff.badge(tabId)).text === text);
  expect(last.text).toBe(text);
}

/** Script for the content script's world that finds the notice: `hosts`, every <unscraped-notice> child of <html>,
 * and `root`, the first one's closed shadow root (Firefox lets an extension open it), or null. */
const FIND_NOTICE = `const hosts = document.documentElement.querySelectorAll(':scope > unscraped-notice');
    const root = hosts.length ? hosts[0].openOrClosedShadowRoot ?? browser.dom?.openOrClosedShadowRoot?.(hosts[0]) ?? null : null;`;

/** The notice as the content script's world sees it. */
async function notice(tab: string): Promise<{ count: number; text: string; right: number; bottom: number } | null> {
  const r = await ff.evalInContentScript(tab, `(() => {
    ${FIND_NOTICE}
    if (!hosts.length) return null;
    const box = hosts[0].getBoundingClientRect();
    return { count: hosts.length, text: root ? root.textContent.replace(/:host\\{[\\s\\S]*?\\}\\s*(?=Unscraped)/, '') : '', right: box.right, bottom: box.bottom };
  })()`);
  return (r as { value?: unknown }).value as never;
}

interface Box { left: number; top: number; width: number; height: number }

/** Where a part of the notice is, in the page's coordinates, found from the content script's world (which may open
 * the closed root): the first element there matching `selector` whose label (its aria-label, else its text) is
 * `label` when one is given; null when there is none. */
async function noticePart(tab: string, selector: string, label?: string): Promise<Box | null> {
  const r = await ff.evalInContentScript(tab, `(() => {
    ${FIND_NOTICE}
    const label = ${JSON.stringify(label ?? null)};
    const el = root && [...root.querySelectorAll(${JSON.stringify(selector)})].find((x) => label === null || (x.getAttribute('aria-label') ?? x.textContent) === label);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  })()`);
  return (r as { value?: unknown }).value as never;
}

/** A trusted mouse click at a point of the page, as the user makes it (WebDriver BiDi input actions). */
async function clickAt(tab: string, at: { x: number; y: number }) {
  await ff.bidi('input.performActions', {
    context: tab,
    actions: [{
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [{ type: 'pointerMove', x: Math.round(at.x), y: Math.round(at.y) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
    }],
  });
  await ff.bidi('input.releaseActions', { context: tab });
}

async function noticeAppears(tab: string) {
  let n: Awaited<ReturnType<typeof notice>> = null;
  await ff.until(async () => (n = await notice(tab)) !== null && /documented/.test(n.text));
  expect(n).not.toBeNull();
  return n!;
}

describe('single-page-app navigation', () => {
  it('state and badge follow pushState between a profile and other pages', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/explore/');
    await settles(tabId, { platform: 'instagram', pageKind: 'other', level: 'low' });
    await badgeSettles(tabId, 'i');
    await ff.pushState(tab, '/sam.example/');
    await settles(tabId, { pageKind: 'profile', level: 'medium' });
    await badgeSettles(tabId, '!');
    // white on the badge's colour, which the worker does not set: Firefox picks it for the most contrast
    expect(await ff.badge(tabId)).toMatchObject({ color: [0xa3, 0x4d, 0x00, 255], textColor: [255, 255, 255, 255] });
    await ff.pushState(tab, '/p/C1a2B3c4D5e/');
    await settles(tabId, { pageKind: 'post', level: 'low' });
    await badgeSettles(tabId, 'i');
    await ff.closeTab(tab);
  });
});

describe('the worker hands the content script its policy (scripting.executeScript into its world)', () => {
  it('a profile page shows the notice once loaded, and it leaves when the page moves on within itself', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await settles(tabId, { pageKind: 'profile', level: 'medium' });
    expect((await noticeAppears(tab)).count).toBe(1);
    await ff.pushState(tab, '/explore/');
    await settles(tabId, { pageKind: 'other' });
    await ff.until(async () => (await notice(tab)) === null);
    expect(await notice(tab)).toBeNull();
    await ff.closeTab(tab);
  });

  it('uploads stay across in-page navigation and start again on a full page load', async () => {
    const { tab, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook', uploads: 0 });
    await ff.setFiles(tab, '#visible', [PHOTO]);
    await settles(tabId, { uploads: 1, level: 'high' });
    await ff.pushState(tab, '/groups/hiking/');
    await new Promise((r) => setTimeout(r, 500)); // the worker has followed the move and heard back from the page
    await settles(tabId, { uploads: 1, level: 'high' });
    await ff.evalInPage(tab, () => location.reload());
    await settles(tabId, { uploads: 0, level: 'low' });
    await badgeSettles(tabId, 'i');
    await ff.closeTab(tab);
  });
});

describe('uploads and the notice', () => {
  it('a photo chosen in a file input raises uploads and shows the notice once', async () => {
    const { tab, tabId } = await open('https://www.facebook.com/marketplace/');
    await settles(tabId, { platform: 'facebook', pageKind: 'other', uploads: 0 });
    await ff.until(() => ff.evalInPage(tab, 'true')); // the page is live
    await new Promise((r) => setTimeout(r, 300)); // its policy has arrived
    await ff.setFiles(tab, '#visible', [PHOTO]);
    await settles(tabId, { uploads: 1, level: 'high' });
    await badgeSettles(tabId, '!!');
    const n = await noticeAppears(tab);
    expect(n.count).toBe(1);
    expect(n.text).toContain('Face-search companies documented to have harvested photos from Facebook: Clearview AI.');
    await ff.setFiles(tab, '#visible', [PHOTO, PHOTO]);
    await settles(tabId, { uploads: 2 });
    expect((await notice(tab))?.count).toBe(1);
    await ff.closeTab(tab);
  });

  it('a page that stops upload events at window capture from its first script cannot hide them', async () => {
    const { tab, tabId } = await open('https://www.tiktok.com/upload');
    await settles(tabId, { platform: 'tiktok', uploads: 0 });
    await ff.setFiles(tab, '#visible', [PHOTO]);
    await settles(tabId, { uploads: 1, level: 'high' });
    await ff.closeTab(tab);
  });

  it('the notice stays visible, opaque, in place and clickable whatever the page styles its element with', async () => {
    const { tab } = await open('https://vk.com/sam_example');
    await noticeAppears(tab);
    const look = await ff.evalInPage(tab, () => {
      const cs = getComputedStyle(document.querySelector('unscraped-notice') as Element);
      return [cs.opacity, cs.visibility, cs.display, cs.position, cs.transform, cs.pointerEvents].join(' ');
    });
    expect(look).toBe('1 visible block fixed none auto');
    await ff.closeTab(tab);
  });

  it('"Not on this site" answers the user\'s click once the notice has been on screen a moment: the notice goes, the site turns quiet', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await noticeAppears(tab);
    const button = await noticePart(tab, 'button', 'Not on this site');
    const sentence = await noticePart(tab, '[role=status]');
    expect(button).not.toBeNull();
    expect(sentence).not.toBeNull();
    await new Promise((r) => setTimeout(r, 450));
    // a click on the notice's sentence is no button's
    await clickAt(tab, { x: sentence!.left + 4, y: sentence!.top + sentence!.height / 2 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await notice(tab)).not.toBeNull();
    expect(await ff.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toMatchObject({ mode: 'warn' });
    await clickAt(tab, { x: button!.left + button!.width / 2, y: button!.top + button!.height / 2 });
    await ff.until(async () => (await notice(tab)) === null);
    expect(await notice(tab)).toBeNull();
    await ff.until(async () => ((await ff.sendFromExtensionPage({ type: 'getSiteMode', tabId })) as { mode: string }).mode === 'quiet');
    expect(await ff.sendFromExtensionPage({ type: 'getSiteMode', tabId })).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    await ff.sendFromExtensionPage({ type: 'setSiteMode', site: 'instagram.com', mode: null });
    await ff.closeTab(tab);
  });

  it('the notice fits a phone screen (360 px)', async () => {
    const tab = await ff.open('about:blank');
    await ff.bidi('browsingContext.setViewport', { context: tab, viewport: { width: 360, height: 640 } });
    await ff.navigate(tab, 'https://www.instagram.com/another.person/');
    const n = await noticeAppears(tab);
    expect(n.text).toContain('Face-search companies documented to have harvested photos from Instagram: Clearview AI.');
    expect(n.right).toBeLessThanOrEqual(360);
    expect(n.bottom).toBeLessThanOrEqual(640);
    await ff.closeTab(tab);
  });

  it('"off" silences the badge and the notice, and counts nothing', async () => {
    await ff.sendFromExtensionPage({ type: 'setSiteMode', site: 'facebook.com', mode: 'off' });
    const { tab, tabId } = await open('https://www.facebook.com/sam.example');
    await settles(tabId, { platform: 'facebook', pageKind: 'profile', level: 'none' });
    await badgeSettles(tabId, '');
    await ff.setFiles(tab, '#visible', [PHOTO]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ff.getTabState(tabId)).toMatchObject({ uploads: 0, level: 'none' });
    expect(await notice(tab)).toBeNull();
    await ff.sendFromExtensionPage({ type: 'setSiteMode', site: 'facebook.com', mode: null });
    await badgeSettles(tabId, '!');
    await ff.closeTab(tab);
  });
});

describe('host access withheld (Firefox lets the user withdraw it)', () => {
  it('the popup says so and offers one button to ask for it', async () => {
    await ff.evalInBackground(`await browser.permissions.remove({ origins: browser.runtime.getManifest().host_permissions })`);
    expect(await ff.evalInBackground(`await browser.permissions.contains({ origins: browser.runtime.getManifest().host_permissions })`)).toBe(false);
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    expect(await ff.evalInContentScript(tab, 'true')).toEqual({ noWorld: true });
    const view = await ff.readPopup(tabId);
    expect(view.heading).toBe('Unscraped cannot see the listed sites');
    expect(view.text).toContain('Allow access to the listed sites');
    expect(view.scrollWidth).toBeLessThanOrEqual(360);
    await ff.closeTab(tab);
  });
});

describe('network', () => {
  it('the extension made zero network requests during this file', () => {
    expect(ff.strayRequests()).toEqual([]);
  });
});
