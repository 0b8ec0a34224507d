/** "Your data": export everything stored to one file, import it back without losing what is here, and say what
 * happened. What a user notices: their choices, details, requests and profiles come back; nothing here is overwritten
 * by an older copy; a broken or hostile file is refused or partly used, never crashes the import. */
import { describe, expect, it } from 'vitest';
import {
  buildExport, erasePlan, mergeImport, parseExport, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, type ExportFile, type ReportLine,
} from '../../src/core/data/backup';
import { readPrefs, MAX_PAUSE_MS } from '../../src/core/prefs';
import { readRequestLog, MAX_REQUESTS, type RequestRecord } from '../../src/core/requests/log';
import { isKeptAsideKey, keptAsideEntry, keptAsideKey, MAX_KEPT_ASIDE, MAX_KEPT_ASIDE_BYTES } from '../../src/core/stored';
import { readDetails } from '../../src/core/user/details';
import { readExposure } from '../../src/core/user/exposure';
import exportV1 from '../fixtures/export/v1.json';
import prefsV2 from '../fixtures/prefs/v2.json';
import detailsV1 from '../fixtures/details/v1.json';
import requestsV1 from '../fixtures/requests/v1.json';
import exposureV1 from '../fixtures/exposure/v1.json';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;
const META = { exportedAt: '2026-11-28T12:00:00.000Z', extensionVersion: '0.1.0' };

const clone = <T>(x: T): T => structuredClone(x);
/** A file as the options page would get it: exported, saved as text, read back. */
function exported(all: Record<string, unknown>): ExportFile {
  const parsed = parseExport(JSON.stringify(buildExport(all, META), null, 2));
  if ('error' in parsed) throw new Error(parsed.error.message);
  expect(parsed.skipped).toEqual([]);
  return parsed.file;
}
/** A file holding just these items. */
const fileWith = (items: ExportFile['items'], keptAside: ExportFile['keptAside'] = []): ExportFile =>
  ({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, ...META, items, keptAside });
const codes = (lines: ReportLine[]) => lines.map((l) => l.code);
const lineOf = (lines: ReportLine[], code: string) => lines.find((l) => l.code === code);

/** Everything a user might have stored, in the current schemas, with a kept-aside copy. */
function everything(): Record<string, unknown> {
  const corrupt = { schemaVersion: 1, defaultMode: 'loud', sites: { 'x.com': 'off' } };
  return {
    prefs: { ...clone(prefsV2), pauses: { 'facebook.com': NOW + HOUR } },
    details: clone(detailsV1),
    requests: readRequestLog(clone(requestsV1)).value,
    exposure: clone(exposureV1),
    [keptAsideKey('prefs', corrupt)]: keptAsideEntry('prefs', corrupt, '2026-10-02T18:40:11.000Z'),
  };
}

const record = (id: string, history: RequestRecord['history'], extra: Partial<RequestRecord> = {}): RequestRecord => ({
  id, scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-09-01', status: history[history.length - 1]!.status, history, ...extra,
});
const log = (...requests: RequestRecord[]) => ({ schemaVersion: 1, requests });

describe('export', () => {
  it('holds the four items as stored and their kept-aside copies, and nothing else', () => {
    const all = {
      ...everything(),
      prefs: { schemaVersion: 1, defaultMode: 'warn', sites: { 'x.com': 'off' } }, // raw, not migrated: the reader runs on import
      'shown:x.com': true,
      somethingElse: { secret: 1 },
      'other.keptAside.0123abcd': { item: 'other', at: '', value: 1 },
    };
    const file = buildExport(all, META);
    expect(file).toMatchObject({ format: 'unscraped-export', schemaVersion: 1, ...META });
    expect(Object.keys(file.items).sort()).toEqual(['details', 'exposure', 'prefs', 'requests']);
    expect(file.items.prefs).toEqual(all.prefs);
    expect(file.keptAside).toEqual([{ item: 'prefs', at: '2026-10-02T18:40:11.000Z', value: { schemaVersion: 1, defaultMode: 'loud', sites: { 'x.com': 'off' } } }]);
    const text = JSON.stringify(file);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('shown:');
    expect(text).not.toContain('other.keptAside');
  });

  it('leaves out an item that was never stored', () => {
    expect(buildExport({ prefs: prefsV2 }, META).items).toEqual({ prefs: prefsV2 });
    expect(buildExport({}, META)).toEqual({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, ...META, items: {}, keptAside: [] });
  });
});

