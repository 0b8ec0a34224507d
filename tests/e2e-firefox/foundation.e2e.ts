/**
 * The built extension in real Firefox (Debian's firefox-esr, installed as a temporary add-on): the content script
 * runs on listed hosts only, the worker keeps per-tab state and badges each tab, the popup shows that state, and
 * nothing goes out on the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchFirefox, type FirefoxSession } from '../e2e/lib/firefox.mjs';

const PROFILE = readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8');

const EMPTY = { platform: null, pageKind: null, uploads: 0, level: 'none' };
const IG_PROFILE = { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' };
const IG_OTHER = { platform: 'instagram', pageKind: 'other', uploads: 0, level: 'low' };

let ff: FirefoxSession;

beforeAll(async () => {
  // the toolbar popup test opens the popup as a click on the button does, from the background
  ff = await launchFirefox({ prefs: { 'extensions.openPopupWithoutUserGesture.enabled': true } });
  // The same profile document everywhere: only the host decides whether the extension looks at it.
  await ff.serve('https://www.instagram.com/**', PROFILE);
  await ff.serve('https://unlisted.example/**', PROFILE);
  await ff.serve('https://www.instagram.com.evil.example/**', PROFILE);
  await ff.serve('https://64.media.tumblr.com/**', PROFILE);
  await ff.serve('https://sam.tumblr.com/**', PROFILE);
});
afterAll(async () => {
  await ff?.close();
});

async function open(url: string): Promise<{ tab: string; tabId: number }> {
  const tab = await ff.open(url);
  const tabId = await ff.tabId(tab);
  expect(typeof tabId).toBe('number');
  return { tab, tabId };
}

/** Wait up to 5 s for a tab's state (as the worker tells an extension page) to equal `want`; fail with the last one. */
async function stateSettles(tabId: number, want: Record<string, unknown>) {
  let last: unknown;
  await ff.until(async () => {
    last = await ff.getTabState(tabId);
    return JSON.stringify(last) === JSON.stringify(want);
  });
  expect(last).toEqual(want);
}

/** Wait up to 5 s for a tab's badge text to be `text`; resolves to the badge, fails with the last one seen. */
/** Wait for a tab's badge text, and its title when `title` is given (the worker sets the title right after the text). */
async function badgeSettles(tabId: number, text: string, title?: RegExp) {
  let last = await ff.badge(tabId);
  await ff.until(async () => {
    last = await ff.badge(tabId);
    return last.text === text && (title === undefined || title.test(last.title));
  });
  expect(last.text).toBe(text);
  return last;
}

describe('content script', () => {
  it('runs on a listed host, takes the policy the worker hands it, and answers with its document id', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    const world = await ff.until(async () => {
      const r = await ff.evalInContentScript(tab, 'typeof browser.runtime.sendMessage');
      return 'value' in r ? r : null;
    });
    expect(world).toEqual({ value: 'function' });
    await stateSettles(tabId, IG_PROFILE);
    expect((await ff.badge(tabId)).text).not.toBe('');
    // the receipt: the worker now knows this document (uploads start again only in a new one)
    const doc = await ff.until(() => ff.evalInBackground(`(await browser.storage.session.get('tab:${tabId}'))['tab:${tabId}']?.doc ?? null`));
    expect(doc).toMatch(/^[A-Za-z0-9-]{8,64}$/); // the content script's random document id (DOC_ID)
    await ff.closeTab(tab);
  });

  it('does not run on an unlisted host, nor on a look-alike host', async () => {
    const others = [
      await open('https://unlisted.example/sam.example/'),
      await open('https://www.instagram.com.evil.example/sam.example/'),
    ];
    // control, opened last: once the worker knows this page, a content script in the others would have reported too
    const control = await open('https://www.instagram.com/sam.example/');
    await stateSettles(control.tabId, IG_PROFILE);
    await new Promise((r) => setTimeout(r, 300));
    for (const { tab, tabId } of others) {
      expect(await ff.evalInContentScript(tab, '1')).toEqual({ noWorld: true });
      expect(await ff.getTabState(tabId)).toEqual(EMPTY);
      expect((await ff.badge(tabId)).text).toBe('');
      await ff.closeTab(tab);
    }
    await ff.closeTab(control.tab);
  });
});

describe('content script under a `*.` host', () => {
  it('runs one label below it, not on the infrastructure deeper down (the manifest’s exclude_globs)', async () => {
    const blog = await open('https://sam.tumblr.com/');
    expect(await ff.until(async () => {
      const r = await ff.evalInContentScript(blog.tab, '1');
      return 'value' in r ? r : null;
    })).toEqual({ value: 1 });
    const cdn = await open('https://64.media.tumblr.com/abc/x.jpg');
    await new Promise((r) => setTimeout(r, 300));
    expect(await ff.evalInContentScript(cdn.tab, '1')).toEqual({ noWorld: true });
    await ff.closeTab(blog.tab);
    await ff.closeTab(cdn.tab);
  });
});

