import { describe, expect, it } from 'vitest';
import { nextTabState, sanitizeTabState, type StoredTabState } from '../../src/core/tab-state';

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
  it.each([null, undefined, 'tab', 42, [], { platform: 7 }, { platform: '' }])('reads %j as empty', (x) => {
    expect(sanitizeTabState(x)).toEqual(empty);
  });
  it('repairs wrong fields one by one', () => {
    expect(sanitizeTabState({ platform: 'x', pageKind: 'weird', uploads: -3, level: 'catastrophic', doc: 5 })).toEqual({
      platform: 'x', pageKind: null, uploads: 0, level: 'none', doc: null,
    });
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
  const { effectiveMode, siteModeOf } = await import('../../src/core/tab-state');
  const { defaultPrefs, withSiteMode } = await import('../../src/core/prefs');
  const listed = nextTabState(empty, 'https://www.instagram.com/sam.example/', 'doc-aaaaaaaa', false);
  it('a private tab’s "Not on this site" quiets only a warning site, only for that tab', () => {
    expect(effectiveMode(defaultPrefs(), 'instagram.com', { ...listed, quietHere: true })).toBe('quiet');
    expect(effectiveMode(withSiteMode(defaultPrefs(), 'instagram.com', 'off'), 'instagram.com', { ...listed, quietHere: true })).toBe('off');
    expect(effectiveMode(defaultPrefs(), 'instagram.com', listed)).toBe('warn');
  });
  it('names the site only on a listed platform, and says whether its mode is the default', () => {
    expect(siteModeOf(defaultPrefs(), 'instagram.com', listed)).toEqual({ site: 'instagram.com', mode: 'warn', isDefault: true });
    expect(siteModeOf(withSiteMode(defaultPrefs(), 'instagram.com', 'quiet'), 'instagram.com', listed)).toEqual({ site: 'instagram.com', mode: 'quiet', isDefault: false });
    expect(siteModeOf(defaultPrefs(), 'example.org', empty)).toEqual({ site: null, mode: 'warn', isDefault: true });
  });
});
