/**
 * Risk: how exposed a face is on the page a tab shows, and how the toolbar badge says it. The badge never relies on
 * colour alone: each level has its own text, and its title says it in words.
 */
import type { PlatformFindings } from './evidence-words';
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

/** Why a page has its level. A reason about the platform's evidence says how many services or datasets it rests on
 * (the popup shows the evidence itself). */
export interface RiskReason {
  code: 'listed-platform' | 'face-search' | 'datasets' | 'public-profile' | 'photo-uploaded' | 'no-documented-scraper';
  /** distinct face-search services (face-search), datasets (datasets), or both (public-profile, photo-uploaded) */
  count: number;
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
}

/**
 * The level of a page and the reasons for it, from what the evidence documents about the platform (core
 * evidence-words `PlatformFindings`, from the registry or the build-time table in registry/findings.ts): face-search services and datasets apart, since a
 * dataset is not a face scraper. `riskLevel` gives the same level without the reasons.
 */
export function assessRisk(input: Omit<RiskInput, 'documented'>, findings: PlatformFindings): RiskAssessment {
  const services = findings.services.length;
  const datasets = findings.datasets.length;
  const level = riskLevel({ ...input, documented: services + datasets > 0 });
  if (level === 'none') return { level, reasons: [] };
  const reasons: RiskReason[] = [{ code: 'listed-platform', count: 0 }];
  if (!services && !datasets) reasons.push({ code: 'no-documented-scraper', count: 0 });
  else {
    if (services) reasons.push({ code: 'face-search', count: services });
    if (datasets) reasons.push({ code: 'datasets', count: datasets });
    if (input.pageKind === 'profile') reasons.push({ code: 'public-profile', count: services + datasets });
    if (input.uploads > 0) reasons.push({ code: 'photo-uploaded', count: services + datasets });
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

/** The global badge's colour, which every tab without a risk badge of its own shows: the number of overdue requests
 * (ext/overdue-badge.ts). White text on it has at least 4.5:1 contrast too. */
export const OVERDUE_COLOR = '#7a2e9a';

export function badgeFor(level: RiskLevel): BadgeLook {
  return LOOKS[level] ?? LOOKS.none;
}
