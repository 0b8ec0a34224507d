/**
 * The popup's first read (readFirst in src/popup/connector.ts): what storage says of the tab, read before the first
 * render. Its requests must leave before readFirst returns, and together: main.tsx does the first render's first-time
 * work (the date formatter, the findings table) right after, while storage answers, and a request sent a microtask
 * later waits for all of that; and the toolbar popup's query for its tab and its storage reads are one round trip,
 * not two.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');
const { readFirst } = await import('../../src/popup/connector');
const { tabKey, writeTabState } = await import('../../src/ext/tab-state');

const PROFILE = 'https://www.instagram.com/sam.example/';

/** Records every storage read and tab query, in order, as the popup makes them. */
function watchRequests(): string[] {
  const asked: string[] = [];
  const session = fake.browser.storage.session;
  const local = fake.browser.storage.local;
  const tabs = fake.browser.tabs;
  const [sessionGet, localGet, query] = [session.get, local.get, tabs.query];
  vi.spyOn(session, 'get').mockImplementation((k) => (asked.push(`session ${String(k)}`), sessionGet(k)));
  vi.spyOn(local, 'get').mockImplementation((k) => (asked.push(`local ${String(k)}`), localGet(k)));
  vi.spyOn(tabs, 'query').mockImplementation(() => (asked.push('tabs.query'), query()));
  return asked;
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fake.resetAll();
  fake.tabs.set(7, { id: 7, url: PROFILE, incognito: false, index: 0 });
  await writeTabState(7, { platform: 'instagram', pageKind: 'profile', uploads: 1, level: 'medium', doc: null });
});

describe('the popup reads its tab before the first render', () => {
  it('with the tab in its address (?tabId=7), storage is asked for that tab before readFirst returns', async () => {
    const asked = watchRequests();
    const first = readFirst(new URLSearchParams('tabId=7'));
    expect(asked).toContain(`session ${tabKey(7)}`);
    expect(asked).not.toContain('tabs.query');
    const read = await first;
    expect(read?.tabId).toBe(7);
    expect(read?.view?.state).toMatchObject({ platform: 'instagram', pageKind: 'profile', uploads: 1 });
    expect(read?.view?.site?.site).toBe('instagram.com');
  });

  it('without it (the toolbar popup), the query for the active tab and the storage reads leave together', async () => {
    const asked = watchRequests();
    const first = readFirst(new URLSearchParams(''));
    // one round trip, not the query's and then the reads': the session area is read whole
    expect(asked.sort()).toEqual(['local prefs', 'session null', 'tabs.query']);
    const read = await first;
    expect(read?.tabId).toBe(7);
    expect(read?.view?.state).toMatchObject({ platform: 'instagram', pageKind: 'profile', uploads: 1 });
    expect(read?.view?.site?.site).toBe('instagram.com');
  });

  it('the toolbar popup over an unlisted tab: nothing stored for it, and whether the listed sites may be read', async () => {
    fake.tabs.clear();
    fake.tabs.set(9, { id: 9, url: 'https://unlisted.example/', incognito: false, index: 0 });
    const read = await readFirst(new URLSearchParams(''));
    expect(read?.tabId).toBe(9);
    expect(read?.view?.state.platform).toBeNull();
    expect(read?.view?.site).toBeNull();
    expect(read?.access).toBe(true);
  });

  it('the toolbar popup with no active tab: no tab, no view', async () => {
    fake.tabs.clear();
    const read = await readFirst(new URLSearchParams(''));
    expect(read).toMatchObject({ tabId: null, view: null });
  });

  it('an address whose tab id is not a number is not trusted: the active tab is read instead', async () => {
    const asked = watchRequests();
    const read = await readFirst(new URLSearchParams('tabId=7x'));
    expect(asked).toContain('tabs.query');
    expect(read?.tabId).toBe(7);
  });
});
