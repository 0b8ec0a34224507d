/**
 * What users may be told about a platform, composed from the kind and strength of the evidence behind it, so that no
 * sentence claims more than its sources do. Every sentence in the notice, the badge title and the popup's summary
 * comes from here, as message keys with arguments (`Words`); the caller translates them (`renderWords`).
 *
 * - A face-search service linked by a verified source that documents the harvest is "documented to have harvested";
 *   one whose own claim is the evidence "claimed to"; one linked only by a secondary or vendor source "reported to";
 *   one linked only by an accusation (a platform's legal warning; it may have denied it) "accused of".
 * - A research or training dataset is never called a face scraper: photos from the platform are documented (or
 *   reported) in it, and it is a fixed snapshot that a photo posted now cannot enter.
 * - Only a service documented as active "may collect" a photo posted today; services that closed or withdrew are
 *   spoken of in the past.
 */
import type { Evidence, Scraper, ScraperStatus } from './registry/schema';
import type { PageKind, RiskLevel } from './types';
import type { SiteMode } from './prefs';

/** How strongly the evidence links a service to a platform, strongest first. */
export type Strength = 'documented' | 'claimed' | 'reported' | 'accused';
const STRENGTHS: readonly Strength[] = ['documented', 'claimed', 'reported', 'accused'];

export function linkStrength(e: Evidence): Strength {
  if (e.basis === 'accused') return 'accused';
  if (e.source.grade !== 'verified') return 'reported';
  return e.basis === 'claimed' ? 'claimed' : 'documented';
}

/** One service or dataset linked to a platform, with its strongest link: what the words need of it. */
export interface Finding {
  /** the scraper's registry id */
  id: string;
  name: string;
  strength: Strength;
  state: ScraperStatus['state'];
}

/** Everything documented about one platform, by kind, strongest first. */
export interface PlatformFindings {
  /** face-search services (and other services), not datasets */
  services: Finding[];
  datasets: Finding[];
}

export const NO_FINDINGS: PlatformFindings = Object.freeze({ services: [], datasets: [] }) as PlatformFindings;

/** The findings for one platform from the registry's evidence (`evidence` may hold other platforms' rows too). */
export function findingsFor(platform: string | null | undefined, evidence: readonly Evidence[], scraperOf: (id: string) => Scraper | null): PlatformFindings {
  if (!platform) return NO_FINDINGS;
  const best = new Map<string, Strength>();
  for (const e of evidence) {
    if (e.platform !== platform) continue;
    const s = linkStrength(e);
    const had = best.get(e.scraper);
    if (had === undefined || STRENGTHS.indexOf(s) < STRENGTHS.indexOf(had)) best.set(e.scraper, s);
  }
  const found: (Finding & { kind: Scraper['kind'] })[] = [];
  for (const [id, strength] of best) {
    const scraper = scraperOf(id);
    if (scraper) found.push({ id, name: scraper.name, strength, state: scraper.status.state, kind: scraper.kind });
  }
  found.sort((a, b) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength));
  const plain = ({ kind: _kind, ...f }: Finding & { kind: Scraper['kind'] }): Finding => f;
  return { services: found.filter((f) => f.kind !== 'dataset').map(plain), datasets: found.filter((f) => f.kind === 'dataset').map(plain) };
}

/**
 * Each platform's display name and findings, in a compact form for the worker: `[id, name, strength, state]` per
 * finding. Made at build time from the registry (vite.config.ts) and read by `registry/findings.ts`, so that the
 * worker loads none of the registry's texts; a unit test pins it to `findingsFor`.
 */
export type FindingRow = readonly [id: string, name: string, strength: Strength, state: ScraperStatus['state']];
export type FindingsTable = Readonly<Record<string, { name: string; services: readonly FindingRow[]; datasets: readonly FindingRow[] }>>;

export function findingsTable(platforms: readonly { id: string; name: string }[], evidence: readonly Evidence[], scraperOf: (id: string) => Scraper | null): FindingsTable {
  const row = (f: Finding): FindingRow => [f.id, f.name, f.strength, f.state];
  return Object.fromEntries(platforms.map((p) => {
    const f = findingsFor(p.id, evidence, scraperOf);
    return [p.id, { name: p.name, services: f.services.map(row), datasets: f.datasets.map(row) }];
  }));
}

export const isDocumentedFinding = (f: PlatformFindings): boolean => f.services.length > 0 || f.datasets.length > 0;

/** One message: its key, and its arguments; an array argument is a list of names, formatted in the UI language. */
export interface Words {
  key: string;
  args: (string | readonly string[])[];
}
const w = (key: string, ...args: (string | readonly string[])[]): Words => ({ key, args });

const names = (fs: readonly Finding[]) => fs.map((f) => f.name);
const PAST: ReadonlySet<string> = new Set(['closed', 'withdrawn']);

/** The sentences that say what is documented about the platform: the strongest link to face-search services, then
 * the datasets its photos are in. Empty for a platform with no evidence. */
