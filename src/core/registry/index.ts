import { EVIDENCE } from './evidence';
import { PLATFORMS, type PlatformInfo } from './platforms';

export { PLATFORM_RULES } from './rules';
export { PLATFORMS, EVIDENCE };
export type { PlatformInfo };

export function platformInfo(id: string | null | undefined): PlatformInfo | null {
  return PLATFORMS.find((p) => p.id === id) ?? null;
}

/** Whether at least one scraper or dataset is documented as harvesting this platform. */
export function isDocumented(platform: string | null | undefined): boolean {
  return !!platform && EVIDENCE.some((e) => e.platform === platform);
}
