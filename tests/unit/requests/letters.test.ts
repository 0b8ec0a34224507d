/**
 * Letters: one file snapshot per kind × law × language that exists, a structure test that the four languages carry
 * the same content, what every letter must say, and a clear error for every combination that does not exist.
 */
import { describe, expect, it } from 'vitest';
import {
  LAWS, LETTER_LANGUAGES, LETTER_MATRIX, LETTER_VERSION, REQUEST_KINDS, TEMPLATES, draftRequest, lawInfo, requestOptions,
  type LawId, type LetterLanguage, type RequestKind, type Requester,
} from '../../../src/core/index';
import { nl } from '../../../src/core/requests/letters/templates/nl';
import type { LetterTemplate } from '../../../src/core/requests/letters/templates/types';

const DATE = '2027-01-31';
const REQUESTERS: Record<LawId, Requester> = {
  gdpr: { name: 'Alex Example', email: 'alex@example.org', country: 'NL' },
  'uk-gdpr': { name: 'Alex Example', email: 'alex@example.org', country: 'GB' },
  ccpa: { name: 'Alex Example', email: 'alex@example.org', country: 'US', region: 'CA' },
  bipa: { name: 'Alex Example', email: 'alex@example.org', country: 'US', region: 'IL' },
  pipeda: { name: 'Alex Example', email: 'alex@example.org', country: 'CA' },
  'au-privacy': { name: 'Alex Example', email: 'alex@example.org', country: 'AU' },
  none: { name: 'Alex Example', email: 'alex@example.org', country: 'US', region: 'TX' },
};

const combos = LAWS.flatMap((law) => law.kinds.flatMap((kind) => law.languages.map((language) => ({ law: law.id, kind, language }))));
const draft = (law: LawId, kind: RequestKind, language: LetterLanguage, scraper = 'clearview-ai') =>
  draftRequest({ scraper, kind, law, language, requester: REQUESTERS[law], date: DATE });

describe('snapshots: every kind × law × language that exists (Clearview, e-mail)', () => {
  it('covers the whole matrix', () => {
    expect(combos).toHaveLength(Object.values(LETTER_MATRIX).reduce((n, m) => n + m.kinds.length * m.languages.length, 0));
    expect(combos.length).toBe(69);
  });

  it.each(combos.map((c) => [c.law, c.kind, c.language] as const))('%s / %s / %s', async (law, kind, language) => {
    const d = draft(law, kind, language);
    const text = `To: ${d.to}\nChannel: ${d.channel}\nSubject: ${d.subject}\nDue: ${d.dueDate}${d.statutory ? '' : ' (asked for; not statutory)'}\nVersion: ${d.letterVersion}\n\n${d.body}\n`;
    await expect(text).toMatchFileSnapshot(`./__snapshots__/letters/${law}/${kind}.${language}.txt`);
  });

  it('a web form and a postal letter', async () => {
    const pim = draft('gdpr', 'erasure', 'en', 'pimeyes');
    expect(pim).toMatchObject({ channel: 'webform', to: 'https://pimeyes.com/en/opt-out-request-form' });
    await expect(`${pim.to}\n${pim.proof.join('\n')}\n${pim.note}\n\n${pim.body}\n`).toMatchFileSnapshot('./__snapshots__/letters/webform-pimeyes.en.txt');
    const post = draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'fr', requester: { ...REQUESTERS.gdpr, country: 'FR' }, date: DATE, channelId: 'clearview-ai-postal' });
    expect(post.channel).toBe('postal');
    expect(post.copyTo).toContain('418 Broadway STE N');
    await expect(`${post.to}\n\n${post.body}\n`).toMatchFileSnapshot('./__snapshots__/letters/postal-clearview.fr.txt');
  });
});

/** The numbers of a paragraph (articles, sections, dates, amounts, list items), order-free. */
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);

