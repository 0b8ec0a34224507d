/** The request kit's data: the lint passes and catches broken data, struck values never ship, and the key sourced
 * values are pinned to the research sheet (sections A, E2, G, H). */
import { describe, expect, it } from 'vitest';
import {
  AUTHORITIES, CONTACTS, LAWS, LETTER_MATRIX, OBSOLETE_VALUES, SCRAPERS, STRUCK_VALUES, authorityInfo, contactInfo, draftRequest,
  validateRequestRegistry, type Authority, type ScraperContact,
} from '../../../src/core/index';

const data = { contacts: CONTACTS, authorities: AUTHORITIES, laws: LAWS, scraperIds: SCRAPERS.map((s) => s.id) };
const clone = <T>(x: T): T => structuredClone(x);

describe('request registry lint', () => {
  it('passes on the shipped data', () => {
    expect(validateRequestRegistry(data)).toEqual([]);
  });

  it('refuses a channel without a source, date or grade', () => {
    const contacts = clone(CONTACTS) as ScraperContact[];
    const ch = contacts[0]!.channels[0]! as any;
    ch.sources = [];
    const noSource = validateRequestRegistry({ ...data, contacts }).join('\n');
    expect(noSource).toContain('no source');
    ch.sources = [{ url: 'https://example.org/x', date: 'last year', grade: 'rumour' }];
    const bad = validateRequestRegistry({ ...data, contacts }).join('\n');
    expect(bad).toContain('not YYYY');
    expect(bad).toContain('grade');
  });

  it('refuses an authority without a source, or with a preferred channel it does not have', () => {
    const authorities = clone(AUTHORITIES) as Authority[];
    const ap = authorities.find((a) => a.id === 'nl-ap')! as any;
    delete ap.source;
    ap.preferred = 'email';
    const problems = validateRequestRegistry({ ...data, authorities }).join('\n');
    expect(problems).toContain('authority "nl-ap": no source');
    expect(problems).toContain('preferred channel "email" is missing');
    const fr = authorities.find((a) => a.id === 'fr-cnil')! as { form: { source: { date: string } } };
    fr.form.source.date = '2026-13-01';
    expect(validateRequestRegistry({ ...data, authorities }).join('\n')).toContain('authority "fr-cnil" form: source date');
  });

  it('refuses a scraper without a contact record, bad codes, and http form links', () => {
    const contacts = clone(CONTACTS).filter((c) => c.scraper !== 'findclone') as ScraperContact[];
    const pim = contacts.find((c) => c.scraper === 'pimeyes')!.channels[0]! as any;
    pim.url = 'http://pimeyes.com/en/opt-out-request-form';
    pim.jurisdictions = ['Illinois'];
    const problems = validateRequestRegistry({ ...data, contacts }).join('\n');
    expect(problems).toContain('scraper "findclone" has no contact record');
    expect(problems).toContain('is not https');
    expect(problems).toContain('bad jurisdiction "Illinois"');
  });

  it('refuses a summary that states facts without a source', () => {
    const contacts = clone(CONTACTS) as any[];
    contacts.find((c) => c.scraper === 'megaface').summarySources = [];
    expect(validateRequestRegistry({ ...data, contacts }).join('\n')).toContain('contact "megaface": the summary states facts without a source');
  });

  it('refuses every struck or superseded value, wherever it appears', () => {
    for (const bad of [...STRUCK_VALUES, ...OBSOLETE_VALUES]) {
      const contacts = clone(CONTACTS) as ScraperContact[];
      (contacts[0] as { summary: string }).summary = `Write to ${bad} today.`;
      expect(validateRequestRegistry({ ...data, contacts }).join('\n'), bad).toContain(`"${bad}" must not ship`);
    }
  });

  it('refuses a statutory period without its legal basis, and a missing law', () => {
    const laws = clone(LAWS).filter((l) => l.id !== 'bipa') as any[];
    const gdpr = laws.find((l) => l.id === 'gdpr')!;
    delete gdpr.rules.access!.basis;
    const problems = validateRequestRegistry({ ...data, laws }).join('\n');
    expect(problems).toContain('law "bipa" is missing');
    expect(problems).toContain('"access": a statutory period needs its legal basis');
  });
});