export function headline(f: PlatformFindings, platform: string): Words[] {
  const out: Words[] = [];
  const top = f.services[0]?.strength;
  if (top) {
    const group = f.services.filter((s) => s.strength === top);
    const past = group.every((s) => PAST.has(s.state));
    const key = top === 'documented' ? (past ? 'wordsServicesDocumentedPast' : 'wordsServicesDocumented')
      : top === 'claimed' ? 'wordsServicesClaimed'
        : top === 'reported' ? 'wordsServicesReported' : 'wordsServicesAccused';
    out.push(w(key, platform, names(group)));
  }
  if (f.datasets.length) {
    const documented = f.datasets.filter((d) => d.strength === 'documented');
    out.push(documented.length ? w('wordsDatasetsDocumented', platform, names(documented)) : w('wordsDatasetsReported', platform, names(f.datasets)));
  }
  return out;
}

/** After an upload: who may still collect a photo posted now. Only services documented as active, and none that is
 * only accused of harvesting the platform unless the accusation is all the evidence there is (the sentence before
 * said so); datasets are fixed snapshots. */
export function uploadTail(f: PlatformFindings): Words | null {
  const accusedOnly = f.services[0]?.strength === 'accused';
  const active = f.services.filter((s) => s.state === 'active' && (accusedOnly || s.strength !== 'accused'));
  if (active.length) return w('wordsMayCollect', names(active));
  if (f.services.length) return w('wordsNoneActive');
  if (f.datasets.length) return w('wordsSnapshotsOnly');
  return null;
}

/** The in-page notice's sentences, or null where no evidence exists (no notice shows there). */
export function noticeWords(f: PlatformFindings, platform: string): { profile: Words[]; upload: Words[] } | null {
  const h = headline(f, platform);
  if (!h.length) return null;
  const tail = uploadTail(f);
  return { profile: h, upload: tail ? [...h, tail] : h };
}

export interface PageWordsInput {
  /** display name of the listed platform, '' off the listed platforms */
  platform: string;
  level: RiskLevel;
  pageKind: PageKind | null;
  /** the mode that applies to the tab */
  mode: SiteMode;
}

/** The toolbar button's title, in words: the level and the page, then what is documented about the platform. */
export function badgeWords(p: PageWordsInput, f: PlatformFindings): Words[] {
  if (!p.platform) return [w('badgeTitleNone')];
  if (p.mode === 'off') return [w('badgeTitleOff', p.platform)];
  if (!isDocumentedFinding(f)) return [w(p.pageKind === 'profile' ? 'badgeTitleUndocumentedProfile' : 'badgeTitleUndocumentedPage', p.platform)];
  if (p.level === 'high') return [w('badgeTitleHigh', p.platform), ...headline(f, p.platform)];
  if (p.level === 'medium') return [w('badgeTitleMedium', p.platform), ...headline(f, p.platform)];
  return [w('badgeTitleLow', p.platform)];
}

/** How many of the listed platforms have face-search evidence, and how many only dataset evidence. */
export interface Coverage {
  platforms: number;
  withServices: number;
  datasetsOnly: number;
}

export function coverage(platformIds: readonly string[], evidence: readonly Evidence[], scraperOf: (id: string) => Scraper | null): Coverage {
  let withServices = 0;
  let datasetsOnly = 0;
  for (const id of platformIds) {
    const f = findingsFor(id, evidence, scraperOf);
    if (f.services.length) withServices++;
    else if (f.datasets.length) datasetsOnly++;
  }
  return { platforms: platformIds.length, withServices, datasetsOnly };
}

/** The popup's summary of the page: what it is, and what is documented about its platform. `off`: the user turned
 * Unscraped off on this site. */
export function explainWords(p: PageWordsInput, f: PlatformFindings, cover: Coverage): Words[] {
  if (!p.platform) return [w('explainNone', String(cover.platforms), String(cover.withServices), String(cover.datasetsOnly))];
  if (p.mode === 'off') return [w('explainOff', p.platform)];
  if (!isDocumentedFinding(f)) return [w(p.pageKind === 'profile' ? 'explainUndocumentedProfile' : 'explainUndocumentedPage', p.platform)];
  if (p.level === 'high') {
    const tail = uploadTail(f);
    return [w('explainHigh', p.platform), ...headline(f, p.platform), ...(tail ? [tail] : [])];
  }
  if (p.level === 'medium') return [w('explainMedium', p.platform), ...headline(f, p.platform)];
  return [w('explainLow', p.platform)];
}

/** What a service or dataset is, and whether it still runs, for the popup's list. */
export function serviceWords(s: Scraper): Words[] {
  const kind = s.kind === 'dataset' ? 'kindDataset' : s.kind === 'face-search' ? 'kindFaceSearch' : 'kindOther';
  const at = s.status.asOf?.slice(0, 4) ?? '';
  const status = {
    active: w('statusActive', at),
    closed: w('statusClosed', at),
    withdrawn: w('statusWithdrawn', at),
    frozen: w('statusFrozen', at),
    unknown: w('statusUnknown'),
  }[s.status.state];
  return [w(kind), status];
}

/** Translate words and join them into one text. `t` fills a message's placeholders from its arguments; `list`
 * formats names ("A, B and 2 more") in the UI language. */
export function renderWords(words: readonly Words[], t: (key: string, subs: string[]) => string, list: (names: readonly string[]) => string): string {
  return words.map((x) => t(x.key, x.args.map((a) => (typeof a === 'string' ? a : list(a))))).join(' ');
}
