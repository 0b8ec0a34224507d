import { describe, expect, it } from 'vitest';
import { noticePolicy, type NoticeInput } from '../../src/core/notice';

const base: NoticeInput = { platform: 'instagram', pageKind: 'profile', mode: 'warn', shown: false, documented: true, platformName: 'Instagram', scrapers: ['Clearview AI'] };

describe('noticePolicy', () => {
  it('shows on a profile page and on an upload, in warn mode, once per session', () => {
    expect(noticePolicy(base)).toMatchObject({ now: true, onUpload: true });
    expect(noticePolicy({ ...base, pageKind: 'other' })).toMatchObject({ now: false, onUpload: true });
    expect(noticePolicy({ ...base, shown: true })).toMatchObject({ now: false, onUpload: false });
  });
  it('never shows in quiet or off mode', () => {
    expect(noticePolicy({ ...base, mode: 'quiet' })).toMatchObject({ now: false, onUpload: false, mode: 'quiet' });
    expect(noticePolicy({ ...base, mode: 'off' })).toMatchObject({ now: false, onUpload: false, mode: 'off' });
  });
  it('never shows for a platform with no documented scraper', () => {
    expect(noticePolicy({ ...base, documented: false, scrapers: [] })).toMatchObject({ now: false, onUpload: false });
  });
  it('is null off the listed platforms', () => {
    expect(noticePolicy({ ...base, platform: null })).toBeNull();
  });
});
