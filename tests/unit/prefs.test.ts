import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/prefs/v1.json';
import v2 from '../fixtures/prefs/v2.json';
import { defaultPrefs, modeFor, readPrefs, MAX_PAUSE_MS, MAX_PAUSES, MAX_SITES, PREFS_SCHEMA_VERSION } from '../../src/core/prefs';
import { endedPauses, nextPauseEnd, withDefaultMode, withPause, withSiteMode, withoutEndedPauses } from '../../src/core/prefs-edit';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('readPrefs', () => {
  it('gives the defaults when nothing is stored, without asking to save', () => {
    expect(readPrefs(undefined)).toEqual({ prefs: defaultPrefs(), changed: false, keepAside: undefined, newer: false, problems: [] });
  });

  it('reads the current schema version unchanged', () => {
    const r = readPrefs(v2);
    expect(r.prefs).toEqual(v2);
    expect(r.changed).toBe(false);
    expect(r.keepAside).toBeUndefined();
  });

  it('migrates every released version and loses nothing: version 1 keeps its default and every site, with no pause and sync off', () => {
    const r = readPrefs(structuredClone(v1));
    expect(r.prefs).toEqual({ ...v1, schemaVersion: 2, pauses: {}, sync: false });
    expect(r.changed).toBe(true); // saved once in the new shape
    expect(r.keepAside).toBeUndefined(); // nothing was wrong with it
    expect(r.problems).toEqual([]);
    // and the migrated value reads back as itself
    expect(readPrefs(r.prefs)).toMatchObject({ prefs: r.prefs, changed: false });
  });

  it('repairs corrupt fields one by one and keeps the original aside', () => {
    const stored = { schemaVersion: 1, defaultMode: 'loud', sites: { 'instagram.com': 'quiet', 'x.com': 'sometimes', '': 'off', ['a'.repeat(300)]: 'off', '<b>': 'off' } };
    const r = readPrefs(stored);
    expect(r.prefs).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: { 'instagram.com': 'quiet' }, pauses: {}, sync: false });
    expect(r.changed).toBe(true);
    expect(r.keepAside).toBe(stored);
    expect(r.problems.length).toBeGreaterThanOrEqual(4);
  });

  it.each([['a string', 'warn'], ['an array', ['warn']], ['a number', 7], ['no version', { defaultMode: 'off' }], ['version zero', { schemaVersion: 0 }], ['a bad version', { schemaVersion: '1' }]])(
    'keeps %s aside and starts from the defaults', (_n, stored) => {
      const r = readPrefs(stored);
      expect(r.prefs).toEqual(defaultPrefs());
      expect(r.keepAside).toEqual(stored);
      expect(r.changed).toBe(true);
    });

  it('reads what it understands of a newer version, and keeps the newer data aside', () => {
    const future = { schemaVersion: PREFS_SCHEMA_VERSION + 1, defaultMode: 'quiet', sites: { 'x.com': 'off' }, newThing: { a: 1 } };
    const r = readPrefs(future);
    expect(r.prefs).toEqual({ schemaVersion: 2, defaultMode: 'quiet', sites: { 'x.com': 'off' }, pauses: {}, sync: false });
    expect(r.keepAside).toBe(future);
  });

  it('does not let __proto__ keys pollute anything', () => {
    const r = readPrefs(JSON.parse('{"schemaVersion":1,"defaultMode":"warn","sites":{"__proto__":"off","x.com":"off"}}'));
    expect(r.prefs.sites).toEqual({ 'x.com': 'off' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(modeFor(r.prefs, '__proto__', NOW)).toBe('warn');
    expect(modeFor(r.prefs, 'constructor', NOW)).toBe('warn');
  });

  it.each([
    ['sites that are not a table', { sites: 'x.com' }, { sites: {} }],
    ['sites that are a list', { sites: [['x.com', 'off']] }, { sites: {} }],
    ['pauses that are not a table', { pauses: 5 }, { pauses: {} }],
    ['pauses that are a list', { pauses: [NOW] }, { pauses: {} }],
    ['a pause that ends between milliseconds', { pauses: { 'x.com': NOW + 0.5 } }, { pauses: {} }],
    ['a pause that ends at 1970', { pauses: { 'x.com': 0 } }, { pauses: {} }],
    ['a sync switch in words', { sync: 'yes' }, { sync: false }],
  ])('repairs %s in a current record, saves the repair and keeps the original aside', (_n, bad, want) => {
    const stored = { ...v2, ...bad };
    const r = readPrefs(stored);
    expect(r.prefs).toEqual({ ...v2, ...want });
    expect(r.changed).toBe(true);
    expect(r.keepAside).toBe(stored);
    expect(r.problems).not.toEqual([]);
  });

  it('caps the number of pauses, keeping the first it reads', () => {
    const pauses = Object.fromEntries(Array.from({ length: MAX_PAUSES + 1 }, (_, i) => [`p${i}.example`, NOW + i + 1]));
    const r = readPrefs({ ...v2, pauses });
    expect(Object.keys(r.prefs.pauses)).toHaveLength(MAX_PAUSES);
    expect(r.prefs.pauses[`p${MAX_PAUSES}.example`]).toBeUndefined();
    expect(r.changed).toBe(true);
  });

  it('caps the number of sites', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 10 }, (_, i) => [`s${i}.example`, 'off']));
    expect(Object.keys(readPrefs({ schemaVersion: 1, defaultMode: 'warn', sites }).prefs.sites)).toHaveLength(MAX_SITES);
    expect(readPrefs({ ...v2, sites }).changed).toBe(true);
  });
});