describe('struck values of sections G and H never ship', () => {
  const shipped = JSON.stringify([CONTACTS, AUTHORITIES, LAWS]).toLowerCase();
  it.each([...STRUCK_VALUES, ...OBSOLETE_VALUES])('%s is not in the data', (bad) => {
    expect(shipped).not.toContain(bad.toLowerCase());
  });

  it('the list covers every struck value the sheet names', () => {
    for (const v of ['privacy@clearview.ai', 'facecheck.id/opt-out', 'cnil.fr./adresser-une-plainte', 'contact@dpa.gr', 'dpa.gr/portal/page', 'clearview.ai/privacy-requests', 'clearview.ai/privacy/requests', 'clearview.ai/privacy-and-requests']) {
      expect(STRUCK_VALUES).toContain(v);
    }
  });

  it('no drafted letter carries one either', () => {
    const requester = { name: 'Alex Example', email: 'alex@example.org', country: 'NL' };
    const bodies = ['access', 'erasure', 'objection', 'combined'].map((kind) =>
      JSON.stringify(draftRequest({ scraper: 'clearview-ai', kind: kind as 'access', law: 'gdpr', language: 'en', requester, date: '2027-01-31' })),
    );
    for (const bad of [...STRUCK_VALUES, ...OBSOLETE_VALUES]) for (const b of bodies) expect(b.toLowerCase()).not.toContain(bad.toLowerCase());
  });
});

describe('channels', () => {
  it('one contact record per registry scraper and dataset', () => {
    expect(CONTACTS.map((c) => c.scraper).sort()).toEqual(SCRAPERS.map((s) => s.id).sort());
  });

  it('Clearview: the verified e-mail, the New York business address with the Albany copy, and the Illinois form without a URL', () => {
    const cv = contactInfo('clearview-ai')!;
    const email = cv.channels.find((c) => c.type === 'email')!;
    expect(email.address).toBe('legal-requests@clearview.ai');
    expect(email.sources[0]).toMatchObject({ url: 'https://github.com/datenanfragen/data/blob/master/companies/clearview-ai.json', grade: 'verified' });
    const postal = cv.channels.find((c) => c.type === 'postal')!;
    expect(postal.lines).toEqual(['Clearview AI, Inc.', '99 Wall Street #5730', 'New York, NY 10005', 'USA']);
    expect(postal.copyTo?.lines).toContain('418 Broadway STE N');
    const il = cv.channels.find((c) => c.id === 'clearview-ai-illinois-opt-out')!;
    expect(il).toMatchObject({ type: 'webform', jurisdictions: ['US-IL'], scope: 'search-results' });
    expect(il.url).toBeUndefined();
    expect(cv.channels.every((c) => !c.url || !c.url.includes('clearview.ai'))).toBe(true);
  });

  it('face-search opt-out forms say they only remove search results, and none serves an access request', () => {
    for (const id of ['pimeyes', 'facecheck-id', 'lenso-ai', 'social-catfish']) {
      for (const ch of contactInfo(id)!.channels) {
        expect(ch.scope, ch.id).toBe('search-results');
        expect(ch.kinds, ch.id).not.toContain('access');
      }
    }
    expect(contactInfo('facecheck-id')!.channels[0]!.url).toBe('https://facecheck.id/Face-Search/RemoveMyPhotos');
    expect(contactInfo('pimeyes')!.channels[0]!.url).toBe('https://pimeyes.com/en/opt-out-request-form');
    expect(contactInfo('lenso-ai')!.channels[0]!.url).toBeUndefined();
    expect(contactInfo('social-catfish')!.channels[0]!.sources[0]!.grade).toBe('secondary');
  });

  it('services with no sourced channel say so, and datasets say copies cannot be recalled', () => {
    for (const id of ['search4faces', 'findclone', 'findface', 'searchface']) {
      const c = contactInfo(id)!;
      expect(c.channels, id).toEqual([]);
      expect(c.summary, id).toMatch(/No request channel/);
    }
    for (const id of ['yfcc100m', 'megaface', 'ibm-dif', 'laion-5b']) {
      const c = contactInfo(id)!;
      expect(c.channels, id).toEqual([]);
      expect(c.recall?.text, id).toMatch(/not recall|cannot be recalled/);
    }
    // FFHQ: NVIDIA's own page gives a way out of the dataset, but not out of copies already downloaded
    const ffhq = contactInfo('ffhq')!;
    expect(ffhq.channels.map((c) => [c.type, c.address, c.kinds])).toEqual([['email', 'researchinquiries@nvidia.com', ['erasure']]]);
    expect(ffhq.channels[0]!.sources[0]!.url).toBe('https://github.com/NVlabs/ffhq-dataset');
    expect(ffhq.recall?.text).toMatch(/cannot be recalled/);
  });

  it('never shows the spam mirror of Lenso.ai’s pages', () => {
    expect(JSON.stringify(CONTACTS)).not.toContain('kreafolk');
  });
});