describe('round trip', () => {
  it('export, then import into an empty browser, gives back the same data, and the report lists all of it', () => {
    const all = everything();
    const { writes, report } = mergeImport({}, exported(all), NOW);
    // sync and notifications are chosen in each browser (sync sends data to the browser's account, notifications need
    // a permission granted there): they stay off, and the report says so
    const { notify: _notify, ...requests } = all.requests as { notify?: boolean };
    expect(writes).toEqual({ ...all, prefs: { ...(all.prefs as object), sync: false }, requests });
    expect(codes(report.skipped)).toEqual(['sync-kept-here', 'notify-kept-here']);
    expect(report.unchanged).toEqual([]);
    expect(codes(report.taken).filter((c) => c === 'site-taken')).toHaveLength(2);
    expect(codes(report.taken).filter((c) => c === 'request-taken')).toHaveLength(3);
    expect(codes(report.taken)).toEqual(expect.arrayContaining(['default-taken', 'pause-taken', 'details-taken', 'profile-taken', 'count-uploads-taken', 'uploads-taken', 'kept-aside-taken']));
    // each value written reads back whole in its current schema
    expect(readPrefs(writes.prefs)).toMatchObject({ changed: false, problems: [] });
    expect(readDetails(writes.details)).toMatchObject({ changed: false, problems: [] });
    expect(readRequestLog(writes.requests)).toMatchObject({ changed: false, problems: [] });
    expect(readExposure(writes.exposure)).toMatchObject({ changed: false, problems: [] });
  });

  it('importing the same file again changes nothing', () => {
    const all = everything();
    const { writes, report } = mergeImport(all, exported(all), NOW);
    expect(writes).toEqual({});
    expect(report.skipped).toEqual([]);
    expect(report.taken).toEqual([]);
    expect(report.unchanged).toEqual(['prefs', 'details', 'requests', 'exposure']);
  });
});

describe('an older file', () => {
  it('migrates prefs v1 on import and takes every site (export fixture v1)', () => {
    const parsed = parseExport(JSON.stringify(exportV1));
    expect('file' in parsed).toBe(true);
    const { writes, report } = mergeImport({}, (parsed as { file: ExportFile }).file, NOW);
    expect(writes.prefs).toEqual({ schemaVersion: 2, defaultMode: 'quiet', sites: { 'instagram.com': 'warn', 'vk.com': 'off' }, pauses: {}, sync: false });
    expect(writes.details).toEqual(detailsV1);
    expect((writes.requests as { requests: RequestRecord[] }).requests.map((r) => r.id)).toEqual(['4f1c2a9e-7b3d-4e8a-9c21-0d5e6f7a8b90']);
    expect(writes.exposure).toEqual(exportV1.items.exposure);
    expect(writes[keptAsideKey('prefs', exportV1.keptAside[0]!.value)]).toEqual(exportV1.keptAside[0]);
    expect(report.skipped).toEqual([]);
  });
});

