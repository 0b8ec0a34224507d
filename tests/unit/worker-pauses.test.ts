/**
 * Pauses and My exposure in the worker: a pause silences a site's open tabs at once and gives their badge back when it
 * ends (by its alarm, or at the next start if the browser was closed); a profile is marked from the tab, never from a
 * URL a page names; uploads are counted only after a yes, and never from a private window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');
const { tabHelpers } = await import('../support/worker-tabs');

async function startWorker() {
  vi.resetModules();
  return {
    ...(await import('../../src/background/router')),
    ...(await import('../../src/background/tabs')),
    ...(await import('../../src/background/pauses')),
    ...(await import('../../src/background/content-messages')),
    ...(await import('../../src/background/tab-queue')),
    RECEIVER: (await import('../../src/core/protocol/content')).RECEIVER,
    PAUSE_ALARM: (await import('../../src/ext/alarms')).PAUSE_ALARM,
  };
}
let w: Awaited<ReturnType<typeof startWorker>>;
const ask = (m: Record<string, unknown>) => w.handlePageMessage(m as never);
const local = () => fake.browser.storage.local.dump();
const HOUR = 3_600_000;

const { put, loaded, upload } = tabHelpers(() => w);
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
  fake.resetAll();
  w = await startWorker();
  (globalThis as Record<string, unknown>)[w.RECEIVER] = () => ({ doc: 'doc-aaaaaaaa', shown: false });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a pause', () => {
  it('silences the site’s open tabs at once, sets one alarm at its end, and gives the badge back when it fires', async () => {
    await loaded(1, 'https://www.instagram.com/sam.example/');
    await loaded(2, 'https://x.com/sam_example');
    expect(fake.shownBadge(1)).toBe('!');
    const until = Date.now() + HOUR;
    const prefs = (await ask({ type: 'setPause', site: 'instagram.com', until })) as { pauses: Record<string, number> };
    expect(prefs.pauses).toEqual({ 'instagram.com': until });
    expect(fake.shownBadge(1)).toBe('');
    expect(fake.shownBadge(2)).not.toBe(''); // another site is untouched
    expect(fake.alarms.get(w.PAUSE_ALARM)?.scheduledTime).toBe(until);
    // the popup is told until when
    expect(await ask({ type: 'getSiteMode', tabId: 1 })).toEqual({ site: 'instagram.com', mode: 'off', isDefault: true, pausedUntil: until });
    // an upload while paused counts nothing
    await upload(1, 'https://www.instagram.com/sam.example/');
    expect(fake.shownBadge(1)).toBe('');

    vi.useFakeTimers({ now: until + 1, toFake: ['Date'] });
    await w.onPauseAlarm(w.PAUSE_ALARM);
    expect(fake.shownBadge(1)).toBe('!');
    expect((local().prefs as { pauses: object }).pauses).toEqual({});
    expect(fake.alarms.has(w.PAUSE_ALARM)).toBe(false);
  });

  it('that ended while the browser was closed ends at the next start', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: {}, pauses: { 'instagram.com': Date.now() - 1_000, 'x.com': Date.now() + HOUR }, sync: false } });
    w = await startWorker();
    await loaded(1, 'https://www.instagram.com/sam.example/');
    expect(fake.shownBadge(1)).toBe('!'); // modeFor already ignores an ended pause
    await w.endPauses();
    expect((local().prefs as { pauses: object }).pauses).toEqual({ 'x.com': expect.any(Number) });
    expect(fake.alarms.get(w.PAUSE_ALARM)?.scheduledTime).toBe((local().prefs as { pauses: Record<string, number> }).pauses['x.com']);
  });

  it('ends early when the user resumes, and keeps the site’s own mode throughout', async () => {
    await ask({ type: 'setSiteMode', site: 'instagram.com', mode: 'quiet' });
    await loaded(1, 'https://www.instagram.com/sam.example/');
    await ask({ type: 'setPause', site: 'instagram.com', until: Date.now() + HOUR });
    expect(fake.shownBadge(1)).toBe('');
    await ask({ type: 'setPause', site: 'instagram.com', until: null });
    expect(fake.shownBadge(1)).toBe('!');
    expect(await ask({ type: 'getSiteMode', tabId: 1 })).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    expect(fake.alarms.has(w.PAUSE_ALARM)).toBe(false);
  });
});

describe('My exposure', () => {
  it('marks the profile open in the tab (platform and handle only), and unmarks it', async () => {
    put(1, 'https://www.instagram.com/Sam.Example/?hl=en');
    expect(await ask({ type: 'getProfileMark', tabId: 1 })).toEqual({ profile: { platform: 'instagram', handle: 'Sam.Example' }, mine: false });
    expect(await ask({ type: 'markProfile', tabId: 1, mine: true })).toEqual({ profile: { platform: 'instagram', handle: 'Sam.Example' }, mine: true });
    const stored = JSON.stringify(local().exposure);
    expect(stored).toContain('"handle":"Sam.Example"');
    expect(stored).not.toContain('instagram.com'); // no URL, no host
    expect(await ask({ type: 'markProfile', tabId: 1, mine: false })).toMatchObject({ mine: false });
    expect((local().exposure as { profiles: unknown[] }).profiles).toEqual([]);
  });

  it('offers no mark off a profile page, nor in a private window', async () => {
    put(1, 'https://www.instagram.com/explore/');
    put(2, 'https://www.instagram.com/sam.example/', true);
    for (const tabId of [1, 2]) {
      expect(await ask({ type: 'markProfile', tabId, mine: true })).toEqual({ profile: null, mine: false });
    }
    expect(local().exposure).toBeUndefined();
  });

  it('counts uploads per platform only after a yes, never from a private window, and forgets them on a no', async () => {
    await upload(1, 'https://www.facebook.com/marketplace/');
    await settle();
    expect(local().exposure).toBeUndefined();
    await ask({ type: 'setCountUploads', on: true });
    await upload(1, 'https://www.facebook.com/marketplace/');
    await upload(2, 'https://www.facebook.com/groups/', true);
    await settle();
    expect((await ask({ type: 'getExposure' })) as object).toMatchObject({ countUploads: true, uploads: { facebook: 1 } });
    await ask({ type: 'setCountUploads', on: false });
    expect(local().exposure).toMatchObject({ countUploads: false, uploads: {} });
  });
});
