/**
 * My exposure: the profiles the user marked as their own ("This is my profile": platform and handle only), and, only
 * if they said yes when asked, how many photos they chose to upload on each listed platform (platform and a count;
 * never a URL, a file name or an image). Stored in `storage.local` under `exposure` by the worker only, read through
 * `readExposure` (shaped like `readPrefs`): repaired entry by entry, and what cannot be read whole is kept aside.
 */
import { openStored, type StoredRead } from '../stored';

export const EXPOSURE_KEY = 'exposure';
export const EXPOSURE_SCHEMA_VERSION = 1;
export const MAX_PROFILES = 200;
const MAX_COUNT = 1_000_000;

export interface MyProfile {
  /** a registry platform id */
  platform: string;
  /** the handle or numeric id the platform's profile address names, as the classifier read it */
  handle: string;
  /** the day it was marked (ISO) */
  markedOn: string;
}

export interface Exposure {
  schemaVersion: typeof EXPOSURE_SCHEMA_VERSION;
  profiles: MyProfile[];
  /** whether to count uploads per platform: null until the user answers the one question about it */
  countUploads: boolean | null;
  /** per platform id: photos the user chose to upload there while counting was on */
  uploads: Record<string, number>;
}

export function emptyExposure(): Exposure {
  return { schemaVersion: EXPOSURE_SCHEMA_VERSION, profiles: [], countUploads: null, uploads: {} };
}

const PLATFORM = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** what a classifier capture can be: letters, digits, `_ . -`, and `@` or `~` in some platforms' forms */
const HANDLE = /^[\p{L}\p{N}_.@~-]{1,100}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const isPlatformId = (x: unknown): x is string => typeof x === 'string' && PLATFORM.test(x);
export const isHandle = (x: unknown): x is string => typeof x === 'string' && HANDLE.test(x);

function readProfile(x: unknown): MyProfile | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const r = x as Record<string, unknown>;
  if (!isPlatformId(r.platform) || !isHandle(r.handle) || typeof r.markedOn !== 'string' || !DAY.test(r.markedOn)) return null;
  return { platform: r.platform, handle: r.handle, markedOn: r.markedOn };
}

const sameProfile = (a: Pick<MyProfile, 'platform' | 'handle'>, b: Pick<MyProfile, 'platform' | 'handle'>) =>
  a.platform === b.platform && a.handle.toLowerCase() === b.handle.toLowerCase();

export function readExposure(stored: unknown): StoredRead<Exposure> {
  const opened = openStored(stored, EXPOSURE_SCHEMA_VERSION, emptyExposure, 'stored exposure');
  if ('read' in opened) return opened.read;
  const { data, newer, problems } = opened;
  const out = emptyExposure();
  if (Array.isArray(data.profiles)) {
    for (const x of data.profiles) {
      const p = readProfile(x);
      if (!p || out.profiles.some((q) => sameProfile(p, q)) || out.profiles.length >= MAX_PROFILES) {
        problems.push('dropped a profile entry that could not be read');
        continue;
      }
      out.profiles.push(p);
    }
  } else if (data.profiles !== undefined) problems.push('profiles was not a list');
  if (typeof data.countUploads === 'boolean') out.countUploads = data.countUploads;
  else if (data.countUploads !== null && data.countUploads !== undefined) problems.push('countUploads was not true, false or unanswered');
  if (typeof data.uploads === 'object' && data.uploads !== null && !Array.isArray(data.uploads)) {
    for (const [k, n] of Object.entries(data.uploads as Record<string, unknown>)) {
      if (!isPlatformId(k) || typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
        problems.push(`dropped a bad upload count ${JSON.stringify(k).slice(0, 60)}`);
        continue;
      }
      out.uploads[k] = Math.min(n, MAX_COUNT);
    }
  } else if (data.uploads !== undefined) problems.push('uploads was not an object');
  // counts kept while counting is off would be data the user did not agree to keep
  if (out.countUploads !== true && Object.keys(out.uploads).length) {
    out.uploads = {};
    problems.push('upload counts found while counting is off: not kept');
  }
  const changed = problems.length > 0 || JSON.stringify(out) !== JSON.stringify(stored);
  return { value: out, changed, keepAside: problems.length || newer ? stored : undefined, newer, problems };
}

/** A copy with this profile marked as the user's own (once; the first day it was marked is kept). */
export function withProfile(e: Exposure, p: MyProfile): Exposure {
  if (e.profiles.some((q) => sameProfile(p, q))) return e;
  if (e.profiles.length >= MAX_PROFILES) return e;
  return { ...e, profiles: [...e.profiles, { platform: p.platform, handle: p.handle, markedOn: p.markedOn }], uploads: { ...e.uploads } };
}

export function withoutProfile(e: Exposure, platform: string, handle: string): Exposure {
  return { ...e, profiles: e.profiles.filter((q) => !sameProfile(q, { platform, handle })), uploads: { ...e.uploads } };
}

export function isMyProfile(e: Exposure, platform: string | null, handle: string | undefined): boolean {
  return !!platform && !!handle && e.profiles.some((q) => sameProfile(q, { platform, handle }));
}

/** The user's answer to counting uploads. Saying no, or turning it off later, forgets every count at once. */
export function withCountUploads(e: Exposure, on: boolean): Exposure {
  return { ...e, profiles: [...e.profiles], countUploads: on, uploads: on ? { ...e.uploads } : {} };
}

/** One more upload on `platform`, only while the user has said yes to counting. */
export function withUploadCounted(e: Exposure, platform: string): Exposure {
  if (e.countUploads !== true || !isPlatformId(platform)) return e;
  return { ...e, profiles: [...e.profiles], uploads: { ...e.uploads, [platform]: Math.min((e.uploads[platform] ?? 0) + 1, MAX_COUNT) } };
}

/** The platforms in My exposure: those with a profile marked as the user's, or uploads counted, in registry order. */
export function exposedPlatforms(e: Exposure, order: readonly string[]): string[] {
  const set = new Set([...e.profiles.map((p) => p.platform), ...Object.keys(e.uploads).filter((k) => (e.uploads[k] ?? 0) > 0)]);
  return order.filter((id) => set.has(id));
}
