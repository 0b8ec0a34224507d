/** Descriptive data of each listed platform. The URL rules live in `rules.ts` and the example URLs in `examples.ts`,
 * keyed by the same id, so the content script carries only the rules. */
import type { PlatformInfo } from './schema';

export const PLATFORMS: readonly PlatformInfo[] = [
  { id: 'instagram', name: 'Instagram', setting: 'none-known' },
  { id: 'facebook', name: 'Facebook', setting: 'none-known' },
  { id: 'x', name: 'X (Twitter)', setting: 'none-known' },
];
