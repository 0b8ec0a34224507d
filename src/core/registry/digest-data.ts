/**
 * The shipped registry's digest (see digest.ts), as the build hands it in. What the worker and the popup's first
 * paint import instead of the registry itself.
 */
import { NO_FINDINGS, type Coverage, type PlatformFindings } from '../evidence-words';
import { findingsFromDigest, type RegistryDigest } from './digest';

/** The digest as an object literal, written in by the build (`define`). */
declare const __UNSCRAPED_DIGEST__: RegistryDigest | undefined;

/** Built without the digest (a bundle made without vite.config.ts): nothing is documented, every platform is unnamed. */
const EMPTY: RegistryDigest = { names: {}, findings: {}, scrapers: {}, coverage: { platforms: 0, withServices: 0, datasetsOnly: 0 } };

export const DIGEST: RegistryDigest = typeof __UNSCRAPED_DIGEST__ === 'object' ? __UNSCRAPED_DIGEST__ : EMPTY;

const cache = new Map<string, PlatformFindings>();

/** What the evidence documents about one platform: its services and datasets, each with its strongest link. */
export function findingsOf(platform: string | null | undefined): PlatformFindings {
  if (!platform) return NO_FINDINGS;
  let f = cache.get(platform);
  if (!f) cache.set(platform, (f = findingsFromDigest(DIGEST, platform)));
  return f;
}

/** The platform's name ('' when unknown). */
export function platformName(platform: string | null | undefined): string {
  return (platform && Object.hasOwn(DIGEST.names, platform) ? DIGEST.names[platform] : undefined) ?? '';
}

/** Whether at least one scraper or dataset is documented as harvesting this platform. */
export function isDocumented(platform: string | null | undefined): boolean {
  return !!platform && Object.hasOwn(DIGEST.findings, platform);
}

export const COVERAGE: Coverage = DIGEST.coverage;
