/**
 * Risk: how exposed a face is on the page a tab shows, and how the toolbar badge says it. The badge never relies on
 * colour alone: each level has its own text, and its title says it in words.
 */
import type { Evidence } from './registry/schema';
import type { PageKind, RiskLevel } from './types';

export interface RiskInput {
  platform: string | null;
  pageKind: PageKind | null;
  uploads: number;
  /** whether the registry documents at least one scraper or dataset harvesting this platform */
  documented: boolean;
}

export function riskLevel({ platform, pageKind, uploads, documented }: RiskInput): RiskLevel {
  if (!platform || !pageKind) return 'none';
  if (!documented) return 'low';
  if (uploads > 0) return 'high';
  if (pageKind === 'profile') return 'medium';
  return 'low';
}

/** Why a page has its level. Each reason that rests on a documented fact carries that evidence. */
export interface RiskReason {
  code: 'listed-platform' | 'documented-harvest' | 'public-profile' | 'photo-uploaded' | 'no-documented-scraper';
  evidence: readonly Evidence[];
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
}

/**
 * The level of a page and the reasons for it, each tied to the registry's evidence about the platform (`evidence`
 * must be the evidence for `platform`). `riskLevel` gives the same level without the reasons.
 */
export function assessRisk(input: Omit<RiskInput, 'documented'>, evidence: readonly Evidence[]): RiskAssessment {
  const own = evidence.filter((e) => e.platform === input.platform);
  const level = riskLevel({ ...input, documented: own.length > 0 });
  if (level === 'none') return { level, reasons: [] };
  const reasons: RiskReason[] = [{ code: 'listed-platform', evidence: [] }];
  if (!own.length) reasons.push({ code: 'no-documented-scraper', evidence: [] });
  else {
    reasons.push({ code: 'documented-harvest', evidence: own });
    if (input.pageKind === 'profile') reasons.push({ code: 'public-profile', evidence: own });
    if (input.uploads > 0) reasons.push({ code: 'photo-uploaded', evidence: own });
  }
  return { level, reasons };
}

export interface BadgeLook {
  /** badge text; empty clears the badge */
  text: string;
  /** background colour (white text has at least 4.5:1 contrast on each) */
  color: string;
  /** `_locales` message key of the toolbar title for this level */
  titleKey: string;
}

const LOOKS: Record<RiskLevel, BadgeLook> = {
  none: { text: '', color: '#5f6368', titleKey: 'badgeTitleNone' },
  low: { text: 'i', color: '#4a5563', titleKey: 'badgeTitleLow' },
  medium: { text: '!', color: '#a34d00', titleKey: 'badgeTitleMedium' },
  high: { text: '!!', color: '#b3261e', titleKey: 'badgeTitleHigh' },
};

export function badgeFor(level: RiskLevel): BadgeLook {
  return LOOKS[level] ?? LOOKS.none;
}
