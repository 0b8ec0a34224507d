import { describe, expect, it } from 'vitest';
import { nextTabState } from '../../src/core/tab-derive';
import { sanitizeTabState, type StoredTabState } from '../../src/core/tab-state';

const NOW = Date.UTC(2026, 10, 28, 12);
const empty: StoredTabState = { platform: null, pageKind: null, uploads: 0, level: 'none', doc: null };

describe('nextTabState', () => {
  it('classifies the page and sets the level', () => {
    expect(nextTabState(empty, 'https://www.instagram.com/sam.example/', 'doc-aaaaaaaa', false)).toEqual({
      platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium', doc: 'doc-aaaaaaaa',
    });
  });
  it('counts uploads within one document, across single-page navigation', () => {
    let s = nextTabState(empty, 'https://www.instagram.com/', 'doc-aaaaaaaa', false);
    s = nextTabState(s, 'https://www.instagram.com/', 'doc-aaaaaaaa', true);
    s = nextTabState(s, 'https://www.instagram.com/sam.example/', 'doc-aaaaaaaa', false);
    expect(s).toMatchObject({ pageKind: 'profile', uploads: 1, level: 'high' });
  });
  it('starts counting again on a full page load', () => {
    let s = nextTabState(empty, 'https://www.instagram.com/', 'doc-aaaaaaaa', true);
    s = nextTabState(s, 'https://www.instagram.com/', 'doc-bbbbbbbb', false);
    expect(s.uploads).toBe(0);
  });
  it('is empty for an unlisted page, even after an upload', () => {
    expect(nextTabState(empty, 'https://example.org/', 'doc-aaaaaaaa', true)).toEqual(empty);
  });
});

describe('sanitizeTabState', () => {
  // a platform id longer than any in the registry is no platform
  it.each([null, undefined, 'tab', 42, [], { platform: 7 }, { platform: '' }, { platform: 'p'.repeat(65) }])('reads %j as empty', (x) => {
    expect(sanitizeTabState(x)).toEqual(empty);
  });
  it('repairs wrong fields one by one', () => {
    expect(sanitizeTabState({ platform: 'x', pageKind: 'weird', uploads: -3, level: 'catastrophic', doc: 5 })).toEqual({
      platform: 'x', pageKind: null, uploads: 0, level: 'none', doc: null,
    });
  });
  it('reads back whole what the worker wrote, private flags and receipt included', () => {
    const full: StoredTabState = { platform: 'instagram', pageKind: 'profile', uploads: 2, level: 'high', doc: 'mi3x2k7a-0p4k2n1v9d', shownHere: true, quietHere: true, modeHere: 'off', held: true };
    expect(sanitizeTabState(JSON.parse(JSON.stringify(full)))).toEqual(full);
    // the longest platform id and document id it keeps
    const long = { ...full, platform: 'p'.repeat(64), doc: 'd'.repeat(64) };
    expect(sanitizeTabState(long)).toEqual(long);
  });
  it.each([
    ['an upload count between whole numbers', { uploads: 1.5 }, { uploads: 0 }],
    ['an endless upload count', { uploads: Infinity }, { uploads: 0 }],
    ['an upload count in words', { uploads: '3' }, { uploads: 0 }],
    ['a document id longer than any the script makes', { doc: 'd'.repeat(65) }, { doc: null }],
    ['flags that are not true', { shownHere: 'yes', quietHere: 1, held: 'true' }, {}],
    ['a mode that is not one', { modeHere: 'LOUD' }, {}],
  ])('drops %s', (_n, bad, want) => {
    const base = { platform: 'instagram', pageKind: 'profile', uploads: 2, level: 'high', doc: 'mi3x2k7a-0p4k2n1v9d' };
    expect(sanitizeTabState({ ...base, ...bad })).toEqual({ ...base, ...want });
  });
});

describe('nextTabState and modes', () => {
  it('counts nothing and shows no level when the site is off, but still knows the platform', () => {
    const s = nextTabState(empty, 'https://www.instagram.com/sam.example/', 'doc-aaaaaaaa', true, 'off');
    expect(s).toMatchObject({ platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'none' });
  });
  it('keeps a private tab’s notice flags while it stays on the platform, and drops them when it leaves', () => {
    const s = { ...nextTabState(empty, 'https://www.instagram.com/', 'doc-aaaaaaaa', false), shownHere: true, quietHere: true };
    expect(nextTabState(s, 'https://www.instagram.com/sam.example/', 'doc-bbbbbbbb', false)).toMatchObject({ shownHere: true, quietHere: true });
    expect(nextTabState(s, 'https://x.com/sam', 'doc-bbbbbbbb', false)).not.toHaveProperty('shownHere');
  });
});

describe('effectiveMode and siteModeOf', async () => {
  const { effectiveMode } = await import('../../src/core/tab-state');
  const { siteModeOf } = await import('../../src/core/site-mode');
  const { defaultPrefs } = await import('../../src/core/prefs');
  const { withSiteMode } = await import('../../src/core/prefs-edit');
  const listed = nextTabState(empty, 'https://www.instagram.com/sam.example/', 'doc-aaaaaaaa', false);
  it('a private tab’s "Not on this site" quiets only a warning site, only for that tab', () => {
    expect(effectiveMode(defaultPrefs(), 'instagram.com', { ...listed, quietHere: true }, NOW)).toBe('quiet');
    expect(effectiveMode(withSiteMode(defaultPrefs(), 'instagram.com', 'off'), 'instagram.com', { ...listed, quietHere: true }, NOW)).toBe('off');
    expect(effectiveMode(defaultPrefs(), 'instagram.com', listed, NOW)).toBe('warn');
  });
  it('names the site only on a listed platform, and says whether its mode is the default', () => {
    expect(siteModeOf(defaultPrefs(), 'instagram.com', listed, false, NOW)).toEqual({ site: 'instagram.com', mode: 'warn', isDefault: true });
    expect(siteModeOf(withSiteMode(defaultPrefs(), 'instagram.com', 'quiet'), 'instagram.com', listed, false, NOW)).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    expect(siteModeOf(defaultPrefs(), 'example.org', empty, false, NOW)).toEqual({ site: null, mode: 'warn', isDefault: true });
  });
  it('a running pause makes the site off and says until when; once it ends the site’s own mode is back', async () => {
    const { withPause } = await import('../../src/core/prefs-edit');
    const paused = withPause(withSiteMode(defaultPrefs(), 'instagram.com', 'quiet'), 'instagram.com', NOW + 3_600_000, NOW);
    expect(siteModeOf(paused, 'instagram.com', listed, false, NOW)).toEqual({ site: 'instagram.com', mode: 'off', isDefault: false, pausedUntil: NOW + 3_600_000 });
    expect(siteModeOf(paused, 'instagram.com', listed, false, NOW + 3_600_000)).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    // a mode chosen in a private tab is that tab's own: a pause elsewhere does not override it
    expect(effectiveMode(paused, 'instagram.com', { ...listed, modeHere: 'warn' }, NOW)).toBe('warn');
  });
});
