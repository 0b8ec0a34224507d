import { coverage, findingsFor, NO_FINDINGS, type Coverage, type PlatformFindings } from '../evidence-words';
import { EVIDENCE } from './evidence';
import { PLATFORMS } from './platforms';
import { SCRAPERS } from './scrapers';
import type { Evidence, PlatformInfo, Scraper } from './schema';

export { REGISTRY_VERSION, REGISTRY_DATE } from './meta';
export { PLATFORMS, EVIDENCE, SCRAPERS };
export type * from './schema';

export function platformInfo(id: string | null | undefined): PlatformInfo | null {
  return PLATFORMS.find((p) => p.id === id) ?? null;
}

export function scraperInfo(id: string | null | undefined): Scraper | null {
  return SCRAPERS.find((s) => s.id === id) ?? null;
}

/** Evidence about one platform, strongest grade first. */
export function evidenceFor(platform: string | null | undefined): Evidence[] {
  const order = { verified: 0, secondary: 1, vendor: 2 } as const;
  return EVIDENCE.filter((e) => e.platform === platform).sort((a, b) => order[a.source.grade] - order[b.source.grade]);
}

const findingsCache = new Map<string, PlatformFindings>();

/** What the evidence documents about one platform: face-search services and datasets, each with its strongest link
 * (see core/evidence-words.ts). */
export function platformFindings(platform: string | null | undefined): PlatformFindings {
  if (!platform) return NO_FINDINGS;
  let f = findingsCache.get(platform);
  if (!f) findingsCache.set(platform, (f = findingsFor(platform, EVIDENCE, scraperInfo)));
  return f;
}

/** How many listed platforms have face-search evidence, and how many only dataset evidence. */
export const COVERAGE: Coverage = coverage(PLATFORMS.map((p) => p.id), EVIDENCE, scraperInfo);

/** Whether at least one scraper or dataset is documented as harvesting this platform. */
export function isDocumented(platform: string | null | undefined): boolean {
  return !!platform && EVIDENCE.some((e) => e.platform === platform);
}
