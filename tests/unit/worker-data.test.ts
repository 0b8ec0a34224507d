/**
 * Your data: export everything to one file (the options page reads storage), erase everything (the worker: storage,
 * the synced copy, alarms, the badge), and import the file back with everything restored (the page merges, the worker
 * writes); a hostile file changes nothing and says why; a write that fails imports nothing; a change made while an
 * import merges is not lost; the worker writes nothing a page forged.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');
const { putTab } = await import('../support/worker-tabs');
/** What the page sends the worker, before the worker sees it (a test may act in between). */
let beforeWorker: (m: Record<string, unknown>) => Promise<void> = async () => undefined;
// the page's messages reach the worker's router through its gate, as runtime.sendMessage would take them
vi.mock('../../src/ext/messaging', () => ({
  askWorker: async (type: string, payload: Record<string, unknown>) => {
    const m = { type, ...payload };
    await beforeWorker(m);
    return (await w.handlePageMessage(m as never)) ?? undefined;
  },
}));
const { exportFile, importFile } = await import('../../src/ext/backup');

async function startWorker() {
  vi.resetModules();
  return {
    ...(await import('../../src/background/router')),
    ...(await import('../../src/background/tabs')),
    ...(await import('../../src/ext/sync')),
    RECEIVER: (await import('../../src/core/protocol/content')).RECEIVER,
  };
}
let w: Awaited<ReturnType<typeof startWorker>>;
const ask = (m: Record<string, unknown>) => w.handlePageMessage(m as never);
const local = () => fake.browser.storage.local.dump();
const put = putTab;

beforeEach(async () => {
  beforeWorker = async () => undefined;
  fake.resetAll();
  w = await startWorker();
  (globalThis as Record<string, unknown>)[w.RECEIVER] = () => ({ doc: 'doc-aaaaaaaa', shown: false });
});

/** A browser someone has used: choices, a pause, details, two requests (one overdue), a profile marked as theirs. */
async function used() {
  await ask({ type: 'setDefaultMode', mode: 'quiet' });
  await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
  await ask({ type: 'setPause', site: 'vk.com', until: Date.now() + 3_600_000 });
  await ask({ type: 'saveDetails', details: { name: 'Sam Example', email: 'sam@example.org', country: 'NL' } });
  await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-01-05' });
  await ask({ type: 'logRequest', scraper: 'pimeyes', kind: 'erasure', law: 'gdpr', channel: 'webform', sentOn: '2026-01-06' });
  put(1, 'https://www.instagram.com/sam.example/');
  await ask({ type: 'markProfile', tabId: 1, mine: true });
}

describe('export, erase, import', () => {
  it('gives everything back after an erase', async () => {
    await used();
    const before = structuredClone(local());
    const { text, fileName } = await exportFile();
    expect(fileName).toMatch(/^unscraped-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'unscraped-export', schemaVersion: 1, extensionVersion: '0.1.0' });

    expect(await ask({ type: 'eraseAll', confirm: 'erase everything' })).toEqual({ erased: Object.keys(before).length });
    expect(local()).toEqual({});
    expect(await ask({ type: 'getDetails' })).toBeNull();
    expect(((await ask({ type: 'listRequests' })) as { requests: unknown[] }).requests).toEqual([]);
    expect(fake.alarms.size).toBe(0);
    expect(fake.shownBadge(99)).toBe(''); // no overdue count left on the toolbar

    const r = (await importFile(text)) as { report: { taken: { code: string }[]; skipped: { code: string }[] } };
    const codes = r.report.taken.map((l) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['default-taken', 'site-taken', 'pause-taken', 'details-taken', 'request-taken', 'profile-taken']));
    for (const k of ['prefs', 'details', 'requests', 'exposure'] as const) {
      const keep = (v: unknown) => (k === 'prefs' ? { ...(v as object), sync: false } : v);
      expect(local()[k], k).toEqual(keep(before[k]));
    }
    // the worker follows: an overdue count again, and the pause alarm
    expect(fake.shownBadge(99)).toBe('2');
    expect(fake.alarms.has('unscraped-pause')).toBe(true);
  });

  it('an import merges with what is here and says what it did not take, and why', async () => {
    await used();
    const { text } = await exportFile();
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'warn' });
    const r = (await importFile(text)) as { report: { taken: { code: string }[]; skipped: { code: string; args: string[]; why?: string }[] } };
    expect(r.report.taken).toEqual([]);
    expect(r.report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'site-kept-here', args: ['x.com', 'warn', 'off'] })]));
    expect((local().prefs as { sites: object }).sites).toEqual({ 'x.com': 'warn' });
  });

  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['another file', '{"some":"thing"}', 'not-an-export'],
    ['a newer format', JSON.stringify({ format: 'unscraped-export', schemaVersion: 99, exportedAt: '', extensionVersion: '9', items: {}, keptAside: [] }), 'newer-export'],
  ])('a file that is %s changes nothing and says why', async (_n, text, code) => {
    await used();
    const before = structuredClone(local());
    expect(await importFile(text)).toMatchObject({ error: { code } });
    expect(local()).toEqual(before);
  });

  it('a write that fails imports nothing, and says so', async () => {
    await used();
    const { text } = await exportFile();
    await ask({ type: 'eraseAll', confirm: 'erase everything' });
    fake.browser.storage.local.fail('set', new Error('QUOTA_BYTES quota exceeded'));
    expect(await importFile(text)).toMatchObject({ error: { code: 'write-failed', args: ['QUOTA_BYTES quota exceeded'] } });
    fake.browser.storage.local.fail('set', null);
    expect(local()).toEqual({});
  });

  it('erasing also removes our synced items (not those of others) and stops syncing', async () => {
    await used();
    await ask({ type: 'setSync', sync: true });
    expect(Object.keys(fake.browser.storage.sync.dump()).length).toBeGreaterThan(0);
    await fake.browser.storage.sync.set({ 'other.key': 1 });
    await ask({ type: 'eraseAll', confirm: 'erase everything' });
    expect(fake.browser.storage.sync.dump()).toEqual({ 'other.key': 1 });
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    await w.flushSyncWrite();
    expect(fake.browser.storage.sync.dump()).toEqual({ 'other.key': 1 });
  });
});

