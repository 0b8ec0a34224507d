import { describe, expect, it } from 'vitest';
import { noticePolicy, type NoticeInput } from '../../src/core/notice';
import { parsePolicy } from '../../src/core/protocol/content';

const texts = { brand: 'Unscraped', profile: 'Profile sentence.', upload: 'Upload sentence.', explain: 'What can I do?', notHere: 'Not on this site', dismiss: 'Dismiss' };
const base: NoticeInput = { platform: 'instagram', pageKind: 'profile', mode: 'warn', shown: false, documented: true, texts };

describe('noticePolicy', () => {
  it('shows on a profile page and on an upload, in warn mode, once per session', () => {
    expect(noticePolicy(base)).toEqual({ mode: 'warn', now: true, onUpload: true, texts });
    expect(noticePolicy({ ...base, pageKind: 'other' })).toMatchObject({ now: false, onUpload: true });
    expect(noticePolicy({ ...base, shown: true })).toEqual({ mode: 'warn', now: false, onUpload: false, texts: null });
  });
  it('never shows in quiet or off mode, and sends no words then', () => {
    expect(noticePolicy({ ...base, mode: 'quiet' })).toEqual({ mode: 'quiet', now: false, onUpload: false, texts: null });
    expect(noticePolicy({ ...base, mode: 'off' })).toEqual({ mode: 'off', now: false, onUpload: false, texts: null });
  });
  it('never shows for a platform with no documented scraper', () => {
    expect(noticePolicy({ ...base, documented: false, texts: null })).toMatchObject({ now: false, onUpload: false });
  });
  it('is null off the listed platforms', () => {
    expect(noticePolicy({ ...base, platform: null })).toBeNull();
  });
});

describe('parsePolicy (the content script’s check of what the worker hands it)', () => {
  it('accepts a well-formed policy', () => {
    expect(parsePolicy({ mode: 'warn', now: true, onUpload: true, texts })).toEqual({ mode: 'warn', now: true, onUpload: true, texts });
  });
  it('never shows without words', () => {
    expect(parsePolicy({ mode: 'warn', now: true, onUpload: true, texts: null })).toEqual({ mode: 'warn', now: false, onUpload: false, texts: null });
  });
  it.each([
    ['a bad mode', { mode: 'loud', now: false, onUpload: false, texts: null }],
    ['a missing text', { mode: 'warn', now: true, onUpload: true, texts: { ...texts, dismiss: undefined } }],
    ['an empty text', { mode: 'warn', now: true, onUpload: true, texts: { ...texts, brand: '' } }],
    ['a huge text', { mode: 'warn', now: true, onUpload: true, texts: { ...texts, profile: 'x'.repeat(10_000) } }],
    ['a string for a flag', { mode: 'warn', now: 'yes', onUpload: true, texts }],
    ['not an object', 'warn'],
  ])('rejects %s', (_n, x) => {
    expect(parsePolicy(x)).toBeNull();
  });
  it('drops keys it does not know', () => {
    const p = parsePolicy({ mode: 'warn', now: false, onUpload: true, texts: { ...texts, evil: '<img>' }, extra: 1 });
    expect(p).toEqual({ mode: 'warn', now: false, onUpload: true, texts });
  });
});