describe('authorities', () => {
  it('covers every authority the issue names', () => {
    const countries = new Set(AUTHORITIES.map((a) => a.country));
    for (const c of ['NL', 'DE', 'FR', 'IT', 'ES', 'IE', 'BE', 'AT', 'SE', 'PL', 'GR', 'DK', 'FI', 'PT', 'GB', 'US', 'CA', 'AU']) expect(countries.has(c), c).toBe(true);
    const lands = AUTHORITIES.filter((a) => a.country === 'DE' && a.regions).flatMap((a) => a.regions!);
    expect(new Set(lands)).toEqual(new Set(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']));
    expect(authorityInfo('de-bfdi')?.sector).toBe('federal');
    for (const id of ['us-ca-cppa', 'us-ca-ag', 'us-il-ag', 'ca-opc', 'au-oaic', 'gb-ico']) expect(authorityInfo(id), id).toBeDefined();
  });

  it('carries the corrected values of G and H', () => {
    expect(authorityInfo('fr-cnil')?.form?.url).toBe('https://www.cnil.fr/fr/plaintes');
    expect(authorityInfo('fr-cnil')?.postal?.lines).toContain('3 Place de Fontenoy');
    expect(authorityInfo('gr-hdpa')?.email?.address).toBe('complaints@dpa.gr');
    expect(authorityInfo('de-hh')?.form?.url).toBe('https://datenschutz-hamburg.de/beschwerde/');
    expect(authorityInfo('ie-dpc')?.form?.url).toBe('https://forms.dataprotection.ie/contact');
    expect(authorityInfo('de-bw')?.form).toBeUndefined(); // G5: session-specific form address
  });

  it('leaves empty what the research could not source', () => {
    expect(authorityInfo('us-ca-cppa')?.postal).toBeUndefined();
    expect(authorityInfo('de-nw')?.form).toBeUndefined();
    expect(authorityInfo('de-th')?.form).toBeUndefined();
    expect(authorityInfo('nl-ap')?.email).toBeUndefined(); // the AP names its form or a letter, not e-mail
    expect(authorityInfo('us-ca-ag')?.form?.source.grade).toBe('secondary');
    expect(authorityInfo('us-il-ag')?.conditions).toMatch(/no source says it handles BIPA complaints/);
  });

  it('states accepted languages only where an official page does', () => {
    expect(authorityInfo('nl-ap')).toMatchObject({ languages: ['nl', 'en'], languagesAccepted: true });
    expect(authorityInfo('be-apd')).toMatchObject({ languages: ['fr', 'nl', 'de'], languagesAccepted: true });
    expect(authorityInfo('fr-cnil')).toMatchObject({ languages: ['fr'], languagesAccepted: true });
    expect(authorityInfo('it-garante')?.languagesAccepted).toBe(false);
  });
});

describe('laws', () => {
  it('agree with the letter matrix the templates are typed from', () => {
    for (const law of LAWS) {
      const m = LETTER_MATRIX[law.id];
      expect([...law.kinds], law.id).toEqual([...m.kinds]);
      expect([...law.languages], law.id).toEqual([...m.languages]);
    }
  });

  it('protect whom the sources say', () => {
    const by = (id: string) => LAWS.find((l) => l.id === id)!;
    expect(by('gdpr').protects).toHaveLength(27);
    expect(by('gdpr').protects).not.toContain('GB');
    expect(by('uk-gdpr').protects).toEqual(['GB']);
    expect(by('ccpa').protects).toEqual(['US-CA']);
    expect(by('bipa').protects).toEqual(['US-IL']);
    expect(by('pipeda')).toMatchObject({ protects: ['CA'], onlyFor: ['clearview-ai'] });
    expect(by('au-privacy')).toMatchObject({ protects: ['AU'], onlyFor: ['clearview-ai'] });
  });

  it('mark which periods are statutory', () => {
    const by = (id: string) => LAWS.find((l) => l.id === id)!;
    expect(by('gdpr').rules.access).toMatchObject({ period: { unit: 'month', amount: 1 }, extendedTo: { unit: 'month', amount: 3 }, statutory: true });
    expect(by('ccpa').rules['opt-out']).toMatchObject({ period: { unit: 'business-day', amount: 15 }, statutory: true });
    expect(by('ccpa').rules['opt-out']!.basis!.source.grade).toBe('secondary');
    expect(by('bipa').rules.erasure?.statutory).toBe(false);
    expect(by('au-privacy').rules.access?.statutory).toBe(false);
    expect(by('uk-gdpr').rules.access?.clockRestarts).toBe(true);
  });
});
