/** Key facts of the registry, pinned to shared/research/face-scraping-facts.md (with its cross-check, section G), so an
 * edit that drops or bends one of them fails loudly. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../src/core/registry/evidence';
import { PLATFORMS } from '../../src/core/registry/platforms';
import { SCRAPERS } from '../../src/core/registry/scrapers';

const scraper = (id: string) => {
  const s = SCRAPERS.find((x) => x.id === id);
  if (!s) throw new Error(`no scraper ${id}`);
  return s;
};
const platform = (id: string) => {
  const p = PLATFORMS.find((x) => x.id === id);
  if (!p) throw new Error(`no platform ${id}`);
  return p;
};
const evidence = (s: string, p: string) => EVIDENCE.filter((e) => e.scraper === s && e.platform === p);

describe('platforms', () => {
  it('lists exactly the agreed platforms, in order', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual([
      'instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube', 'flickr', 'vk', 'ok', 'pinterest', 'reddit', 'tumblr',
      'snapchat', 'threads', 'bluesky', 'mastodon', 'telegram', 'venmo', 'twitch', 'imgur', 'deviantart', 'weibo', 'vimeo',
      'medium', 'quora', 'soundcloud', 'behance', 'dribbble', 'github',
    ]);
    expect(platform('x').name).toBe('X (Twitter)');
    expect(platform('ok').name).toBe('OK.ru');
  });

  it('claims no setting where the research has none', () => {
    for (const id of ['ok', 'reddit', 'twitch', 'imgur', 'deviantart', 'weibo', 'vimeo', 'medium', 'quora', 'soundcloud', 'behance', 'dribbble', 'github']) {
      expect(platform(id).setting, id).toBe('none-known');
    }
  });

  it('links only to official https help pages', () => {
    const links = PLATFORMS.flatMap((p) => (p.setting !== 'none-known' && p.setting.link ? [p.setting.link] : []));
    expect(links.sort()).toEqual([
      'https://flickrhelp.com/hc/en-us/articles/4404078163732-Change-your-privacy-settings',
      'https://help.pinterest.com/en-gb/article/your-privacy-and-data-settings',
      'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private',
    ]);
  });

  it('keeps the limits the research states with a setting', () => {
    const bluesky = platform('bluesky').setting;
    expect(bluesky !== 'none-known' && bluesky.text).toMatch(/no private accounts/);
    const youtube = platform('youtube').setting;
    expect(youtube !== 'none-known' && youtube.text).toMatch(/Unlisted is not enough/);
  });
});

describe('Clearview AI record', () => {
  const record = scraper('clearview-ai').record;
  const find = (authority: RegExp, date: string) => record.find((r) => authority.test(r.authority) && r.date.startsWith(date));

  it('has the Dutch AP decision of 2024: EUR 30.5M, cited to the decision text', () => {
    const ap = find(/Autoriteit Persoonsgegevens/, '2024');
    expect(ap).toMatchObject({ country: 'NL', date: '2024-05-16', amount: 'EUR 30,500,000' });
    expect(ap?.source).toMatchObject({ url: 'https://avgtekst.nl/document/1-besluit-boete-clearview-ai', grade: 'verified' });
  });

  it('has the exact ICO figure from the cross-check, and the Upper Tribunal reversal', () => {
    expect(find(/ICO/, '2022')).toMatchObject({ country: 'GB', amount: 'GBP 7,552,800' });
    expect(find(/Upper Tribunal/, '2025')?.ordered).toMatch(/UKUT 319/);
  });

  it('has the EU fines and the CNIL penalty', () => {
    expect(find(/Garante/, '2022')).toMatchObject({ country: 'IT', amount: 'EUR 20,000,000' });
    expect(find(/Hellenic/, '2022')).toMatchObject({ country: 'GR', amount: 'EUR 20,000,000' });
    expect(find(/CNIL/, '2022')).toMatchObject({ country: 'FR', amount: 'EUR 20,000,000' });
    expect(find(/CNIL/, '2023')).toMatchObject({ country: 'FR', amount: 'EUR 5,200,000' });
  });

  it('says the Austrian DSB imposed no fine, and the BVwG sent the ban back', () => {
    expect(find(/Datenschutzbehörde/, '2023')?.ordered).toMatch(/No fine and no general ban/);
    expect(find(/Bundesverwaltungsgericht/, '2025')).toBeDefined();
  });

  it('has the non-EU actions', () => {
    expect(find(/Privacy Commissioner of Canada/, '2021')?.country).toBe('CA');
    expect(find(/OAIC/, '2021')?.country).toBe('AU');
    expect(find(/Hamburg/, '2021')?.country).toBe('DE');
    expect(find(/Cook County/, '2022')?.country).toBe('US');
  });

  it('does not present the US settlement as final, nor noyb\'s complaint as a decision', () => {
    expect(find(/Northern District of Illinois/, '2025-03-20')).toBeDefined();
    expect(find(/Seventh Circuit/, '2025')?.ordered).toMatch(/may not be final/);
    expect(find(/noyb/, '2025-10-28')?.ordered).toMatch(/complaint, not a decision/);
  });

  it('is in date order', () => {
    const dates = record.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('PimEyes record', () => {
  const record = scraper('pimeyes').record;
  it('says the Baden-Württemberg fine proceedings have no known outcome', () => {
    const lfdi = record.find((r) => /Baden-Württemberg/.test(r.authority));
    expect(lfdi?.date).toBe('2022-12-21');
    expect(lfdi?.ordered).toMatch(/outcome is not known/);
  });
  it('has the Hamburg complaint, the noyb lawsuit and the Big Brother Watch complaint', () => {
    expect(record.some((r) => /Hamburg/.test(r.authority) && r.date === '2020-07')).toBe(true);
    expect(record.some((r) => /lawsuit/.test(r.authority) && r.date === '2026-04-30')).toBe(true);
    expect(record.some((r) => /Big Brother Watch/.test(r.authority) && r.date === '2022-11-08')).toBe(true);
  });
});

describe('evidence', () => {
  it('documents Clearview on the platforms the research names', () => {
    for (const p of ['facebook', 'instagram', 'x', 'youtube', 'venmo', 'linkedin', 'flickr']) expect(evidence('clearview-ai', p).length, p).toBeGreaterThan(0);
    expect(evidence('clearview-ai', 'linkedin')[0]?.claim).toMatch(/announced .* cease-and-desist/);
    expect(evidence('clearview-ai', 'flickr')[0]?.source.grade).toBe('secondary');
  });

  it('keeps the hedge on the Facebook demand', () => {
    expect(evidence('clearview-ai', 'facebook').some((e) => /not yet a formal cease-and-desist/.test(e.claim))).toBe(true);
  });

  it('does not count a Telegram bot that forwards searches as harvesting Telegram, nor Tumblr licensing talks as face scraping', () => {
    expect(EVIDENCE.filter((e) => e.platform === 'telegram')).toEqual([]);
    expect(EVIDENCE.filter((e) => e.platform === 'tumblr')).toEqual([]);
  });

  it('grades the weaker sources as secondary', () => {
    for (const p of ['vk', 'ok', 'tiktok']) expect(evidence('search4faces', p)[0]?.source.grade, p).toBe('secondary');
    for (const p of ['pinterest', 'deviantart']) expect(evidence('laion-5b', p)[0]?.source.grade, p).toBe('secondary');
  });

  it('documents the datasets built from Flickr', () => {
    for (const s of ['yfcc100m', 'megaface', 'ibm-dif', 'ffhq']) expect(evidence(s, 'flickr').length, s).toBe(1);
  });

  it('ships none of the values the cross-check struck out', () => {
    const all = JSON.stringify([SCRAPERS, EVIDENCE, PLATFORMS]);
    for (const struck of ['privacy@clearview.ai', 'request-gdpr.com', 'facecheck.id/opt-out', 'faceprivacy.ai/blog/facecheck-id-removal-2026', '4boca.com']) {
      expect(all).not.toContain(struck);
    }
  });
});
