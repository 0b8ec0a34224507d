import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/prefs/v1.json';
import { defaultPrefs, modeFor, readPrefs, withDefaultMode, withSiteMode, MAX_SITES, PREFS_SCHEMA_VERSION } from '../../src/core/prefs';

describe('readPrefs', () => {
  it('gives the defaults when nothing is stored, without asking to save', () => {
    expect(readPrefs(undefined)).toEqual({ prefs: defaultPrefs(), changed: false, keepAside: undefined, newer: false, problems: [] });
  });

  it('reads every released schema version unchanged', () => {
    const r = readPrefs(v1);
    expect(r.prefs).toEqual(v1);
    expect(r.changed).toBe(false);
    expect(r.keepAside).toBeUndefined();
  });

  it('repairs corrupt fields one by one and keeps the original aside', () => {
    const stored = { schemaVersion: 1, defaultMode: 'loud', sites: { 'instagram.com': 'quiet', 'x.com': 'sometimes', '': 'off', ['a'.repeat(300)]: 'off', '<b>': 'off' } };
    const r = readPrefs(stored);
    expect(r.prefs).toEqual({ schemaVersion: 1, defaultMode: 'warn', sites: { 'instagram.com': 'quiet' } });
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
    expect(r.prefs).toEqual({ schemaVersion: 1, defaultMode: 'quiet', sites: { 'x.com': 'off' } });
    expect(r.keepAside).toBe(future);
  });

  it('does not let __proto__ keys pollute anything', () => {
    const r = readPrefs(JSON.parse('{"schemaVersion":1,"defaultMode":"warn","sites":{"__proto__":"off","x.com":"off"}}'));
    expect(r.prefs.sites).toEqual({ 'x.com': 'off' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(modeFor(r.prefs, '__proto__')).toBe('warn');
    expect(modeFor(r.prefs, 'constructor')).toBe('warn');
  });

  it('caps the number of sites', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 10 }, (_, i) => [`s${i}.example`, 'off']));
    expect(Object.keys(readPrefs({ schemaVersion: 1, defaultMode: 'warn', sites }).prefs.sites)).toHaveLength(MAX_SITES);
  });
});

describe('modes', () => {
  it('resolves a site to its own mode, else the default', () => {
    const p = withSiteMode(defaultPrefs(), 'x.com', 'off');
    expect(modeFor(p, 'x.com')).toBe('off');
    expect(modeFor(p, 'instagram.com')).toBe('warn');
    expect(modeFor(p, null)).toBe('warn');
  });
  it('keeps every choice made for a site, even one equal to the default, until the user removes it', () => {
    expect(withSiteMode(defaultPrefs(), 'x.com', 'warn').sites).toEqual({ 'x.com': 'warn' });
    expect(withSiteMode(withSiteMode(defaultPrefs(), 'x.com', 'off'), 'x.com', null).sites).toEqual({});
    expect(readPrefs({ schemaVersion: 1, defaultMode: 'warn', sites: { 'x.com': 'warn' } }).prefs.sites).toEqual({ 'x.com': 'warn' });
  });
  it('changing the default and back keeps every explicit per-site choice (reliability audit D7)', () => {
    const chosen = withSiteMode(withSiteMode(defaultPrefs(), 'x.com', 'off'), 'vk.com', 'warn');
    const there = withDefaultMode(chosen, 'off');
    expect(there).toEqual({ schemaVersion: 1, defaultMode: 'off', sites: { 'x.com': 'off', 'vk.com': 'warn' } });
    const back = withDefaultMode(there, 'warn');
    expect(modeFor(back, 'x.com')).toBe('off');
    expect(modeFor(back, 'vk.com')).toBe('warn');
    expect(back.sites).toEqual(chosen.sites);
  });
  it('never changes the object it was given', () => {
    const p = defaultPrefs();
    withSiteMode(p, 'x.com', 'off');
    withDefaultMode(p, 'off');
    expect(p).toEqual(defaultPrefs());
  });
});
