/** Key facts of the registry, pinned to shared/research/face-scraping-facts.md (with its cross-checks, sections G and
 * H, whose corrections win), so an edit that drops or bends one of them fails loudly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITIES } from '../../src/core/registry/authorities';
import { CONTACTS } from '../../src/core/registry/channels';
import { LAWS } from '../../src/core/registry/laws';
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

});

describe('the corrections of sections G and H', () => {
  /** Everything the extension ships that states a fact: the registry, the request kit's data, and the UI's words. */
  const everything = JSON.stringify([SCRAPERS, EVIDENCE, PLATFORMS, CONTACTS, AUTHORITIES, LAWS])
    + readFileSync(join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8');

  it.each([
    // G1, G5: contradicted addresses and forms
    'privacy@clearview.ai', 'request-gdpr.com', 'facecheck.id/opt-out', 'faceprivacy.ai', 'cnil.fr./adresser-une-plainte',
    'contact@dpa.gr', 'dpa.gr/portal/page', 'clearview.ai/privacy-requests', 'clearview.ai/privacy/requests',
    'clearview.ai/privacy-and-requests', '2–4 weeks', '2-4 weeks',
    // G3: the 4boca copy of the Vice file; H1: the mirror of The Verge's page; H11: the spam mirror of lenso.ai
    '4boca.com', 'mamardi.com', 'kreafolk.netlify.app',
    // H10: the truncated decision link; H7: a third party quoting NVIDIA where NVIDIA's own page exists
    'SAN-2022-01\'', 'this-person-does-exist.com',
  ])('%s does not ship', (struck) => {
    expect(everything).not.toContain(struck);
  });

  it.each([
    ['H1: the words are The Verge host’s, not Kashmir Hill’s', /Kashmir Hill[^.]*said in an interview/],
    ['H2: 190 photos, not 190 children; LAION removed them', /190 Australian children|pledged to remove/],
    ['H3: PimEyes is accused of harvesting, and denied it', /because it had harvested/],
    ['H4: the outcome of the IBM case is known', /its outcome is not known\./],
    ['H8: no ranking "after Pinterest"', /after Pinterest/],
    ['H9: VK said it was preparing to sue', /announced a lawsuit against it/],
    ['H12: the platform names come from a law-firm summary', /Canada's privacy commissioners found in 2021 that Clearview AI had scraped/],
  ])('%s', (_name, struck) => {
    expect(everything).not.toMatch(struck);
  });

  it('H4: the IBM Diversity in Faces lawsuit was dismissed by agreement, and is an action, not a decision', () => {
    const r = scraper('ibm-dif').record[0]!;
    expect(r.ordered).toMatch(/dismissed by agreement of the parties/);
    expect(r.type).toBe('action');
  });

  it('H5: the exact ICO figure is cited to the page that states it', () => {
    const ico = scraper('clearview-ai').record.find((r) => r.amount === 'GBP 7,552,800')!;
    expect(ico.source.url).toContain('awo.agency');
  });

  it('H6: a source shows its own date, never a dataset’s release year; a page with no date is "consulted"', () => {
    expect(evidence('ibm-dif', 'flickr')[0]!.source.date).toBe('2021');
    expect(evidence('megaface', 'flickr')[0]!.source).toMatchObject({ date: '2026', undated: true });
    expect(evidence('ffhq', 'flickr')[0]!.source).toMatchObject({ url: 'https://github.com/NVlabs/ffhq-dataset', undated: true });
    expect(evidence('clearview-ai', 'flickr')[0]!.source.date).toBe('2023-10-17');
    // every undated source carries only the consulted year
    const sources = JSON.parse(JSON.stringify([SCRAPERS, EVIDENCE, PLATFORMS])) as unknown;
    const undated: { date: string }[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        if ((x as { undated?: boolean }).undated) undated.push(x as { date: string });
        Object.values(x).forEach(walk);
      }
    };
    walk(sources);
    expect(undated.length).toBeGreaterThan(5);
    for (const u of undated) expect(u.date).toBe('2026');
  });

  it('H7: an incident aggregator is a secondary source', () => {
    const aiaaic = JSON.stringify([SCRAPERS, EVIDENCE]).match(/"url":"https:\/\/www\.aiaaic\.org[^"]*","date":"[^"]*","grade":"(\w+)"/g) ?? [];
    expect(aiaaic.length).toBeGreaterThan(0);
    for (const m of aiaaic) expect(m).toMatch(/"grade":"secondary"/);
  });

  it('H13: the Tumblr and Snapchat settings say what they do and do not protect against', () => {
    const tumblr = platform('tumblr').setting;
    const snapchat = platform('snapchat').setting;
    expect(tumblr !== 'none-known' && tumblr.text).toMatch(/not documented to stop scrapers/);
    expect(snapchat !== 'none-known' && snapchat.text).toMatch(/not documented to reduce face scraping/);
  });

  it('H14: datasets are frozen snapshots, and closed services are marked so', () => {
    for (const s of SCRAPERS.filter((x) => x.kind === 'dataset')) expect(s.status.state, s.id).toBe('frozen');
    expect(scraper('findface').status).toMatchObject({ state: 'closed', asOf: '2018' });
    expect(scraper('searchface').status.state).toBe('withdrawn');
  });

  it('cites originals over https where the research names them', () => {
    const urls = JSON.stringify([SCRAPERS, EVIDENCE]).match(/"url":"[^"]+"/g) ?? [];
    for (const u of urls) expect(u).toMatch(/"url":"https:/);
    expect(JSON.stringify(EVIDENCE)).toContain('https://www.nytimes.com/2020/01/18/technology/clearview-privacy-facial-recognition.html');
    expect(JSON.stringify(SCRAPERS)).toContain('https://noyb.eu/en/no-action-taken-against-pimeyes-noyb-lawsuit-against-hamburg-dpa');
  });
});
