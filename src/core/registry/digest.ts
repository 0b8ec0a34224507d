/**
 * The registry's digest: what the badge, the notice and the popup's first paint need to say what is documented about a
 * platform, without the registry's long texts. For each platform its name and its findings (each service or dataset
 * with the strength of its strongest link), each service's name, kind and state, and the coverage counts. It is built
 * from the registry at build time (vite.config.ts hands it in as one string; the unit tests' config does the same), so
 * the worker and the popup's first paint never load the evidence, the records or the sources; a unit test proves the
 * digest says exactly what the full registry says.
 */
import { coverage, findingsFor, type BriefScraper, type Coverage, type PlatformFindings, type Strength } from '../evidence-words';
import type { Evidence, PlatformInfo, Scraper } from './schema';

export interface RegistryDigest {
  /** platform id → its name */
  names: Record<string, string>;
  /** platform id → its services and datasets, strongest link first, as [scraper id, strength] */
  findings: Record<string, { services: [string, Strength][]; datasets: [string, Strength][] }>;
  scrapers: Record<string, BriefScraper>;
  coverage: Coverage;
}

export function buildDigest(platforms: readonly PlatformInfo[], evidence: readonly Evidence[], scrapers: readonly Scraper[]): RegistryDigest {
  const scraperOf = (id: string) => scrapers.find((s) => s.id === id) ?? null;
  const digest: RegistryDigest = { names: {}, findings: {}, scrapers: {}, coverage: coverage(platforms.map((p) => p.id), evidence, scraperOf) };
  for (const p of platforms) {
    digest.names[p.id] = p.name;
    const f = findingsFor(p.id, evidence, scraperOf);
    if (!f.services.length && !f.datasets.length) continue;
    digest.findings[p.id] = {
      services: f.services.map((x) => [x.scraper.id, x.strength]),
      datasets: f.datasets.map((x) => [x.scraper.id, x.strength]),
    };
    for (const x of [...f.services, ...f.datasets]) {
      const s = x.scraper;
      digest.scrapers[s.id] = { id: s.id, name: s.name, kind: s.kind, status: { state: s.status.state, ...(s.status.asOf ? { asOf: s.status.asOf } : {}) } };
    }
  }
  return digest;
}

/** A platform's findings from a digest, in the shape core/evidence-words.ts composes words from. */
export function findingsFromDigest(d: RegistryDigest, platform: string | null | undefined): PlatformFindings {
  const f = platform ? d.findings[platform] : undefined;
  if (!f) return { services: [], datasets: [] };
  const brief = ([id, strength]: [string, Strength]) => ({ scraper: d.scrapers[id]!, strength });
  return { services: f.services.map(brief), datasets: f.datasets.map(brief) };
}
