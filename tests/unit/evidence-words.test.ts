/**
 * Every sentence a user reads about a platform says what its evidence supports and nothing more (issue 9): rendered
 * with the real English strings and the shipped registry, for a platform whose only evidence is a dataset, one whose
 * evidence is only secondary, one with verified face-search evidence, one with only an accusation, one whose services
 * have closed, and one with none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeWords, explainWords, findingsFor, headline, linkStrength, noticeWords, renderWords, type Words } from '../../src/core/evidence-words';
import { COVERAGE, EVIDENCE, PLATFORMS, isDocumented, platformFindings, platformInfo, scraperInfo } from '../../src/core/registry/index';
import type { PageKind, RiskLevel } from '../../src/core/types';
import { t } from '../dom/i18n';

const list = (names: readonly string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '));
const say = (words: readonly Words[]) => renderWords(words, t, list);
const nameOf = (id: string) => platformInfo(id)!.name;

function read(id: string, level: RiskLevel = 'medium', pageKind: PageKind = 'profile') {
  const f = platformFindings(id);
  const p = { platform: nameOf(id), level, pageKind, mode: 'warn' as const };
  const n = noticeWords(f, p.platform);
  return {
    notice: n && { profile: say(n.profile), upload: say(n.upload) },
    badge: say(badgeWords(p, f)),
    popup: say(explainWords(p, f, COVERAGE)),
  };
}

/** The names of the face-search companies and of the datasets in the registry. */
const DATASETS = ['YFCC100M', 'MegaFace', 'IBM Diversity in Faces', 'FFHQ', 'LAION-5B'];

