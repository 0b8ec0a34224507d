/**
 * What the worker needs of the registry to put a page into words (the badge's title, the notice's sentences) and to
 * set its level: each listed platform's display name and what the evidence documents about it (`findingsFor` in
 * core/evidence-words.ts). The table is made at build time from the registry (`findingsTable`, handed in by the
 * `define` in vite.config.ts, which the unit tests' config repeats; a test pins it to `findingsFor` over the registry),
 * so that the worker, which loads every module it imports each time it wakes (a service worker cannot import()),
 * loads none of the registry's texts: evidence, records, sources, descriptions. The extension's pages, which show
 * those texts, read the registry itself (registry/index.ts).
 */
import type { Coverage, Finding, FindingRow, FindingsTable, PlatformFindings } from '../evidence-words';

declare const __UNSCRAPED_FINDINGS__: string | undefined;

let table: FindingsTable | null = null;
/** What a platform with nothing documented has (equal to NO_FINDINGS, from evidence-words.ts, which the worker loads
 * only to put findings into words) */
const NONE: PlatformFindings = Object.freeze({ services: [], datasets: [] }) as PlatformFindings;
const finding = ([id, name, strength, state]: FindingRow): Finding => ({ id, name, strength, state });
const cache = new Map<string, PlatformFindings>();

/** The whole table (read once: a JSON string is the cheapest literal to parse). Empty where the build defined none. */
export function builtFindings(): FindingsTable {
  return (table ??= typeof __UNSCRAPED_FINDINGS__ === 'string' ? (JSON.parse(__UNSCRAPED_FINDINGS__) as FindingsTable) : {});
}

/** The display name of a listed platform, '' for anything else. */
export function platformName(platform: string | null | undefined): string {
  return (platform && Object.prototype.hasOwnProperty.call(builtFindings(), platform) && builtFindings()[platform]!.name) || '';
}

/** What the evidence documents about one platform (see `platformFindings` in registry/index.ts, its twin). */
export function findingsOf(platform: string | null | undefined): PlatformFindings {
  if (!platform || !Object.prototype.hasOwnProperty.call(builtFindings(), platform)) return NONE;
  let f = cache.get(platform);
  if (!f) {
    const row = builtFindings()[platform]!;
    cache.set(platform, (f = { services: row.services.map(finding), datasets: row.datasets.map(finding) }));
  }
  return f;
}

/** Whether at least one scraper or dataset is documented as harvesting this platform. */
export function documented(platform: string | null | undefined): boolean {
  const f = findingsOf(platform);
  return f.services.length > 0 || f.datasets.length > 0;
}

/** How many listed platforms have face-search evidence, and how many only dataset evidence (the popup says so on an
 * unlisted site). */
export function builtCoverage(): Coverage {
  const rows = Object.values(builtFindings());
  return {
    platforms: rows.length,
    withServices: rows.filter((r) => r.services.length > 0).length,
    datasetsOnly: rows.filter((r) => !r.services.length && r.datasets.length > 0).length,
  };
}
