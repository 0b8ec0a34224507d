import { describe, expect, it } from 'vitest';
import { noticePolicy, policyAfterUpload, policyWithoutShowNow, spentPolicy, type NoticeInput } from '../../src/core/notice';
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

describe('the policy once the notice has shown, or cannot show now', () => {
  const fresh = noticePolicy(base)!;
  const feed = noticePolicy({ ...base, pageKind: 'other' })!;
  it('an upload brings the notice once: the reply says "now" and can bring it no more', () => {
    expect(policyAfterUpload(feed)).toEqual({ policy: { mode: 'warn', onUpload: false, now: true, texts }, showsNow: true });
    const after = policyAfterUpload(feed).policy;
    expect(policyAfterUpload(after)).toEqual({ policy: { mode: 'warn', onUpload: false, now: false, texts }, showsNow: false });
    expect(policyAfterUpload(null)).toEqual({ policy: null, showsNow: false });
  });
  it('an upload where the notice cannot show says neither "now" nor anything new, even from a policy that said "now"', () => {
    const shown = noticePolicy({ ...base, shown: true })!;
    expect(policyAfterUpload({ ...shown, now: true })).toEqual({ policy: { ...shown, now: false }, showsNow: false });
    expect(policyAfterUpload(noticePolicy({ ...base, mode: 'quiet' }))).toEqual({ policy: { mode: 'quiet', onUpload: false, now: false, texts: null }, showsNow: false });
  });
  it('the content script spends a policy it showed the notice from: nothing more shows from it', () => {
    expect(spentPolicy(fresh)).toEqual({ mode: 'warn', onUpload: false, now: false, texts });
  });
  it('a tab that is not loading now is never told to show now, and keeps the rest of its policy', () => {
    expect(policyWithoutShowNow(fresh)).toEqual({ mode: 'warn', onUpload: true, now: false, texts });
    expect(policyWithoutShowNow(null)).toBeNull();
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
