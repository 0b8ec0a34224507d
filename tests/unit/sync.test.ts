/**
 * Sync of modes and pauses: within half of the browsers' quotas, a round trip that loses nothing that fits, and in
 * the worker: off by default, turning it on keeps every choice made here, a later change from another browser is
 * taken, our own write is not mistaken for one, and a quota error keeps the local preferences and says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPrefs, MAX_PAUSES, MAX_SITES, type Prefs } from '../../src/core/prefs';
import { withPause, withSiteMode } from '../../src/core/prefs-edit';
import { applySynced, fromSyncItems, itemBytes, ITEM_BUDGET, joinSynced, SYNC_META, SYNC_PAUSES, syncSitesKey, toSyncItems, TOTAL_BUDGET } from '../../src/core/sync';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;

function manySites(n: number): Prefs {
  const sites = Object.fromEntries(Array.from({ length: n }, (_, i) => [`site-number-${String(i).padStart(5, '0')}.example`, i % 2 ? 'off' : 'quiet'] as const));
  return { ...defaultPrefs(), sites };
}

describe('sync items', () => {
  it('carry the default, every site and the running pauses, and read back the same', () => {
    const p = withPause(withSiteMode(withSiteMode({ ...defaultPrefs(), defaultMode: 'quiet' }, 'x.com', 'off'), 'vk.com', 'warn'), 'instagram.com', NOW + HOUR, NOW);
    const { items, left } = toSyncItems({ ...p, pauses: { ...p.pauses, 'ok.ru': NOW - 1 } }, NOW, NOW);
    expect(left).toBe(0);
    expect(fromSyncItems(items)).toEqual({ updatedAt: NOW, defaultMode: 'quiet', sites: { 'x.com': 'off', 'vk.com': 'warn' }, pauses: { 'instagram.com': NOW + HOUR } });
  });

  it('stay under half the quotas: every item ≤ 4 KB and all ≤ 50 KB, and say how many sites stay on this device', () => {
    const { items, left } = toSyncItems(manySites(3_000), NOW, NOW);
    const sizes = Object.entries(items).map(([k, v]) => itemBytes(k, v));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ITEM_BUDGET);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TOTAL_BUDGET);
    const back = fromSyncItems(items)!;
    expect(Object.keys(back.sites).length + left).toBe(3_000);
    expect(left).toBeGreaterThan(0);
    // a small set fits whole, in as few items as needed
    expect(toSyncItems(manySites(100), NOW, NOW).left).toBe(0);
  });

  it('a corrupt or foreign sync item reads as nothing, or loses only its bad entries', () => {
    expect(fromSyncItems({})).toBeNull();
    expect(fromSyncItems({ [SYNC_META]: 'x' })).toBeNull();
    expect(fromSyncItems({ [SYNC_META]: { format: 2, updatedAt: 1, parts: 0, defaultMode: 'warn' } })).toBeNull();
    const got = fromSyncItems({ [SYNC_META]: { format: 1, updatedAt: 5, parts: 1, defaultMode: 'off' }, 'unscraped.sites.0': { 'x.com': 'off', __proto__: 'off', 'bad site': 'off', 'vk.com': 'LOUD' }, 'unscraped.pauses': { 'x.com': 'soon' } });
    expect(got).toEqual({ updatedAt: 5, defaultMode: 'off', sites: { 'x.com': 'off' }, pauses: {} });
  });

  it('what another browser synced is read within its own count and the limits of this one', () => {
    const meta = (parts: unknown) => ({ format: 1, updatedAt: 5, parts, defaultMode: 'warn' });
    // a part beyond the count is stale (left by a longer write whose clean-up failed): its old modes must not return
    const stale = { [SYNC_META]: meta(1), [syncSitesKey(0)]: { 'x.com': 'off' }, [syncSitesKey(1)]: { 'vk.com': 'off' } };
    expect(fromSyncItems(stale)?.sites).toEqual({ 'x.com': 'off' });
    // a count that is not a whole number of parts reads none
    for (const parts of ['1', 1.5, -1, null]) expect(fromSyncItems({ ...stale, [SYNC_META]: meta(parts) })?.sites, String(parts)).toEqual({});
    // at most 100 parts, however many the count claims
    const many: Record<string, unknown> = { [SYNC_META]: meta(1_000_000) };
    for (let i = 0; i <= 100; i++) many[syncSitesKey(i)] = { [`site-${i}.example`]: 'quiet' };
    const read = fromSyncItems(many)!;
    expect(Object.keys(read.sites)).toHaveLength(100);
    expect(read.sites['site-100.example']).toBeUndefined();
    // at most as many sites and pauses as this browser keeps itself
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 1 }, (_, i) => [`s${i}.example`, 'off']));
    const pauses = Object.fromEntries(Array.from({ length: MAX_PAUSES + 1 }, (_, i) => [`p${i}.example`, NOW + i]));
    const big = fromSyncItems({ [SYNC_META]: meta(1), [syncSitesKey(0)]: sites, [SYNC_PAUSES]: pauses })!;
    expect(Object.keys(big.sites)).toHaveLength(MAX_SITES);
    expect(Object.keys(big.pauses)).toHaveLength(MAX_PAUSES);
    // a pause ends at a real moment: not at or before 1970, nor between milliseconds
    const odd = fromSyncItems({ [SYNC_META]: meta(0), [SYNC_PAUSES]: { 'a.com': 0, 'b.com': -5, 'c.com': 1.5, 'd.com': Number.MAX_SAFE_INTEGER + 2, 'e.com': NOW } })!;
    expect(odd.pauses).toEqual({ 'e.com': NOW });
  });

  it('turning sync on keeps every choice made here; a later change from elsewhere replaces modes and pauses only', () => {
    const here = withSiteMode(withPause(defaultPrefs(), 'x.com', NOW + HOUR, NOW), 'vk.com', 'off');
    const there = { updatedAt: NOW, defaultMode: 'quiet' as const, sites: { 'vk.com': 'warn' as const, 'ok.ru': 'quiet' as const }, pauses: { 'x.com': NOW + 2 * HOUR } };
    expect(joinSynced(here, there)).toMatchObject({ defaultMode: 'warn', sites: { 'vk.com': 'off', 'ok.ru': 'quiet' }, pauses: { 'x.com': NOW + 2 * HOUR } });
    expect(applySynced({ ...here, sync: true }, there)).toEqual({ ...here, sync: true, defaultMode: 'quiet', sites: there.sites, pauses: there.pauses });
  });
});

describe('sync in the worker', () => {
  async function startWorker() {
    vi.resetModules();
    return {
      ...(await import('../../src/background/router')),
      ...(await import('../../src/background/sync')),
      ...(await import('../../src/ext/sync')),
    };
  }
  let w: Awaited<ReturnType<typeof startWorker>>;
  const ask = (m: Record<string, unknown>) => w.handlePageMessage(m as never);
  beforeEach(async () => {
    fake.resetAll();
    w = await startWorker();
  });
  afterEach(() => w.stopSync());

  it('is off by default: a change writes nothing to the sync storage', async () => {
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    await w.flushSyncWrite();
    expect(fake.browser.storage.sync.dump()).toEqual({});
    expect(await ask({ type: 'getSyncStatus' })).toEqual({ on: false, problem: null, left: 0, at: null });
  });

  it('on: joins what another browser synced, writes the result, and later changes follow after a quiet time', async () => {
    await fake.browser.storage.sync.set(toSyncItems(withSiteMode(defaultPrefs(), 'ok.ru', 'quiet'), NOW, NOW).items);
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    const status = (await ask({ type: 'setSync', sync: true })) as { on: boolean; problem: null };
    expect(status).toMatchObject({ on: true, problem: null, left: 0 });
    expect((await ask({ type: 'getPrefs' })) as Prefs).toMatchObject({ sync: true, sites: { 'x.com': 'off', 'ok.ru': 'quiet' } });
    expect(fromSyncItems(fake.browser.storage.sync.dump())?.sites).toEqual({ 'x.com': 'off', 'ok.ru': 'quiet' });

    await ask({ type: 'setSiteMode', site: 'vk.com', mode: 'quiet' });
    expect(fromSyncItems(fake.browser.storage.sync.dump())?.sites).not.toHaveProperty('vk.com'); // not yet: a burst is one write
    await w.flushSyncWrite();
    expect(fromSyncItems(fake.browser.storage.sync.dump())?.sites).toHaveProperty('vk.com', 'quiet');
  });

  it('takes a later change from another browser, and does not take its own write for one', async () => {
    await ask({ type: 'setSync', sync: true });
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    await w.flushSyncWrite();
    await w.onSyncChanged(); // the event of our own write
    expect(((await ask({ type: 'getPrefs' })) as Prefs).sites).toEqual({ 'x.com': 'off' });

    const later = Date.now() + 10_000;
    await fake.browser.storage.sync.set(toSyncItems({ ...defaultPrefs(), defaultMode: 'quiet', sites: { 'vk.com': 'off' } }, later, Date.now()).items);
    await w.onSyncChanged();
    expect((await ask({ type: 'getPrefs' })) as Prefs).toMatchObject({ defaultMode: 'quiet', sites: { 'vk.com': 'off' }, sync: true });
  });

  it('a quota error keeps the local preferences, says so, and clears when a write works again', async () => {
    await ask({ type: 'setSync', sync: true });
    fake.browser.storage.sync.fail('set', new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    await w.flushSyncWrite();
    expect(((await ask({ type: 'getPrefs' })) as Prefs).sites).toEqual({ 'x.com': 'off' });
    expect(await ask({ type: 'getSyncStatus' })).toMatchObject({ on: true, problem: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
    expect(((await ask({ type: 'getHealth' })) as { ok: boolean }).ok).toBe(true); // sync is not the worker's health
    fake.browser.storage.sync.fail('set', null);
    await ask({ type: 'setSiteMode', site: 'vk.com', mode: 'off' });
    await w.flushSyncWrite();
    expect(await ask({ type: 'getSyncStatus' })).toMatchObject({ on: true, problem: null });
  });

  it('off again: nothing more is written, and the local preferences stay', async () => {
    await ask({ type: 'setSync', sync: true });
    await ask({ type: 'setSync', sync: false });
    const before = structuredClone(fake.browser.storage.sync.dump());
    await ask({ type: 'setSiteMode', site: 'x.com', mode: 'off' });
    await w.flushSyncWrite();
    expect(fake.browser.storage.sync.dump()).toEqual(before);
    expect(((await ask({ type: 'getPrefs' })) as Prefs).sites).toEqual({ 'x.com': 'off' });
  });
});