describe('risk level and badge', () => {
  it('a public profile page is medium risk: badge "!" on that tab, with a title in words', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, IG_PROFILE);
    const badge = await badgeSettles(tabId, '!', /medium risk/i);
    expect(badge.title).toMatch(/medium risk.*public profile page on Instagram/i);
    await ff.closeTab(tab);
  });

  it('a listed page that is not a profile is low risk: badge "i"', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/explore/');
    await stateSettles(tabId, IG_OTHER);
    const badge = await badgeSettles(tabId, 'i', /low risk/i);
    expect(badge.title).toMatch(/low risk/i);
    await ff.closeTab(tab);
  });

  it('forgets a tab when it closes', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, IG_PROFILE);
    expect(Object.keys(await ff.evalInBackground('await browser.storage.session.get(null)'))).toContain(`tab:${tabId}`);
    await ff.closeTab(tab);
    const keys = await ff.until(async () => {
      const k = Object.keys(await ff.evalInBackground('await browser.storage.session.get(null)'));
      return k.includes(`tab:${tabId}`) ? null : k;
    });
    expect(keys).toBeTruthy();
    expect(await ff.getTabState(tabId)).toEqual(EMPTY);
  });
});

describe('popup', () => {
  it('renders the state of the tab it was opened for, at 360 px', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, IG_PROFILE);
    const view = await ff.readPopup(tabId);
    expect(view.heading).toMatch(/Medium risk/);
    expect(view.level).toBe('medium');
    expect(view.platform).toBe('Instagram');
    expect(view.pageKind).toBe('Profile');
    expect(view.uploads).toBe('0');
    expect(view.scrollWidth).toBeLessThanOrEqual(360); // nothing overflows the popup's width
    await ff.closeTab(tab);
  });

  it('opened from the toolbar button, it shows the tab it was opened over, in a popup 360 px wide', async () => {
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, IG_PROFILE);
    const popup = await ff.openToolbarPopup(tab);
    try {
      const heading = await ff.until(() => popup.eval(`document.querySelector('h2')?.textContent ?? null`).catch(() => null), 5_000);
      expect(heading).toMatch(/Medium risk: public profile/);
      // Firefox sizes a popup to its page: a page whose width follows the popup's (100vw) left it 12 px wide
      const size = await ff.until(async () => {
        const s = (await popup.eval('({ body: document.body.getBoundingClientRect().width, inner: innerWidth, scroll: document.documentElement.scrollWidth })')) as { body: number; inner: number; scroll: number };
        return s.body === 360 && s.inner >= 360 ? s : null;
      }, 3_000);
      expect(size, 'the popup and its page, once Firefox has sized it').toMatchObject({ body: 360 });
      expect(size!.scroll).toBeLessThanOrEqual(size!.inner);
    } finally {
      await popup.close();
      await ff.closeTab(tab);
    }
  });

  it('says so on an unlisted site', async () => {
    const { tab, tabId } = await open('https://unlisted.example/');
    const view = await ff.readPopup(tabId);
    expect(view.heading).toMatch(/Not a listed platform/);
    expect(view.platform).toBeNull();
    await ff.closeTab(tab);
  });
});

describe('network', () => {
  it("the extension's pages cannot reach the network even if they tried (CSP connect-src 'none')", async () => {
    // Firefox refuses the fetch itself and reports a CSP violation; the devtools monitor sees the attempt, which also
    // shows that the add-on's own requests are recorded at all.
    const probe = (url: string) => `await new Promise((done) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective + ' ' + e.blockedURI));
      fetch(${JSON.stringify(url)}).then(() => done({ fetched: true, seen }), (e) => setTimeout(() => done({ error: e.name, seen }), 50));
    })`;
    const bg = await ff.evalInBackground(probe('https://csp-probe.example/background'));
    expect(bg).toEqual({ error: 'TypeError', seen: ['connect-src https://csp-probe.example/background'] });
    const page = await ff.openExtensionPage('src/options/index.html');
    const fromPage = await page.eval(probe('https://csp-probe.example/options'));
    await page.close();
    expect(fromPage).toEqual({ error: 'TypeError', seen: ['connect-src https://csp-probe.example/options'] });
    const attempts = ff.requests.filter((r) => r.url.includes('csp-probe.example'));
    expect(attempts.map((r) => [r.source, r.outcome, r.url])).toEqual([
      ['extension', 'blocked-in-browser', 'https://csp-probe.example/background'],
      ['extension', 'blocked-in-browser', 'https://csp-probe.example/options'],
    ]);
  });

  it('Firefox made no request but the fixture documents during this whole file', async () => {
    // open the popup and options page too, so their loading is counted
    const { tab, tabId } = await open('https://www.instagram.com/sam.example/');
    await stateSettles(tabId, IG_PROFILE);
    await ff.readPopup(tabId);
    const options = await ff.openExtensionPage('src/options/index.html');
    await new Promise((r) => setTimeout(r, 300));
    await options.close();
    await ff.closeTab(tab);
    expect(ff.requests.filter((r) => r.outcome === 'served').length).toBeGreaterThan(0); // the recorder saw them
    expect(ff.strayRequests()).toEqual([]);
    // and nothing else was even attempted by the extension, besides the probes of the CSP test
    expect(ff.requests.filter((r) => r.source === 'extension' && !r.url.includes('csp-probe.example'))).toEqual([]);
  });
});
