/** Every version of every stored item ever shipped has a fixture under tests/fixtures/<item>/v<N>.json, and reading it
 * with today's reader loses nothing the user stored: every site choice and pause, every detail for letters, every
 * request with its whole history and notes, every profile and upload count. The fixtures are found on disk, so the
 * fixture of a new version is checked as soon as it is added, and a new schema version without one fails here. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPrefs, PREFS_SCHEMA_VERSION, type Prefs } from '../../src/core/prefs';
import { readRequestLog, REQUEST_LOG_SCHEMA_VERSION, type RequestLog } from '../../src/core/requests/log';
import type { StoredRead } from '../../src/core/stored';
import { readDetails, DETAILS_SCHEMA_VERSION, type UserDetails } from '../../src/core/user/details';
import { readExposure, EXPOSURE_SCHEMA_VERSION, type Exposure } from '../../src/core/user/exposure';

type Fixture = Record<string, unknown>;

interface ItemSpec {
  current: number;
  read(stored: unknown): StoredRead<unknown>;
  /** asserts that everything in the fixture is in what was read */
  keepsEverything(read: unknown, fixture: Fixture): void;
}

const ITEMS: Record<string, ItemSpec> = {
  prefs: {
    current: PREFS_SCHEMA_VERSION,
    read: (stored) => {
      const r = readPrefs(stored);
      return { value: r.prefs, changed: r.changed, keepAside: r.keepAside, newer: r.newer, problems: r.problems };
    },
    keepsEverything(value, fx) {
      const p = value as Prefs;
      expect(p.defaultMode).toBe(fx.defaultMode);
      expect(p.sites).toEqual(fx.sites); // every site, with its mode, and no other
      if (fx.pauses !== undefined) expect(p.pauses).toEqual(fx.pauses);
      if (fx.sync !== undefined) expect(p.sync).toBe(fx.sync);
    },
  },
  details: {
    current: DETAILS_SCHEMA_VERSION,
    read: readDetails,
    keepsEverything(value, fx) {
      expect(value).not.toBeNull();
      const d = value as UserDetails;
      for (const field of ['name', 'email', 'address', 'country', 'region', 'letterLanguage'] as const) expect(d[field], field).toBe(fx[field]);
    },
  },
  requests: {
    current: REQUEST_LOG_SCHEMA_VERSION,
    read: readRequestLog,
    keepsEverything(value, fx) {
      const log = value as RequestLog;
      const stored = fx.requests as Fixture[];
      expect(log.requests.map((r) => r.id)).toEqual(stored.map((r) => r.id));
      // every field of every request, the whole history with its notes
      for (const [i, r] of stored.entries()) expect(log.requests[i], String(r.id)).toEqual(r);
      expect(log.notify === true).toBe(fx.notify === true);
    },
  },
  exposure: {
    current: EXPOSURE_SCHEMA_VERSION,
    read: readExposure,
    keepsEverything(value, fx) {
      const e = value as Exposure;
      expect(e.profiles).toEqual(fx.profiles);
      expect(e.countUploads).toBe(fx.countUploads ?? null);
      if (fx.countUploads === true) expect(e.uploads).toEqual(fx.uploads);
    },
  },
};

const dir = (item: string) => new URL(`../fixtures/${item}/`, import.meta.url);
const fixtures = (item: string) => readdirSync(dir(item)).filter((f) => f.endsWith('.json')).sort();
const load = (item: string, file: string): Fixture => JSON.parse(readFileSync(new URL(file, dir(item)), 'utf8')) as Fixture;

describe.each(Object.keys(ITEMS))('%s', (item) => {
  const spec = ITEMS[item]!;

  it('has a fixture for every schema version up to the current one, each named for its version', () => {
    const files = fixtures(item);
    expect(files).toEqual(expect.arrayContaining(Array.from({ length: spec.current }, (_, i) => `v${i + 1}.json`)));
    for (const f of files) {
      expect(f).toMatch(/^v\d+\.json$/);
      expect(load(item, f).schemaVersion, f).toBe(Number(f.slice(1, -5)));
      expect(Number(f.slice(1, -5)), `${f} is newer than the reader`).toBeLessThanOrEqual(spec.current);
    }
  });

  it.each(fixtures(item))('reads %s whole, loses nothing, and reads the result back as itself', (file) => {
    const fx = load(item, file);
    const r = spec.read(structuredClone(fx));
    expect(r.problems).toEqual([]);
    expect(r.keepAside).toBeUndefined();
    expect(r.newer).toBe(false);
    spec.keepsEverything(r.value, fx);
    const again = spec.read(structuredClone(r.value));
    expect(again.value).toEqual(r.value);
    expect(again).toMatchObject({ changed: false, keepAside: undefined, newer: false, problems: [] });
  });
});
