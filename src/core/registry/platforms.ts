/** Descriptive data of each listed platform (the URL rules live in `rules.ts`, keyed by the same id). */
export interface PlatformInfo {
  id: string;
  name: string;
}

export const PLATFORMS: readonly PlatformInfo[] = [
  { id: 'instagram', name: 'Instagram' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'x', name: 'X (Twitter)' },
];
