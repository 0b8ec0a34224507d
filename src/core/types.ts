/** What kind of page a URL on a listed platform is. */
export type PageKind = 'profile' | 'post' | 'other';

/** Result of classifying a URL. `platform` and `pageKind` are null for anything not on a listed host. */
export interface Classification {
  platform: string | null;
  pageKind: PageKind | null;
  handle?: string;
}

/** Risk levels, lowest first. */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The state the worker keeps for one tab; also the answer to `getTabState`. */
export interface TabState {
  platform: string | null;
  pageKind: PageKind | null;
  uploads: number;
  level: RiskLevel;
}

export const EMPTY_TAB_STATE: Readonly<TabState> = Object.freeze({
  platform: null,
  pageKind: null,
  uploads: 0,
  level: 'none',
});
