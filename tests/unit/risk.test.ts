import { describe, expect, it } from 'vitest';
import { badgeFor, riskLevel } from '../../src/core/risk';
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
  it('uses colours on which white text reads at 4.5:1 or better', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (const l of RISK_LEVELS) expect((1.05 / (lum(badgeFor(l).color) + 0.05))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('assessRisk', () => {
  it('gives each reason with the registry evidence it rests on', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { EVIDENCE, scraperInfo } = await import('../../src/core/registry/index');
    const insta = EVIDENCE.filter((e) => e.platform === 'instagram');
    expect(insta.length).toBeGreaterThan(0);
    const a = assessRisk({ platform: 'instagram', pageKind: 'profile', uploads: 1 }, EVIDENCE, scraperInfo);
    expect(a.level).toBe('high');
    expect(a.reasons.map((r) => r.code)).toEqual(['listed-platform', 'face-search', 'public-profile', 'photo-uploaded']);
    for (const r of a.reasons.slice(1)) expect(r.evidence).toEqual(insta);
  });
  it('counts face-search services and datasets apart: a dataset is not a face scraper', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { EVIDENCE, scraperInfo } = await import('../../src/core/registry/index');
    const flickr = assessRisk({ platform: 'flickr', pageKind: 'profile', uploads: 0 }, EVIDENCE, scraperInfo);
    const services = flickr.reasons.find((r) => r.code === 'face-search')!.evidence;
    const datasets = flickr.reasons.find((r) => r.code === 'datasets')!.evidence;
    expect(new Set(services.map((e) => e.scraper))).toEqual(new Set(['clearview-ai']));
    expect(new Set(datasets.map((e) => e.scraper))).toEqual(new Set(['yfcc100m', 'megaface', 'ibm-dif', 'ffhq', 'laion-5b']));
    const pinterest = assessRisk({ platform: 'pinterest', pageKind: 'profile', uploads: 0 }, EVIDENCE, scraperInfo);
    expect(pinterest.reasons.map((r) => r.code)).toEqual(['listed-platform', 'datasets', 'public-profile']);
  });
  it('says so when no scraper is documented, at the lowest level', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    const { EVIDENCE, scraperInfo } = await import('../../src/core/registry/index');
    const a = assessRisk({ platform: 'github', pageKind: 'profile', uploads: 2 }, EVIDENCE, scraperInfo);
    expect(a).toEqual({ level: 'low', reasons: [{ code: 'listed-platform', evidence: [] }, { code: 'no-documented-scraper', evidence: [] }] });
  });
  it('has no reasons off the listed platforms', async () => {
    const { assessRisk } = await import('../../src/core/risk');
    expect(assessRisk({ platform: null, pageKind: null, uploads: 0 }, [], () => null)).toEqual({ level: 'none', reasons: [] });
  });
});
