/**
 * Risk: how exposed a face is on the page a tab shows, and how the toolbar badge says it. The badge never relies on
 * colour alone: each level has its own text, and its title says it in words.
 */
import type { Evidence, Scraper } from './registry/schema';
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
  code: 'listed-platform' | 'face-search' | 'datasets' | 'public-profile' | 'photo-uploaded' | 'no-documented-scraper';
  evidence: readonly Evidence[];
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
}

/**
 * The level of a page and the reasons for it, each tied to the registry's evidence about the platform: face-search
 * services and datasets apart, since a dataset is not a face scraper. `riskLevel` gives the same level without the
 * reasons.
 */
export function assessRisk(input: Omit<RiskInput, 'documented'>, evidence: readonly Evidence[], scraperOf: (id: string) => Scraper | null): RiskAssessment {
  const own = evidence.filter((e) => e.platform === input.platform);
  const level = riskLevel({ ...input, documented: own.length > 0 });
  if (level === 'none') return { level, reasons: [] };
  const reasons: RiskReason[] = [{ code: 'listed-platform', evidence: [] }];
  if (!own.length) reasons.push({ code: 'no-documented-scraper', evidence: [] });
  else {
    const datasets = own.filter((e) => scraperOf(e.scraper)?.kind === 'dataset');
    const services = own.filter((e) => !datasets.includes(e));
    if (services.length) reasons.push({ code: 'face-search', evidence: services });
    if (datasets.length) reasons.push({ code: 'datasets', evidence: datasets });
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
}

/** The badge per level. Its title, in words, comes from core/evidence-words.ts (badgeWords). */
const LOOKS: Record<RiskLevel, BadgeLook> = {
  none: { text: '', color: '#5f6368' },
  low: { text: 'i', color: '#4a5563' },
  medium: { text: '!', color: '#a34d00' },
  high: { text: '!!', color: '#b3261e' },
};

export function badgeFor(level: RiskLevel): BadgeLook {
  return LOOKS[level] ?? LOOKS.none;
}