describe('merging prefs', () => {
  const here = { schemaVersion: 2, defaultMode: 'off', sites: { 'x.com': 'off', 'vk.com': 'quiet' }, pauses: {}, sync: true };

  it('takes a site missing here, keeps a different choice made here, and says so', () => {
    const file = fileWith({ prefs: { schemaVersion: 2, defaultMode: 'off', sites: { 'instagram.com': 'quiet', 'x.com': 'warn', 'vk.com': 'quiet' }, pauses: {}, sync: true } });
    const { writes, report } = mergeImport({ prefs: here }, file, NOW);
    expect((writes.prefs as typeof here).sites).toEqual({ 'x.com': 'off', 'vk.com': 'quiet', 'instagram.com': 'quiet' });
    expect(report.taken).toEqual([{ item: 'prefs', code: 'site-taken', args: ['instagram.com', 'quiet'], what: 'instagram.com: quiet' }]);
    expect(report.skipped).toEqual([{ item: 'prefs', code: 'site-kept-here', args: ['x.com', 'off', 'warn'], what: 'x.com: warn', why: 'you chose off here' }]);
  });

  it('keeps the default mode here, unless no prefs were ever stored here', () => {
    const file = fileWith({ prefs: { schemaVersion: 2, defaultMode: 'quiet', sites: { 'ok.ru': 'off' }, pauses: {}, sync: false } });
    const kept = mergeImport({ prefs: here }, file, NOW);
    expect((kept.writes.prefs as typeof here).defaultMode).toBe('off');
    expect(lineOf(kept.report.skipped, 'default-kept-here')).toMatchObject({ args: ['off', 'quiet'], why: 'you chose off here' });
    const fresh = mergeImport({}, file, NOW);
    expect((fresh.writes.prefs as typeof here).defaultMode).toBe('quiet');
    expect(lineOf(fresh.report.taken, 'default-taken')).toMatchObject({ args: ['quiet'] });
  });

  it('keeps the later end of a pause, and takes no pause that has ended', () => {
    const mine = { ...here, pauses: { 'x.com': NOW + 2 * HOUR, 'vk.com': NOW + HOUR } };
    const file = fileWith({ prefs: { ...here, pauses: { 'x.com': NOW + HOUR, 'vk.com': NOW + 3 * HOUR, 'ok.ru': NOW - 1, 'facebook.com': NOW + HOUR } } });
    const { writes, report } = mergeImport({ prefs: mine }, file, NOW);
    expect((writes.prefs as typeof here).pauses).toEqual({ 'x.com': NOW + 2 * HOUR, 'vk.com': NOW + 3 * HOUR, 'facebook.com': NOW + HOUR });
    expect(report.taken.filter((l) => l.code === 'pause-taken').map((l) => l.args[0])).toEqual(['vk.com', 'facebook.com']);
    expect(lineOf(report.skipped, 'pause-kept-here')).toMatchObject({ args: ['x.com', String(NOW + 2 * HOUR), String(NOW + HOUR)] });
    expect(lineOf(report.skipped, 'pause-ended')).toMatchObject({ args: ['ok.ru', String(NOW - 1)], why: 'it has ended' });
  });

  it('a pause from the file lasts at most a week from the import, like any pause', () => {
    const file = fileWith({ prefs: { ...here, pauses: { 'x.com': NOW + 30 * 24 * HOUR } } });
    expect((mergeImport({}, file, NOW).writes.prefs as typeof here).pauses).toEqual({ 'x.com': NOW + MAX_PAUSE_MS });
  });

  it('keeps sync as chosen in this browser', () => {
    const file = fileWith({ prefs: { ...here, sync: true, sites: { 'ok.ru': 'off' } } });
    const { writes, report } = mergeImport({ prefs: { ...here, sync: false } }, file, NOW);
    expect((writes.prefs as typeof here).sync).toBe(false);
    expect(lineOf(report.skipped, 'sync-kept-here')).toBeDefined();
    expect((mergeImport({}, file, NOW).writes.prefs as typeof here).sync).toBe(false);
  });
});

describe('merging details', () => {
  const other = { ...detailsV1, name: 'J. Müller', region: undefined };
  delete other.region;

  it('takes the file’s when there are none here', () => {
    const { writes, report } = mergeImport({}, fileWith({ details: detailsV1 }), NOW);
    expect(writes.details).toEqual(detailsV1);
    expect(codes(report.taken)).toEqual(['details-taken']);
  });
  it('the same details change nothing', () => {
    const { writes, report } = mergeImport({ details: detailsV1 }, fileWith({ details: clone(detailsV1) }), NOW);
    expect(writes).toEqual({});
    expect(report).toEqual({ taken: [], skipped: [], unchanged: ['prefs', 'details', 'requests', 'exposure'] });
  });
  it('different details here stay, and the report says why', () => {
    const { writes, report } = mergeImport({ details: other }, fileWith({ details: detailsV1 }), NOW);
    expect(writes).toEqual({});
    expect(report.skipped).toEqual([{ item: 'details', code: 'details-differ', args: [], what: 'your details for letters', why: 'your details here differ' }]);
  });
  it('unreadable details here are kept aside before the file’s replace them', () => {
    const broken = { schemaVersion: 1, name: '', email: 'not an address' };
    const { writes, report } = mergeImport({ details: broken }, fileWith({ details: detailsV1 }), NOW);
    expect(writes.details).toEqual(detailsV1);
    expect(writes[keptAsideKey('details', broken)]).toEqual({ item: 'details', at: new Date(NOW).toISOString(), value: broken });
    expect(codes(report.taken)).toContain('kept-here-aside');
  });
});