describe('pauses', () => {
  const HOUR = 3_600_000;
  it('a pause makes its site off until it ends, then the site’s own mode applies again', () => {
    const p = withPause(withSiteMode(defaultPrefs(), 'x.com', 'quiet'), 'x.com', NOW + HOUR, NOW);
    expect(modeFor(p, 'x.com', NOW)).toBe('off');
    expect(modeFor(p, 'x.com', NOW + HOUR - 1)).toBe('off');
    expect(modeFor(p, 'x.com', NOW + HOUR)).toBe('quiet');
    expect(modeFor(p, 'vk.com', NOW)).toBe('warn');
    expect(p.sites).toEqual({ 'x.com': 'quiet' }); // the pause does not touch the choice
  });
  it('ends early when removed, is capped at a week, and ignores an end already past', () => {
    const p = withPause(defaultPrefs(), 'x.com', NOW + HOUR, NOW);
    expect(withPause(p, 'x.com', null, NOW).pauses).toEqual({});
    expect(withPause(defaultPrefs(), 'x.com', NOW + 30 * 24 * HOUR, NOW).pauses).toEqual({ 'x.com': NOW + MAX_PAUSE_MS });
    expect(withPause(defaultPrefs(), 'x.com', NOW - 1, NOW).pauses).toEqual({});
  });
  it('knows the next end, which pauses have ended, and drops them', () => {
    let p = withPause(defaultPrefs(), 'x.com', NOW + 2 * HOUR, NOW);
    p = withPause(p, 'vk.com', NOW + HOUR, NOW);
    expect(nextPauseEnd(p, NOW)).toBe(NOW + HOUR);
    expect(endedPauses(p, NOW + HOUR)).toEqual(['vk.com']);
    expect(withoutEndedPauses(p, NOW + HOUR).pauses).toEqual({ 'x.com': NOW + 2 * HOUR });
    expect(withoutEndedPauses(p, NOW)).toBe(p);
    expect(nextPauseEnd(p, NOW + 2 * HOUR)).toBeNull();
  });
  it('drops a corrupt pause and keeps the rest', () => {
    const stored = { ...v2, pauses: { 'x.com': NOW, 'vk.com': 'soon', bad: NOW, 'ok.ru': -5 } };
    const r = readPrefs(stored);
    expect(r.prefs.pauses).toEqual({ 'x.com': NOW });
    expect(r.keepAside).toBe(stored);
  });
});

describe('modes', () => {
  it('resolves a site to its own mode, else the default', () => {
    const p = withSiteMode(defaultPrefs(), 'x.com', 'off');
    expect(modeFor(p, 'x.com', NOW)).toBe('off');
    expect(modeFor(p, 'instagram.com', NOW)).toBe('warn');
    expect(modeFor(p, null, NOW)).toBe('warn');
  });
  it('keeps every choice made for a site, even one equal to the default, until the user removes it', () => {
    expect(withSiteMode(defaultPrefs(), 'x.com', 'warn').sites).toEqual({ 'x.com': 'warn' });
    expect(withSiteMode(withSiteMode(defaultPrefs(), 'x.com', 'off'), 'x.com', null).sites).toEqual({});
    expect(readPrefs({ schemaVersion: 1, defaultMode: 'warn', sites: { 'x.com': 'warn' } }).prefs.sites).toEqual({ 'x.com': 'warn' });
  });
  it('changing the default and back keeps every explicit per-site choice (reliability audit D7)', () => {
    const chosen = withSiteMode(withSiteMode(defaultPrefs(), 'x.com', 'off'), 'vk.com', 'warn');
    const there = withDefaultMode(chosen, 'off');
    expect(there).toEqual({ schemaVersion: 2, defaultMode: 'off', sites: { 'x.com': 'off', 'vk.com': 'warn' }, pauses: {}, sync: false });
    const back = withDefaultMode(there, 'warn');
    expect(modeFor(back, 'x.com', NOW)).toBe('off');
    expect(modeFor(back, 'vk.com', NOW)).toBe('warn');
    expect(back.sites).toEqual(chosen.sites);
  });
  it('never changes the object it was given', () => {
    const p = defaultPrefs();
    withSiteMode(p, 'x.com', 'off');
    withDefaultMode(p, 'off');
    expect(p).toEqual(defaultPrefs());
  });
});