describe('words that match the evidence', () => {
  it('a platform whose only evidence is a dataset, from a secondary source: a dataset, reportedly, in the past', () => {
    const r = read('pinterest');
    for (const text of [r.notice!.profile, r.notice!.upload, r.badge, r.popup]) {
      expect(text).toContain('Photos from Pinterest are reportedly in research or AI training datasets, fixed snapshots made in the past: LAION-5B.');
      expect(text).not.toMatch(/face scraper|face-search|harvested/i);
    }
    expect(r.notice!.upload).toContain('A photo posted now is not in those datasets.');
    expect(r.notice!.upload).not.toMatch(/may collect/);
  });

  it('a platform whose face-search evidence is only secondary: "reported", and only active services may collect', () => {
    const r = read('ok');
    expect(r.notice!.profile).toBe('Face-search services reported to have harvested photos from OK.ru, by a secondary source: Search4faces.');
    expect(r.notice!.upload).toContain('If this photo becomes public, services documented as still active may collect it too: Search4faces.');
    expect(r.badge).toBe('Unscraped: medium risk. A public profile page on OK.ru. Face-search services reported to have harvested photos from OK.ru, by a secondary source: Search4faces.');
    expect(r.popup).not.toMatch(/documented to have harvested/);
  });

  it('a platform with verified face-search evidence: "documented", naming only the services the evidence documents', () => {
    const r = read('instagram');
    expect(r.notice!.profile).toBe('Face-search companies documented to have harvested photos from Instagram: Clearview AI.');
    // PimEyes is only accused of it (and denied it): the notice does not put it beside Clearview
    expect(r.notice!.profile).not.toContain('PimEyes');
    expect(r.notice!.upload).toContain('services documented as still active may collect it too: Clearview AI.');
    expect(r.popup).toBe('This is a public profile page on Instagram. Face-search companies documented to have harvested photos from Instagram: Clearview AI.');
  });

  it('a platform whose only evidence is an accusation says "accused of"', () => {
    const r = read('linkedin');
    expect(r.notice!.profile).toBe('Face-search companies accused of harvesting photos from LinkedIn: Clearview AI.');
    expect(r.notice!.upload).toContain('may collect it too: Clearview AI.');
    // on TikTok, the accused PimEyes is left out where a reported service is named
    expect(read('tiktok').notice!.upload).toMatch(/may collect it too: Search4faces\.$/);
  });

  it('a company whose own claim is the evidence "claimed", and datasets are named apart', () => {
    const r = read('youtube');
    expect(r.notice!.profile).toBe(
      'Face-search companies that claimed to have harvested photos from YouTube: Clearview AI. '
        + 'Photos from YouTube are documented in research or AI training datasets, fixed snapshots made in the past: LAION-5B.',
    );
  });

  it('services that closed or withdrew are spoken of in the past, and not said to collect a new photo', () => {
    const r = read('vk');
    expect(r.notice!.profile).toBe('Face-search services documented to have harvested photos from VK in the past, since closed or withdrawn from it: FindFace, SearchFace.');
    expect(r.notice!.upload).toContain('may collect it too: Search4faces.');
    expect(r.notice!.upload).not.toMatch(/collect it too: .*(FindFace|SearchFace)/);
  });

  it('no dataset is ever called a face scraper or a face-search service', () => {
    for (const p of PLATFORMS) {
      for (const w of headline(platformFindings(p.id), p.name)) {
        if (w.key.startsWith('wordsServices')) for (const d of DATASETS) expect(JSON.stringify(w.args), p.id).not.toContain(d);
      }
    }
  });

  it('a profile page on a platform with no documented scraper is called a profile page, with no notice', () => {
    const r = read('reddit', 'low', 'profile');
    expect(r.notice).toBeNull();
    expect(r.badge).toBe('Unscraped: a profile page on Reddit. No face scraper is documented for Reddit.');
    expect(r.popup).toMatch(/^This is a profile page on Reddit\. No face scraper is documented for Reddit/);
    expect(`${r.badge} ${r.popup}`).not.toMatch(/not a profile/);
    const page = read('reddit', 'low', 'other');
    expect(page.badge).toBe('Unscraped: a page on Reddit. No face scraper is documented for Reddit.');
  });

  it('counts the platforms as they are: how many have face-search evidence, and how many only datasets', () => {
    const withServices = PLATFORMS.filter((p) => platformFindings(p.id).services.length > 0).length;
    const datasetsOnly = PLATFORMS.filter((p) => !platformFindings(p.id).services.length && platformFindings(p.id).datasets.length).length;
    expect(COVERAGE).toEqual({ platforms: PLATFORMS.length, withServices, datasetsOnly });
    expect(say(explainWords({ platform: '', level: 'none', pageKind: null, mode: 'warn' }, platformFindings(null), COVERAGE))).toBe(
      `Unscraped watches ${PLATFORMS.length} social and photo platforms. For ${withServices} of them, face-search services are documented or reported to have harvested photos; for ${datasetsOnly} more, photos are documented or reported in AI datasets. This page is not on one of them, so nothing here was checked or recorded.`,
    );
  });

  it('the README counts the platforms as the registry does', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
    const none = COVERAGE.platforms - COVERAGE.withServices - COVERAGE.datasetsOnly;
    expect(readme).toContain(`Unscraped watches ${COVERAGE.platforms} social and photo platforms. For ${COVERAGE.withServices} of them, face-search services are documented (or reported) to have harvested photos; for ${COVERAGE.datasetsOnly} more, photos are reported in AI training datasets; for ${none}, nothing is documented`);
  });

  it('the strength of a link: the source’s grade and what it documents', () => {
    const e = (over: object) => ({ scraper: 'x', platform: 'y', claim: 'c', source: { url: 'https://a.example/', date: '2020', grade: 'verified' as const }, ...over });
    expect(linkStrength(e({}))).toBe('documented');
    expect(linkStrength(e({ basis: 'claimed' }))).toBe('claimed');
    expect(linkStrength(e({ basis: 'accused' }))).toBe('accused');
    expect(linkStrength(e({ source: { url: 'https://a.example/', date: '2020', grade: 'secondary' } }))).toBe('reported');
    expect(linkStrength(e({ basis: 'claimed', source: { url: 'https://a.example/', date: '2020', grade: 'vendor' } }))).toBe('reported');
    // one strong row outweighs weaker ones for the same service
    expect(findingsFor('instagram', EVIDENCE, scraperInfo).services.map((f) => [f.id, f.strength])).toEqual([['clearview-ai', 'documented'], ['pimeyes', 'accused']]);
  });

  it('off and unlisted pages say so', () => {
    expect(say(badgeWords({ platform: 'Instagram', level: 'none', pageKind: 'profile', mode: 'off' }, platformFindings('instagram')))).toBe('Unscraped is off on Instagram');
    expect(say(badgeWords({ platform: '', level: 'none', pageKind: null, mode: 'warn' }, platformFindings(null)))).toBe('Unscraped: this site is not one of the platforms Unscraped watches');
  });
});

describe('the worker’s table of names and findings (made at build time, src/core/registry/findings.ts)', () => {
  it('is what findingsFor makes of the registry, for every listed platform, and nothing more', async () => {
    const built = await import('../../src/core/registry/findings');
    expect(Object.keys(built.builtFindings()).sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
    for (const p of PLATFORMS) {
      expect(built.platformName(p.id), p.id).toBe(p.name);
      expect(built.findingsOf(p.id), p.id).toEqual(findingsFor(p.id, EVIDENCE, scraperInfo));
      expect(built.findingsOf(p.id), p.id).toEqual(platformFindings(p.id));
      expect(built.documented(p.id), p.id).toBe(isDocumented(p.id));
    }
    for (const none of [null, undefined, '', 'unlisted', '__proto__', 'constructor']) {
      expect(built.platformName(none)).toBe('');
      expect(built.findingsOf(none)).toEqual({ services: [], datasets: [] });
      expect(built.documented(none)).toBe(false);
    }
  });

  it('gives the same words as the registry itself on every platform', async () => {
    const built = await import('../../src/core/registry/findings');
    for (const p of PLATFORMS) {
      const input = { platform: p.name, level: 'medium' as const, pageKind: 'profile' as const, mode: 'warn' as const };
      expect(say(badgeWords(input, built.findingsOf(p.id)))).toBe(say(badgeWords(input, platformFindings(p.id))));
      expect(noticeWords(built.findingsOf(p.id), p.name)).toEqual(noticeWords(platformFindings(p.id), p.name));
    }
  });
});