describe('merging requests', () => {
  const sent = [{ on: '2026-09-01', status: 'sent' as const }];
  const answered = [...sent, { on: '2026-10-01', status: 'answered' as const, note: 'data received' }];

  it('takes a request missing here and keeps the ones here', () => {
    const { writes, report } = mergeImport({ requests: log(record('aaaaaaaa-1', sent)) }, fileWith({ requests: log(record('bbbbbbbb-2', sent)) }), NOW);
    expect((writes.requests as { requests: RequestRecord[] }).requests.map((r) => r.id)).toEqual(['aaaaaaaa-1', 'bbbbbbbb-2']);
    expect(report.taken).toEqual([{ item: 'requests', code: 'request-taken', args: ['bbbbbbbb-2', 'clearview-ai', '2026-09-01'], what: 'request to clearview-ai sent 2026-09-01' }]);
  });
  it('for the same request, the one with more history wins, with its notes', () => {
    const { writes, report } = mergeImport({ requests: log(record('aaaaaaaa-1', sent)) }, fileWith({ requests: log(record('aaaaaaaa-1', answered)) }), NOW);
    expect((writes.requests as { requests: RequestRecord[] }).requests).toEqual([record('aaaaaaaa-1', answered)]);
    expect(codes(report.taken)).toEqual(['request-updated']);
    // and the other way round, the one here stays
    const back = mergeImport({ requests: log(record('aaaaaaaa-1', answered)) }, fileWith({ requests: log(record('aaaaaaaa-1', sent)) }), NOW);
    expect(back.writes).toEqual({});
    expect(lineOf(back.report.skipped, 'request-kept-here')).toMatchObject({ args: ['aaaaaaaa-1', 'clearview-ai', '2026-09-01'] });
  });
  it('with as much history, the later last day wins; else the one here stays', () => {
    const later = [...sent, { on: '2026-10-20', status: 'refused' as const }];
    const r = mergeImport({ requests: log(record('aaaaaaaa-1', answered)) }, fileWith({ requests: log(record('aaaaaaaa-1', later)) }), NOW);
    expect((r.writes.requests as { requests: RequestRecord[] }).requests[0]!.status).toBe('refused');
    const same = mergeImport({ requests: log(record('aaaaaaaa-1', answered, { remindedOn: '2026-10-02' })) }, fileWith({ requests: log(record('aaaaaaaa-1', answered)) }), NOW);
    expect(same.writes).toEqual({});
    expect(codes(same.report.skipped)).toEqual(['request-kept-here']);
  });
  it('keeps the notification choice made here', () => {
    const { writes, report } = mergeImport({ requests: log() }, fileWith({ requests: { ...log(record('bbbbbbbb-2', sent)), notify: true } }), NOW);
    expect(writes.requests).not.toHaveProperty('notify');
    expect(lineOf(report.skipped, 'notify-kept-here')).toMatchObject({ args: ['false', 'true'], why: 'notifications are chosen in each browser' });
  });
  it('never holds more than MAX_REQUESTS, and says which did not fit', () => {
    const full = log(...Array.from({ length: MAX_REQUESTS }, (_, i) => record(`here-${String(i).padStart(4, '0')}`, sent)));
    const { writes, report } = mergeImport({ requests: full }, fileWith({ requests: log(record('bbbbbbbb-2', sent)) }), NOW);
    expect(writes).toEqual({});
    expect(lineOf(report.skipped, 'request-limit')).toMatchObject({ args: ['bbbbbbbb-2', 'clearview-ai', '2026-09-01', String(MAX_REQUESTS)] });
  });
});

describe('merging exposure', () => {
  const here = { schemaVersion: 1, profiles: [{ platform: 'instagram', handle: 'Sam.Example', markedOn: '2026-11-01' }], countUploads: null, uploads: {} };

  it('joins the profiles; the same handle in another case is one profile', () => {
    const { writes, report } = mergeImport({ exposure: here }, fileWith({ exposure: exposureV1 }), NOW);
    expect((writes.exposure as typeof here).profiles).toEqual([here.profiles[0], exposureV1.profiles[1]]);
    expect(report.taken.filter((l) => l.code === 'profile-taken').map((l) => l.args)).toEqual([['vk', 'id12345']]);
  });
  it('takes the answer about counting uploads only when unanswered here, and the larger count per platform', () => {
    const r = mergeImport({ exposure: here }, fileWith({ exposure: exposureV1 }), NOW);
    expect(r.writes.exposure).toMatchObject({ countUploads: true, uploads: { facebook: 3, instagram: 1 } });
    const counting = { ...here, countUploads: true, uploads: { facebook: 5 } };
    const r2 = mergeImport({ exposure: counting }, fileWith({ exposure: exposureV1 }), NOW);
    expect((r2.writes.exposure as typeof here).uploads).toEqual({ facebook: 5, instagram: 1 });
    expect(r2.report.taken.filter((l) => l.code === 'uploads-taken').map((l) => l.args)).toEqual([['instagram', '1']]);
  });
  it('takes no upload count when counting is off here', () => {
    const { writes, report } = mergeImport({ exposure: { ...here, countUploads: false } }, fileWith({ exposure: exposureV1 }), NOW);
    expect(writes.exposure).toMatchObject({ countUploads: false, uploads: {} });
    expect(report.skipped.filter((l) => l.code === 'uploads-not-counting').map((l) => l.args[0])).toEqual(['facebook', 'instagram']);
    expect(lineOf(report.skipped, 'count-uploads-kept-here')).toMatchObject({ why: 'you answered no here' });
  });
});