describe('the four languages carry the same content', () => {
  const groups = LAWS.flatMap((law) => law.kinds.map((kind) => ({ law: law.id, kind, languages: law.languages })));
  it.each(groups.filter((g) => g.languages.length > 1).map((g) => [g.law, g.kind] as const))('%s / %s', (law, kind) => {
    const letters = lawInfo(law)!.languages.map((language) => ({ language, d: draft(law, kind, language) }));
    const [first, ...rest] = letters;
    const paragraphs = (body: string) => body.split('\n\n');
    for (const { language, d } of rest) {
      expect(d.sections, language).toEqual(first!.d.sections);
      const a = paragraphs(first!.d.body);
      const b = paragraphs(d.body);
      expect(b.length, language).toBe(a.length);
      a.forEach((p, i) => {
        const q = b[i]!;
        const where = `${law}/${kind}/${language} §${d.sections[i]}`;
        expect(numbers(q), where).toEqual(numbers(p));
        for (const token of ['Alex Example', 'alex@example.org', 'Clearview AI, Inc.']) expect(q.includes(token), `${where}: ${token}`).toBe(p.includes(token));
      });
    }
  });
});

describe('what every letter says', () => {
  const refs: Record<LawId, Partial<Record<RequestKind, RegExp[]>>> = {
    gdpr: { access: [/15/, /12\D+3/, /12\D+6/, /4\D+14/, /9\D+1/], erasure: [/17/], objection: [/21/], combined: [/15/, /17/, /21/] },
    'uk-gdpr': { access: [/15/, /12A/], erasure: [/17/, /12A/], objection: [/21/], combined: [/15/, /17/, /21/] },
    ccpa: { access: [/1798\.110/, /1798\.115/, /1798\.130/], erasure: [/1798\.105/, /1798\.130/], 'opt-out': [/1798\.120/, /7026/] },
    bipa: { erasure: [/14\/15\(a\)/, /14\/15\(b\)/, /14\/15\(c\)/, /14\/10/] },
    pipeda: { access: [/4\.9/, /8\(3\)/], erasure: [/4\.3\.8/] },
    'au-privacy': { access: [/Principle 12/, /3\.3/], erasure: [/3\.3/] },
    none: { access: [], erasure: [] },
  };

  it.each(combos.filter((c) => c.language === 'en').map((c) => [c.law, c.kind] as const))('%s / %s cites its basis, biometrics, the deadline and minimal verification', (law, kind) => {
    const d = draft(law, kind, 'en');
    for (const re of refs[law][kind] ?? []) expect(d.body, String(re)).toMatch(re);
    expect(d.body).toMatch(/biometric|face geometry/);
    expect(d.body).toMatch(/face template/);
    expect(d.body).toContain(TEMPLATES.en.date(d.dueDate));
    expect(d.body).toMatch(/do not attach an identity document|send no identity document/);
    expect(d.body).toMatch(/only (to|for)/);
    expect(d.body).toMatch(/delete it/);
    expect(d.body).toContain('alex@example.org');
    expect(d.body).toContain('Alex Example');
    if (law === 'none') expect(d.body).toMatch(/without relying on any particular law/);
    expect(d.letterVersion).toBe(LETTER_VERSION);
  });

  it('states the due date it returns, in the letter’s language', () => {
    expect(draft('gdpr', 'access', 'en').dueDate).toBe('2027-02-28');
    expect(draft('gdpr', 'access', 'en').body).toContain('by 28 February 2027');
    expect(draft('gdpr', 'access', 'nl').body).toContain('uiterlijk op 28 februari 2027');
    expect(draft('gdpr', 'access', 'de').body).toContain('bis zum 28. Februar 2027');
    expect(draft('gdpr', 'access', 'fr').body).toContain('au plus tard le 28 février 2027');
    expect(draft('ccpa', 'access', 'en')).toMatchObject({ dueDate: '2027-03-17', statutory: true });
    expect(draft('ccpa', 'opt-out', 'en').dueDate).toBe('2027-02-19');
    expect(draft('bipa', 'erasure', 'en')).toMatchObject({ dueDate: '2027-03-02', statutory: false });
  });

  it('Clearview letters under the GDPR and UK GDPR cite the Dutch authority’s 2024 decision; others do not', () => {
    for (const law of ['gdpr', 'uk-gdpr'] as const) expect(draft(law, 'access', 'en').body).toMatch(/16 May 2024.*30\.5 million.*did not answer access requests/s);
    expect(draft('ccpa', 'access', 'en').body).not.toContain('Autoriteit Persoonsgegevens');
    expect(draft('gdpr', 'erasure', 'en', 'pimeyes').body).not.toContain('Autoriteit Persoonsgegevens');
    expect(draft('ccpa', 'opt-out', 'en').body).toMatch(/deemed a sale under the CPRA/);
    expect(draft('pipeda', 'access', 'en').body).toMatch(/PIPEDA Findings #2021-001/);
    expect(draft('au-privacy', 'erasure', 'en').body).toMatch(/\[2021\] AICmr 54/);
  });

  it('never includes more personal data than the channel needs', () => {
    const withAddress = { ...REQUESTERS.gdpr, address: 'Kerkstraat 1\n1234 AB Amsterdam' };
    const email = draftRequest({ scraper: 'clearview-ai', kind: 'access', law: 'gdpr', language: 'en', requester: withAddress, date: DATE });
    expect(email.body).not.toContain('Kerkstraat');
    const form = draftRequest({ scraper: 'pimeyes', kind: 'erasure', law: 'gdpr', language: 'en', requester: withAddress, date: DATE });
    expect(form.body).not.toContain('Kerkstraat');
    expect(form.body).not.toMatch(/phone|passport|date of birth/i);
  });

  it('combined letters ask for the copy before the erasure', () => {
    const d = draft('gdpr', 'combined', 'en');
    expect(d.sections.slice(3, 7)).toEqual(['access', 'objection', 'erasure', 'order']);
  });
});

describe('combinations that do not exist throw a clear error', () => {
  const base = { scraper: 'clearview-ai', requester: REQUESTERS.gdpr, date: DATE };
  const cases: [string, () => unknown, RegExp][] = [
    ['an opt-out under the GDPR', () => draftRequest({ ...base, kind: 'opt-out', law: 'gdpr', language: 'en' }), /no "opt-out" request under the GDPR.*only under the CCPA/],
    ['BIPA in Dutch', () => draftRequest({ ...base, requester: REQUESTERS.bipa, kind: 'erasure', law: 'bipa', language: 'nl' }), /BIPA letters exist only in en \(BIPA is an Illinois statute\); "nl"/],
    ['BIPA access', () => draftRequest({ ...base, requester: REQUESTERS.bipa, kind: 'access', law: 'bipa', language: 'en' }), /no "access" request under BIPA.*no right of access/],
    ['an objection under the CCPA', () => draftRequest({ ...base, requester: REQUESTERS.ccpa, kind: 'objection', law: 'ccpa', language: 'en' }), /no "objection" request under the CCPA/],
    ['the CCPA for a Dutch resident', () => draftRequest({ ...base, kind: 'access', law: 'ccpa', language: 'en' }), /the CCPA protects US-CA, and this requester is in NL: the laws that apply are gdpr, none/],
    ['the GDPR for a Californian', () => draftRequest({ ...base, requester: REQUESTERS.ccpa, kind: 'access', law: 'gdpr', language: 'en' }), /this requester is in US-CA: the laws that apply are ccpa, none/],
    ['PIPEDA against PimEyes', () => draftRequest({ ...base, scraper: 'pimeyes', requester: REQUESTERS.pipeda, kind: 'access', law: 'pipeda', language: 'en' }), /PIPEDA letters exist only for clearview-ai/],
    ['an access request to PimEyes (only an opt-out form is sourced)', () => draftRequest({ ...base, scraper: 'pimeyes', kind: 'access', law: 'gdpr', language: 'en' }), /PimEyes has no sourced channel for a "access" request/],
    ['any request to Search4faces', () => draftRequest({ ...base, scraper: 'search4faces', kind: 'erasure', law: 'gdpr', language: 'en' }), /Search4faces has no sourced request channel/],
    ['a request to a dataset', () => draftRequest({ ...base, scraper: 'yfcc100m', kind: 'erasure', law: 'gdpr', language: 'en' }), /has no sourced request channel/],
    ['Lenso.ai, whose form address is not sourced', () => draftRequest({ ...base, scraper: 'lenso-ai', kind: 'erasure', law: 'gdpr', language: 'en' }), /Lenso\.ai: .*not sourced.*https:\/\/lenso\.ai\/en\/blog/],
    ['an unknown scraper', () => draftRequest({ ...base, scraper: 'Clearview', kind: 'access', law: 'gdpr', language: 'en' }), /unknown scraper "Clearview": use a registry id/],
    ['an unknown law', () => draftRequest({ ...base, kind: 'access', law: 'lgpd' as LawId, language: 'en' }), /unknown law "lgpd"/],
    ['an unknown kind', () => draftRequest({ ...base, kind: 'rectification' as RequestKind, law: 'gdpr', language: 'en' }), /unknown request kind/],
    ['an unknown language', () => draftRequest({ ...base, kind: 'access', law: 'gdpr', language: 'es' as LetterLanguage }), /unknown letter language "es"/],
    ['a bad date', () => draftRequest({ ...base, kind: 'access', law: 'gdpr', language: 'en', date: '2027-02-30' }), /date must be an ISO day/],
    ['a bad e-mail', () => draftRequest({ ...base, requester: { ...REQUESTERS.gdpr, email: 'alex at example' }, kind: 'access', law: 'gdpr', language: 'en' }), /not a plain e-mail address/],
    ['a bad country', () => draftRequest({ ...base, requester: { ...REQUESTERS.gdpr, country: 'Netherlands' }, kind: 'access', law: 'gdpr', language: 'en' }), /ISO 3166-1 alpha-2/],
    ['the Illinois opt-out form for a Dutch resident', () => draftRequest({ ...base, kind: 'access', law: 'gdpr', language: 'en', channelId: 'clearview-ai-illinois-opt-out' }), /does not serve a "access" request from NL/],
    ['the Illinois opt-out form, whose address is not sourced', () => draftRequest({ ...base, requester: REQUESTERS.bipa, kind: 'erasure', law: 'bipa', language: 'en', channelId: 'clearview-ai-illinois-opt-out' }), /does not serve/],
  ];
  it.each(cases)('%s', (_name, fn, message) => {
    expect(fn).toThrow(message);
  });

  it('every kind × law × language outside the matrix throws', () => {
    let thrown = 0;
    for (const law of LAWS) {
      for (const kind of REQUEST_KINDS) {
        for (const language of LETTER_LANGUAGES) {
          const exists = law.kinds.includes(kind) && law.languages.includes(language);
          const run = () => draft(law.id, kind, language);
          if (exists) expect(run, `${law.id}/${kind}/${language}`).not.toThrow();
          else {
            expect(run, `${law.id}/${kind}/${language}`).toThrow(/no "|exist only/);
            thrown++;
          }
        }
      }
    }
    expect(thrown).toBe(7 * 5 * 4 - 69);
  });
});

describe('templates are typed against the matrix', () => {
  it('a missing translation or a letter that does not exist is a type error (checked by tsc)', () => {
    // @ts-expect-error -- Dutch subjects without the combined GDPR letter do not satisfy the template
    const missing: LetterTemplate<'nl'>['subject'] = { ...nl.subject, gdpr: { access: '', erasure: '', objection: '' } };
    // @ts-expect-error -- BIPA letters exist only in English
    const bipa: LetterTemplate<'nl'>['subject']['bipa'] = { erasure: '' };
    // @ts-expect-error -- there is no opt-out under the GDPR
    const optOut: LetterTemplate<'en'>['subject']['gdpr']['opt-out'] = '';
    expect([missing, bipa, optOut]).toHaveLength(3);
  });

  it('requestOptions says, per law, which kinds can be drafted and why the others cannot', () => {
    const opts = requestOptions('pimeyes', REQUESTERS.gdpr);
    expect(opts.find((o) => o.law === 'gdpr' && o.kind === 'erasure')).toMatchObject({ channelId: 'pimeyes-opt-out-form' });
    expect(opts.find((o) => o.law === 'gdpr' && o.kind === 'access')?.unavailable).toMatch(/no sourced channel/);
    expect(requestOptions('clearview-ai', REQUESTERS.bipa).map((o) => `${o.law}/${o.kind}`)).toEqual(['bipa/erasure', 'none/access', 'none/erasure']);
  });
});
