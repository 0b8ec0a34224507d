import { describe, expect, it } from 'vitest';
import {
  emptyExposure, exposedPlatforms, isMyProfile, readExposure, withCountUploads, withProfile, withUploadCounted, withoutProfile, type Exposure,
} from '../../src/core/user/exposure';
import v1 from '../fixtures/exposure/v1.json';

const mine = (platform: string, handle: string) => ({ platform, handle, markedOn: '2026-11-28' });

describe('readExposure', () => {
  it('reads nothing stored as empty, without asking to save', () => {
    expect(readExposure(undefined)).toEqual({ value: emptyExposure(), changed: false, keepAside: undefined, newer: false, problems: [] });
  });
  it('reads every released version and loses nothing (fixture v1)', () => {
    expect(readExposure(structuredClone(v1))).toMatchObject({ value: v1, changed: false, keepAside: undefined, problems: [] });
  });
  it('drops what it cannot read, keeps the rest, and keeps the original aside', () => {
    const stored = { ...v1, profiles: [...v1.profiles, { platform: 'x', handle: '<b>', markedOn: '2026-11-28' }, 'junk'], uploads: { ...v1.uploads, 'Bad Id': 3, vk: -1 } };
    const r = readExposure(stored);
    expect(r.value).toEqual(v1);
    expect(r.keepAside).toBe(stored);
    expect(r.problems.length).toBe(4);
  });
  it('never keeps upload counts the user did not agree to keep', () => {
    const r = readExposure({ ...v1, countUploads: false });
    expect(r.value.uploads).toEqual({});
    expect(r.changed).toBe(true);
  });
  it('keeps a newer version aside and reads what it understands', () => {
    const r = readExposure({ ...v1, schemaVersion: 2, more: true });
    expect(r.newer).toBe(true);
    expect(r.value.profiles).toEqual(v1.profiles);
  });
});

describe('changes', () => {
  it('marks a profile once (same handle in another case is the same profile), and unmarks it', () => {
    let e: Exposure = withProfile(emptyExposure(), mine('instagram', 'Sam.Example'));
    e = withProfile(e, { ...mine('instagram', 'sam.example'), markedOn: '2026-12-01' });
    expect(e.profiles).toEqual([mine('instagram', 'Sam.Example')]);
    expect(isMyProfile(e, 'instagram', 'sam.example')).toBe(true);
    expect(isMyProfile(e, 'x', 'sam.example')).toBe(false);
    expect(withoutProfile(e, 'instagram', 'SAM.EXAMPLE').profiles).toEqual([]);
  });
  it('counts uploads only after a yes, and forgets every count on a no', () => {
    let e = withUploadCounted(emptyExposure(), 'facebook');
    expect(e.uploads).toEqual({});
    e = withUploadCounted(withUploadCounted(withCountUploads(e, true), 'facebook'), 'facebook');
    expect(e.uploads).toEqual({ facebook: 2 });
    expect(withCountUploads(e, false)).toMatchObject({ countUploads: false, uploads: {} });
  });
  it('lists the platforms with a profile or uploads, in the registry’s order', () => {
    const e = withUploadCounted(withCountUploads(withProfile(emptyExposure(), mine('x', 'sam')), true), 'instagram');
    expect(exposedPlatforms(e, ['instagram', 'facebook', 'x'])).toEqual(['instagram', 'x']);
  });
});