describe('kept-aside copies in the file', () => {
  const copy = (n: number) => keptAsideEntry('prefs', { schemaVersion: 9, n }, `2026-10-0${n}T00:00:00.000Z`);
  const stored = (n: number) => [keptAsideKey('prefs', copy(n).value), copy(n)] as const;

  it('are added under their content key, once', () => {
    const { writes, report } = mergeImport({}, fileWith({}, [copy(1), copy(1)]), NOW);
    expect(writes).toEqual(Object.fromEntries([stored(1)]));
    expect(codes(report.taken)).toEqual(['kept-aside-taken']);
    expect(mergeImport(Object.fromEntries([stored(1)]), fileWith({}, [copy(1)]), NOW).writes).toEqual({});
  });
  it('are not added beyond MAX_KEPT_ASIDE per item, and the report says so', () => {
    const here = Object.fromEntries(Array.from({ length: MAX_KEPT_ASIDE }, (_, i) => stored(i + 1)));
    const { writes, report } = mergeImport(here, fileWith({}, [copy(MAX_KEPT_ASIDE + 1)]), NOW);
    expect(writes).toEqual({});
    expect(lineOf(report.skipped, 'kept-aside-full')).toMatchObject({ item: 'keptAside', args: ['prefs', copy(MAX_KEPT_ASIDE + 1).at] });
  });
  it('a copy is kept whole up to MAX_KEPT_ASIDE_BYTES of JSON, and cut from one byte more', () => {
    // `{"blob":"…"}` is 11 characters around the text
    const atLimit = { blob: 'x'.repeat(MAX_KEPT_ASIDE_BYTES - 11) };
    expect(JSON.stringify(atLimit).length).toBe(MAX_KEPT_ASIDE_BYTES);
    expect(keptAsideEntry('prefs', atLimit, '2026-10-01T00:00:00.000Z')).toEqual({ item: 'prefs', at: '2026-10-01T00:00:00.000Z', value: atLimit });
    const over = { blob: `${atLimit.blob}x` };
    expect(keptAsideEntry('prefs', over, '2026-10-01T00:00:00.000Z')).toMatchObject({ value: JSON.stringify(over).slice(0, MAX_KEPT_ASIDE_BYTES), truncated: true });
  });
  it('only a key of the kept-aside form is taken for a copy, of any item or of the one named', () => {
    const key = keptAsideKey('prefs', { schemaVersion: 9 });
    expect(key).toMatch(/^prefs\.keptAside\.[0-9a-f]{8}$/);
    expect(isKeptAsideKey(key)).toBe(true);
    expect(isKeptAsideKey(key, 'prefs')).toBe(true);
    expect(isKeptAsideKey(key, 'details')).toBe(false);
    for (const k of [`${key}0`, `${key}.x`, 'prefs.keptAside.0123', 'prefs.keptAside.0123ABCD', 'prefs', 'prefs.keptAside.']) expect(isKeptAsideKey(k), k).toBe(false);
  });
  it('a copy cut to size is recognised when it is here already', () => {
    const huge = { schemaVersion: 9, blob: 'x'.repeat(MAX_KEPT_ASIDE_BYTES * 2) };
    const here = { [keptAsideKey('prefs', huge)]: keptAsideEntry('prefs', huge, '2026-10-01T00:00:00.000Z') };
    const again = mergeImport(here, exported(here), NOW);
    expect(again.writes).toEqual({});
    const elsewhere = mergeImport({}, exported(here), NOW);
    expect(Object.values(elsewhere.writes)).toEqual([{ item: 'prefs', at: '2026-10-01T00:00:00.000Z', value: JSON.stringify(huge).slice(0, MAX_KEPT_ASIDE_BYTES), truncated: true }]);
  });
});

