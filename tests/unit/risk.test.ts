import { describe, expect, it } from 'vitest';
import { badgeFor, OVERDUE_COLOR, riskLevel } from '../../src/core/risk';
import { RISK_LEVELS } from '../../src/core/types';

describe('riskLevel', () => {
  it('is none off the listed platforms', () => {
    expect(riskLevel({ platform: null, pageKind: null, uploads: 0, documented: false })).toBe('none');
  });
  it('rises from a listed page to a profile to an upload', () => {
    const base = { platform: 'instagram', documented: true };
    expect(riskLevel({ ...base, pageKind: 'other', uploads: 0 })).toBe('low');
    expect(riskLevel({ ...base, pageKind: 'post', uploads: 0 })).toBe('low');
    expect(riskLevel({ ...base, pageKind: 'profile', uploads: 0 })).toBe('medium');
    expect(riskLevel({ ...base, pageKind: 'other', uploads: 1 })).toBe('high');
  });
  it('stays lowest on a platform with no documented scraper, whatever happens there', () => {
    expect(riskLevel({ platform: 'p', pageKind: 'profile', uploads: 3, documented: false })).toBe('low');
  });
});

describe('badgeFor', () => {
  it('gives every level its own text, so the badge does not rely on colour', () => {
    const texts = RISK_LEVELS.map((l) => badgeFor(l).text);
    expect(new Set(texts).size).toBe(RISK_LEVELS.length);
    expect(badgeFor('none').text).toBe('');
  });
  it('uses colours on which white text reads at 4.5:1 or better, and better than black (so Firefox, which picks the text colour with the most contrast when none is set, picks white, as Chrome paints it)', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (const color of [...RISK_LEVELS.map((l) => badgeFor(l).color), OVERDUE_COLOR]) {
      const onWhite = 1.05 / (lum(color) + 0.05);
      const onBlack = (lum(color) + 0.05) / 0.05;
      expect(onWhite, color).toBeGreaterThanOrEqual(4.5);
      expect(onWhite, color).toBeGreaterThan(onBlack);
    }
  });
});

describe('assessRisk', () => {
  it('gives each reason with how many services or datasets it rests on', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { EVIDENCE, platformFindings } = await import('../../src/core/registry/index');
    const services = new Set(EVIDENCE.filter((e) => e.platform === 'instagram').map((e) => e.scraper)).size;
    expect(services).toBeGreaterThan(0);
    const a = assessRisk({ platform: 'instagram', pageKind: 'profile', uploads: 1 }, platformFindings('instagram'));
    expect(a.level).toBe('high');
    expect(a.reasons).toEqual([
      { code: 'listed-platform', count: 0 },
      { code: 'face-search', count: services },
      { code: 'public-profile', count: services },
      { code: 'photo-uploaded', count: services },
    ]);
  });
  it('counts face-search services and datasets apart: a dataset is not a face scraper', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { platformFindings } = await import('../../src/core/registry/index');
    const flickr = assessRisk({ platform: 'flickr', pageKind: 'profile', uploads: 0 }, platformFindings('flickr'));
    expect(flickr.reasons.find((r) => r.code === 'face-search')!.count).toBe(1); // Clearview AI
    expect(flickr.reasons.find((r) => r.code === 'datasets')!.count).toBe(5); // YFCC100M, MegaFace, IBM DiF, FFHQ, LAION-5B
    const pinterest = assessRisk({ platform: 'pinterest', pageKind: 'profile', uploads: 0 }, platformFindings('pinterest'));
    expect(pinterest.reasons.map((r) => r.code)).toEqual(['listed-platform', 'datasets', 'public-profile']);
  });
  it('says so when no scraper is documented, at the lowest level', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { platformFindings } = await import('../../src/core/registry/index');
    const a = assessRisk({ platform: 'github', pageKind: 'profile', uploads: 2 }, platformFindings('github'));
    expect(a).toEqual({ level: 'low', reasons: [{ code: 'listed-platform', count: 0 }, { code: 'no-documented-scraper', count: 0 }] });
  });
  it('has no reasons off the listed platforms', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    expect(assessRisk({ platform: null, pageKind: null, uploads: 0 }, { services: [], datasets: [] })).toEqual({ level: 'none', reasons: [] });
  });
});

describe('the build-time findings table the worker and the popup read (registry/findings.ts)', () => {
  it('counts the platforms as the full registry does', async () => {
    const { builtCoverage } = await import('../../src/core/registry/findings');
    const { COVERAGE } = await import('../../src/core/registry/index');
    expect(builtCoverage()).toEqual(COVERAGE);
  });
  it('carries no long text: no claim, no source, no record', async () => {
    const { builtFindings } = await import('../../src/core/registry/findings');
    const json = JSON.stringify(builtFindings());
    const { EVIDENCE, SCRAPERS } = await import('../../src/core/registry/index');
    for (const e of EVIDENCE) {
      expect(json).not.toContain(e.claim.slice(0, 40));
      expect(json).not.toContain(e.source.url);
    }
    for (const s of SCRAPERS) expect(json).not.toContain(s.what.slice(0, 40));
    expect(json.length).toBeLessThan(6_000);
  });
});
