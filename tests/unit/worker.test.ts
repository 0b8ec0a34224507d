/**
 * The worker's handlers against an in-memory fake of the WebExtension API: what they store where, especially for
 * private windows, whose traces must not outlive the tab.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
  const area = (name: string) => {
    let data: Record<string, unknown> = {};
    const notify = (keys: string[]) => listeners.forEach((l) => l(Object.fromEntries(keys.map((k) => [k, {}])), name));
    return {
      dump: () => data,
      reset: () => { notify(Object.keys(data)); data = {}; },
      get: async (k: string | null) => (k === null ? { ...data } : k in data ? { [k]: structuredClone(data[k]) } : {}),
      set: async (o: Record<string, unknown>) => { data = { ...data, ...structuredClone(o) }; notify(Object.keys(o)); },
      remove: async (k: string) => { delete data[k]; notify([k]); },
    };
  };
  const tabs = new Map<number, { id: number; url?: string; incognito: boolean; index: number }>();
  const badges = new Map<number, string>();
  const created: string[] = [];
  const browser = {
    runtime: { id: 'ourid', getURL: (p: string) => `chrome-extension://ourid/${p}`, getManifest: () => ({ host_permissions: [] }) },
    storage: { local: area('local'), session: area('session'), onChanged: { addListener: (l: (c: Record<string, unknown>, a: string) => void) => listeners.push(l) } },
    tabs: {
      get: async (id: number) => { const t = tabs.get(id); if (!t) throw new Error('no tab'); return t; },
      sendMessage: async () => undefined,
      create: async ({ url }: { url: string }) => { created.push(url); return {}; },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => { badges.set(tabId, text); },
      setBadgeBackgroundColor: async () => {},
      setTitle: async () => {},
      setBadgeTextColor: async () => {},
    },
    i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
  };
  return { browser, tabs, badges, created };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { handleContentMessage, forgetTab, handlePrivilegedMessage } = await import('../../src/background/handlers');

const sender = (tabId: number, url: string, incognito = false) => {
  fake.tabs.set(tabId, { id: tabId, url, incognito, index: 0 });
  return { id: 'ourid', url, frameId: 0, tab: { id: tabId, url, incognito, index: 0 } } as never;
};

beforeEach(() => {
  fake.browser.storage.local.reset();
  fake.browser.storage.session.reset();
  fake.tabs.clear();
  fake.badges.clear();
  fake.created.length = 0;
});

describe('worker handlers', () => {
  it('a profile page: state in storage.session, badge set, the notice recorded once per site', async () => {
    const reply = await handleContentMessage({ type: 'reportObservation', kind: 'page', doc: 'doc-aaaaaaaa' }, sender(1, 'https://www.instagram.com/sam.example/'));
    expect(reply).toMatchObject({ ok: true, policy: { mode: 'warn', now: true, onUpload: false } });
    expect(fake.browser.storage.session.dump()).toMatchObject({ 'tab:1': { platform: 'instagram', pageKind: 'profile', level: 'medium' }, noticeShown: { 'instagram.com': true } });
    expect(fake.badges.get(1)).toBe('!');
    const again = await handleContentMessage({ type: 'reportObservation', kind: 'page', doc: 'doc-bbbbbbbb' }, sender(2, 'https://www.instagram.com/other/'));
    expect(again).toMatchObject({ policy: { now: false, onUpload: false } });
    expect(fake.browser.storage.local.dump()).toEqual({});
  });

  it('a private window keeps the notice flag in the tab, and nothing is left when the tab closes', async () => {
    await handleContentMessage({ type: 'reportObservation', kind: 'upload', doc: 'doc-aaaaaaaa' }, sender(5, 'https://www.instagram.com/sam.example/', true));
    expect(fake.browser.storage.session.dump()).toEqual({ 'tab:5': expect.objectContaining({ uploads: 1, shownHere: true }) });
    await handleContentMessage({ type: 'notOnThisSite' }, sender(5, 'https://www.instagram.com/sam.example/', true));
    expect(fake.browser.storage.session.dump()['tab:5']).toMatchObject({ quietHere: true });
    expect(fake.browser.storage.local.dump()).toEqual({}); // no per-site choice written to disk
    await forgetTab(5);
    expect(fake.browser.storage.session.dump()).toEqual({});
  });

  it('"Not on this site" in a normal window is a lasting choice for that site', async () => {
    await handleContentMessage({ type: 'notOnThisSite' }, sender(3, 'https://m.facebook.com/sam.example'));
    expect(fake.browser.storage.local.dump()).toEqual({ prefs: { schemaVersion: 1, defaultMode: 'warn', sites: { 'facebook.com': 'quiet' } } });
  });

  it('never stores a URL', async () => {
    await handleContentMessage({ type: 'reportObservation', kind: 'upload', doc: 'doc-aaaaaaaa' }, sender(4, 'https://www.instagram.com/sam.example/?secret=1'));
    expect(JSON.stringify(fake.browser.storage.session.dump())).not.toMatch(/sam\.example|secret|https?:/);
  });

  it('corrupt stored preferences are kept aside, repaired, and the page still works', async () => {
    await fake.browser.storage.local.set({ prefs: { schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', bad: 7 } } });
    const reply = await handleContentMessage({ type: 'reportObservation', kind: 'page', doc: 'doc-aaaaaaaa' }, sender(6, 'https://x.com/sam'));
    expect(reply).toMatchObject({ ok: true, policy: { mode: 'off' } });
    const local = fake.browser.storage.local.dump();
    expect(local.prefs).toEqual({ schemaVersion: 1, defaultMode: 'warn', sites: { 'x.com': 'off' } });
    const aside = Object.keys(local).filter((k) => k.startsWith('prefs.keptAside.'));
    expect(aside).toHaveLength(1);
    expect(local[aside[0]!]).toEqual({ schemaVersion: 1, defaultMode: 'LOUD', sites: { 'x.com': 'off', bad: 7 } });
  });

  it('"What can I do?" opens the explanation for the sender’s own tab', async () => {
    await handleContentMessage({ type: 'openExplanation' }, sender(7, 'https://www.instagram.com/sam.example/'));
    expect(fake.created).toEqual(['chrome-extension://ourid/src/popup/index.html?tabId=7&view=explain']);
  });

  it('getSiteMode answers for the tab’s site from its real address', async () => {
    await handleContentMessage({ type: 'reportObservation', kind: 'page', doc: 'doc-aaaaaaaa' }, sender(8, 'https://old.reddit.com/user/sam'));
    expect(await handlePrivilegedMessage({ type: 'getSiteMode', tabId: 8 })).toEqual({ site: 'reddit.com', mode: 'warn', isDefault: true });
  });
});