describe('a corrupt item in the file', () => {
  it('gives what could be read, reports what was dropped, and does not stop the other items', () => {
    const file = fileWith({
      prefs: { schemaVersion: 2, defaultMode: 'loud', sites: { 'x.com': 'off', '<b>': 'off', 'vk.com': 'sometimes' }, pauses: {}, sync: false },
      details: { schemaVersion: 1, name: 'Jana', email: 'nope' },
      requests: { schemaVersion: 1, requests: [record('bbbbbbbb-2', [{ on: '2026-09-01', status: 'sent' }]), { id: 'x' }, 'junk'] },
      exposure: 'not an object',
    });
    const { writes, report } = mergeImport({}, file, NOW);
    expect(writes.prefs).toEqual({ schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off' }, pauses: {}, sync: false });
    expect((writes.requests as { requests: RequestRecord[] }).requests.map((r) => r.id)).toEqual(['bbbbbbbb-2']);
    expect(writes).not.toHaveProperty('details');
    expect(writes).not.toHaveProperty('exposure');
    const dropped = report.skipped.filter((l) => l.code === 'unreadable-dropped');
    expect(new Set(dropped.map((l) => l.item))).toEqual(new Set(['prefs', 'details', 'requests', 'exposure']));
    expect(dropped.find((l) => l.item === 'details')!.args).toEqual(['details', 'stored details: bad email']);
    expect(dropped.filter((l) => l.item === 'prefs')).toHaveLength(3); // the default, two sites
  });
  it('an item here from a newer Unscraped is left as it is', () => {
    const newer = { schemaVersion: 3, defaultMode: 'quiet', sites: {}, future: true };
    const { writes, report } = mergeImport({ prefs: newer }, fileWith({ prefs: prefsV2 }), NOW);
    expect(writes).toEqual({});
    expect(lineOf(report.skipped, 'here-newer')).toMatchObject({ item: 'prefs', args: ['prefs'] });
  });
});

describe('hostile files', () => {
  const valid = JSON.stringify(exportV1);
  const error = (text: string, max?: number) => {
    const r = parseExport(text, max);
    return 'error' in r ? r.error.code : 'accepted';
  };

  it('refuses what is not JSON', () => {
    for (const t of ['', 'hello', '{"format":', '\u0000\u0001', '<html></html>']) expect(error(t)).toBe('not-json');
  });
  it('refuses a file that is too large, counting bytes, before parsing it', () => {
    expect(error(valid, valid.length - 1)).toBe('too-large');
    const umlauts = JSON.stringify({ ...exportV1, extensionVersion: 'ü'.repeat(1000) });
    expect(umlauts.length).toBeLessThan(2000 + valid.length);
    expect(error(umlauts, umlauts.length + 10)).toBe('too-large'); // ü is two bytes
    expect(error('{'.repeat(6 * 1024 * 1024))).toBe('too-large');
  });
  it('refuses JSON that is not an Unscraped export', () => {
    for (const t of ['null', '[]', '"unscraped-export"', '42', '{}', '{"format":"other","schemaVersion":1}', '[{"format":"unscraped-export"}]']) expect(error(t)).toBe('not-an-export');
  });
  it('refuses a file from a newer Unscraped, and says so', () => {
    const r = parseExport(JSON.stringify({ ...exportV1, schemaVersion: EXPORT_SCHEMA_VERSION + 1 }));
    expect(r).toEqual({ error: { code: 'newer-export', message: expect.stringContaining('newer Unscraped'), args: [String(EXPORT_SCHEMA_VERSION + 1)] } });
  });
  it.each([
    ['a version that is not a number', { schemaVersion: '1' }],
    ['version zero', { schemaVersion: 0 }],
    ['items as a list', { items: [] }],
    ['no items', { items: undefined }],
    ['no export time', { exportedAt: 12 }],
    ['no version of Unscraped', { extensionVersion: null }],
    ['kept-aside copies that are not a list', { keptAside: {} }],
  ])('refuses a file with %s', (_n, change) => {
    expect(error(JSON.stringify({ ...exportV1, ...change }))).toBe('bad-shape');
  });
  it('refuses nesting deeper than any stored data, without running out of stack', () => {
    const deep = `{"format":"unscraped-export","schemaVersion":1,"exportedAt":"","extensionVersion":"","items":{"prefs":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(error(deep)).toBe('bad-shape');
  });

  it('keeps __proto__ and constructor keys as data: nothing is polluted and nothing odd is written', () => {
    const text = `{"format":"unscraped-export","schemaVersion":1,"exportedAt":"x","extensionVersion":"x","__proto__":{"polluted":1},
      "constructor":{"prototype":{"polluted":1}},
      "items":{"__proto__":{"polluted":1},"constructor":{"polluted":1},
        "prefs":{"schemaVersion":2,"__proto__":{"polluted":1},"defaultMode":"warn","sites":{"__proto__":"off","constructor":"off","x.com":"off"},"pauses":{"__proto__":1},"sync":false},
        "exposure":{"schemaVersion":1,"profiles":[],"countUploads":true,"uploads":{"__proto__":5,"constructor":2}}},
      "keptAside":[{"item":"__proto__","at":"","value":1},{"__proto__":{"item":"prefs"},"at":"","value":1}]}`;
    const parsed = parseExport(text);
    if ('error' in parsed) throw new Error(parsed.error.message);
    expect(codes(parsed.skipped)).toEqual(['unknown-item', 'unknown-item', 'kept-aside-unreadable', 'kept-aside-unreadable']);
    const { writes } = mergeImport({}, parsed.file, NOW);
    expect(Object.keys(writes).sort()).toEqual(['exposure', 'prefs']);
    expect((writes.prefs as { sites: object }).sites).toEqual({ 'x.com': 'off' });
    expect(Object.getPrototypeOf((writes.exposure as { uploads: object }).uploads)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(writes)).toBe(Object.prototype);
  });

  it('with wrong types everywhere, still parses what is an export, imports nothing broken, and never throws', () => {
    const text = JSON.stringify({
      ...exportV1,
      items: { prefs: 'warn', details: [1], requests: { schemaVersion: 1, requests: 'x' }, exposure: 7, extra: {} },
      keptAside: [1, null, 'x', { item: 'evil', at: '', value: 1 }, { item: 'prefs', at: 5, value: 1 }, { item: 'prefs', at: '', value: 1, truncated: 'yes' }],
    });
    const parsed = parseExport(text);
    if ('error' in parsed) throw new Error(parsed.error.message);
    expect(codes(parsed.skipped)).toEqual(['unknown-item', ...Array(6).fill('kept-aside-unreadable')]);
    const { writes, report } = mergeImport({ prefs: prefsV2 }, parsed.file, NOW);
    expect(writes).toEqual({});
    expect(new Set(report.skipped.filter((l) => l.code === 'unreadable-dropped').map((l) => l.item))).toEqual(new Set(['prefs', 'details', 'requests', 'exposure']));
  });

  it('never throws, whatever the text', () => {
    const texts = [
      valid.slice(0, valid.length / 2), valid.replace('"items"', '"itemz"'), valid.replaceAll('"schemaVersion":1', '"schemaVersion":1e308'),
      valid.replaceAll('"2026', '"x2026'), valid.replaceAll('"value"', '"valeur"'), valid.replaceAll('{', '[').replaceAll('}', ']'),
      JSON.stringify({ ...exportV1, items: { prefs: { schemaVersion: 2, sites: [[1]], pauses: [1], sync: 'yes' } } }),
      JSON.stringify({ ...exportV1, items: { requests: { schemaVersion: 1, requests: [{ ...record('bbbbbbbb-2', [{ on: '2026-09-01', status: 'sent' }]), history: 'x' }] } } }),
      JSON.stringify({ ...exportV1, items: { exposure: { schemaVersion: 1, profiles: {}, countUploads: 'yes', uploads: [] } } }),
    ];
    for (const t of texts) {
      const parsed = parseExport(t);
      if ('file' in parsed) expect(() => mergeImport(everything(), parsed.file, NOW)).not.toThrow();
      else expect(parsed.error.message).toBeTruthy();
    }
  });
});

describe('erasePlan', () => {
  it('lists every key in storage.local: the items, their kept-aside copies, and keys of other versions', () => {
    const all = { ...everything(), 'legacy-thing': 1 };
    expect(erasePlan(all)).toEqual(Object.keys(all).sort());
    expect(erasePlan({})).toEqual([]);
  });
});