describe('an import while something else changes, and forged writes', () => {
  it('a choice made while the file is being merged is kept: the page merges again and the import still lands', async () => {
    await used();
    const { text } = await exportFile();
    await ask({ type: 'eraseAll', confirm: 'erase everything' });
    let first = true;
    beforeWorker = async (m) => {
      if (m.type !== 'applyImport' || !first) return;
      first = false;
      await ask({ type: 'setSiteMode', site: 'x.com', mode: 'quiet' }); // the user, in the popup, meanwhile
    };
    const r = (await importFile(text)) as { report: { skipped: { code: string; args: string[] }[] } };
    expect(first).toBe(false);
    expect((local().prefs as { sites: Record<string, string> }).sites['x.com']).toBe('quiet');
    expect(r.report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'site-kept-here', args: ['x.com', 'quiet', 'off'] })]));
    expect(local().details).toMatchObject({ name: 'Sam Example' });
    expect(((await ask({ type: 'listRequests' })) as { requests: unknown[] }).requests).toHaveLength(2);
  });

  it('when storage keeps changing, it stops after a few tries and says nothing was imported', async () => {
    await used();
    const { text } = await exportFile();
    await ask({ type: 'eraseAll', confirm: 'erase everything' });
    let n = 0;
    beforeWorker = async (m) => {
      if (m.type === 'applyImport') await ask({ type: 'setSiteMode', site: `site${++n}.example`, mode: 'quiet' });
    };
    expect(await importFile(text)).toMatchObject({ error: { code: 'write-failed' } });
    expect(n).toBe(3);
    expect(local().details).toBeUndefined();
  });

  it.each([
    ['a key Unscraped does not store', { other: 1 }],
    ['preferences that are not preferences', { prefs: 'off' }],
    ['preferences from a newer Unscraped', { prefs: { schemaVersion: 99 } }],
    ['a kept-aside copy that is not one', { 'prefs.keptAside.0123abcd': { item: 'details', at: '', value: 1 } }],
    ['good details beside a bad item', { details: { schemaVersion: 1, name: 'X', email: 'x@example.org', country: 'NL' }, requests: [] }],
  ])('the worker writes nothing from a page that sends %s', async (_n, writes) => {
    await used();
    const before = structuredClone(local());
    const basis = (await import('../../src/core/data/apply')).storageBasis(before);
    expect(await ask({ type: 'applyImport', writes, basis })).toMatchObject({ error: 'refused' });
    expect(local()).toEqual(before);
  });

  it('a choice saved while the worker checks and writes an import is not overwritten by it', async () => {
    await used();
    const before = structuredClone(local());
    const { storageBasis } = await import('../../src/core/data/apply');
    const prefs = { ...(before.prefs as object), defaultMode: 'off' };
    fake.browser.storage.local.slow(15); // every storage call takes a while, as on a busy disk
    const importing = ask({ type: 'applyImport', writes: { prefs }, basis: storageBasis(before) });
    const choosing = ask({ type: 'setSiteMode', site: 'vk.com', mode: 'quiet' });
    await Promise.all([importing, choosing]);
    fake.browser.storage.local.slow(0);
    const after = local().prefs as { defaultMode: string; sites: Record<string, string> };
    expect(after.sites['vk.com']).toBe('quiet');
    expect(after.defaultMode).toBe('off');
  });

  it('the worker writes nothing when storage is not what the page merged with', async () => {
    await used();
    const before = structuredClone(local());
    const prefs = { ...(before.prefs as object), defaultMode: 'off' };
    expect(await ask({ type: 'applyImport', writes: { prefs }, basis: '1:00000000' })).toMatchObject({ error: 'changed' });
    expect(local()).toEqual(before);
    const { storageBasis } = await import('../../src/core/data/apply');
    expect(await ask({ type: 'applyImport', writes: { prefs }, basis: storageBasis(before) })).toEqual({ written: 1 });
    expect((local().prefs as { defaultMode: string }).defaultMode).toBe('off');
  });
});
