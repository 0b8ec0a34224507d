/** Reminders to the company and complaints to the requester's authority. */
import { describe, expect, it } from 'vitest';
import {
  authorityForRequester, draftComplaint, draftReminder, draftRequest, type DraftedRequest, type LetterLanguage, type Requester,
} from '../../../src/core/index';

const person = (country: string, region?: string, address?: string): Requester => ({
  name: 'Alex Example', email: 'alex@example.org', country, ...(region ? { region } : {}), ...(address ? { address } : {}),
});
const send = (requester: Requester, law: DraftedRequest['law'], kind: DraftedRequest['kind'] = 'access', language: LetterLanguage = 'en', scraper = 'clearview-ai') =>
  draftRequest({ scraper, kind, law, language, requester, date: '2027-01-31' });

describe('draftReminder', () => {
  const nl = person('NL');
  const request = send(nl, 'gdpr');

  it('is refused until the deadline has passed', () => {
    expect(() => draftReminder({ request, requester: nl, language: 'en', date: '2027-02-28' })).toThrow(/due on 2027-02-28; .* from 2027-03-01/);
    expect(draftReminder({ request, requester: nl, language: 'en', date: '2027-03-01' }).dueDate).toBe('2027-02-28');
  });

  it('follows an extension the company notified in time', () => {
    const extended = { ...request, events: [{ type: 'extension' as const, on: '2027-02-15' }] };
    expect(() => draftReminder({ request: extended, requester: nl, language: 'en', date: '2027-03-01' })).toThrow(/due on 2027-04-30/);
    expect(draftReminder({ request: extended, requester: nl, language: 'en', date: '2027-05-01' }).body).toContain('30 April 2027');
  });

  it('may be sent before the deadline about an incomplete answer or a refusal', () => {
    const r = draftReminder({ request: { ...request, outcome: 'insufficient' }, requester: nl, language: 'en', date: '2027-02-10' });
    expect(r.body).toContain('The answer I received is incomplete.');
  });

  it('states the facts, the legal basis of the period and what comes next, to the same channel', async () => {
    const r = draftReminder({ request, requester: nl, language: 'en', date: '2027-03-01' });
    expect(r).toMatchObject({ to: 'legal-requests@clearview.ai', channel: 'email' });
    expect(r.body).toContain('On 31 January 2027 I sent you my request “Access request under Article 15 GDPR” by e-mail (legal-requests@clearview.ai).');
    expect(r.body).toContain('(Article 12(3) GDPR)');
    expect(r.body).toContain('by 15 March 2027'); // 14 days of grace: our choice, not a legal period
    await expect(`${r.subject}\n\n${r.body}\n`).toMatchFileSnapshot('./__snapshots__/follow-up/reminder.gdpr.en.txt');
  });

  it('under the UK GDPR it is also a complaint to the controller (s.164A DPA 2018)', () => {
    const gb = person('GB');
    const r = draftReminder({ request: send(gb, 'uk-gdpr'), requester: gb, language: 'en', date: '2027-03-01' });
    expect(r.sections).toContain('uk-complaint');
    expect(r.body).toMatch(/section 164A of the Data Protection Act 2018/);
  });

  it('does not call a requested date statutory', () => {
    const il = person('US', 'IL');
    const r = draftReminder({ request: send(il, 'bipa', 'erasure'), requester: il, language: 'en', date: '2027-03-03' });
    expect(r.body).toContain('The date by which I asked you to answer, 2 March 2027, has passed.');
  });

  it('exists in the four languages with the same paragraphs', async () => {
    const ids = new Set<string>();
    for (const language of ['en', 'nl', 'de', 'fr'] as const) {
      const r = draftReminder({ request, requester: nl, language, date: '2027-03-01' });
      ids.add(r.sections.join(','));
      await expect(`${r.subject}\n\n${r.body}\n`).toMatchFileSnapshot(`./__snapshots__/follow-up/reminder.gdpr.${language}.txt`);
    }
    expect(ids.size).toBe(1);
  });

  it('BIPA reminders exist only in English', () => {
    const il = person('US', 'IL');
    expect(() => draftReminder({ request: send(il, 'bipa', 'erasure'), requester: il, language: 'de', date: '2027-03-03' })).toThrow(/exist only in en/);
  });
});

describe('the authority a complaint goes to', () => {
  const cases: [Requester, DraftedRequest['law'], string][] = [
    [person('NL'), 'gdpr', 'nl-ap'],
    [person('FR'), 'gdpr', 'fr-cnil'],
    [person('DE', 'BY'), 'gdpr', 'de-by-lda'],
    [person('DE', 'DE-HH'), 'gdpr', 'de-hh'],
    [person('DE', 'nw'), 'gdpr', 'de-nw'],
    [person('BE'), 'gdpr', 'be-apd'],
    [person('IT'), 'gdpr', 'it-garante'],
    [person('GB'), 'uk-gdpr', 'gb-ico'],
    [person('UK'), 'uk-gdpr', 'gb-ico'],
    [person('US', 'CA'), 'ccpa', 'us-ca-cppa'],
    [person('US', 'US-IL'), 'bipa', 'us-il-ag'],
    [person('CA'), 'pipeda', 'ca-opc'],
    [person('AU'), 'au-privacy', 'au-oaic'],
  ];
  it.each(cases.map(([r, law, id]) => [`${r.country}${r.region ? `-${r.region}` : ''}`, law, id, r] as const))('%s under %s → %s', (_w, law, id, r) => {
    expect(authorityForRequester(r, law).id).toBe(id);
  });

  it('a German requester needs a Land: complaints about companies do not go to the BfDI', () => {
    expect(() => authorityForRequester(person('DE'), 'gdpr')).toThrow(/needs a Land \(requester.region\).*not the federal BfDI.*BW, BY, BE/);
  });

  it('throws clearly where the registry has no authority, or the request claims no law', () => {
    expect(() => authorityForRequester(person('CZ'), 'gdpr')).toThrow(/no authority for complaints under the GDPR from CZ/);
    expect(() => authorityForRequester(person('US', 'TX'), 'none')).toThrow(/plain request claims no statutory right/);
    expect(() => authorityForRequester(person('US'), 'ccpa')).toThrow(/requester.region is needed/);
  });
});

describe('draftComplaint', () => {
  it('is refused while the company still has time to answer', () => {
    const nl = person('NL');
    expect(() => draftComplaint({ request: send(nl, 'gdpr'), requester: nl, language: 'nl', date: '2027-02-01' })).toThrow(/due on 2027-02-28/);
  });

  it('to the Dutch AP: in Dutch, prefilled with the facts, citing Art. 77 and the AP’s own decision', async () => {
    const nl = person('NL', undefined, 'Kerkstraat 1\n1234 AB Amsterdam');
    const c = draftComplaint({ request: { ...send(nl, 'gdpr', 'combined'), remindedOn: '2027-03-01' }, requester: nl, language: 'nl', date: '2027-03-20' });
    expect(c).toMatchObject({ to: 'https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten', channel: 'webform', language: 'nl' });
    expect(c.authority.id).toBe('nl-ap');
    expect(c.body).toContain('artikel 77 AVG');
    expect(c.body).toContain('Clearview AI, Inc. (99 Wall Street #5730, New York, NY 10005, USA)');
    expect(c.body).toContain('Alex Example, alex@example.org, Kerkstraat 1, 1234 AB Amsterdam');
    expect(c.body).toContain('31 januari 2027');
    expect(c.body).toContain('uiterlijk op 28 februari 2027');
    expect(c.body).toContain('Op 1 maart 2027 heb ik een herinnering gestuurd');
    expect(c.body).toContain('boetebesluit Clearview AI, 16 mei 2024');
    expect(c.notes.join(' ')).toMatch(/Contact the organisation first/);
    await expect(`${c.to}\n${c.subject}\n\n${c.body}\n`).toMatchFileSnapshot('./__snapshots__/follow-up/complaint.nl-ap.nl.txt');
  });

  it('to the CNIL: in French even when English is asked, because the CNIL requires French', () => {
    const fr = person('FR');
    const c = draftComplaint({ request: send(fr, 'gdpr', 'access', 'en'), requester: fr, language: 'en', date: '2027-03-01' });
    expect(c.language).toBe('fr');
    expect(c.languageNote).toMatch(/CNIL takes complaints in fr/);
    expect(c.body).toContain('l’article 77 du RGPD');
    expect(c.body).toContain('SAN-2022-019');
  });

  it('to the Belgian APD: in Dutch, French or German, never English', () => {
    const be = person('BE');
    expect(draftComplaint({ request: send(be, 'gdpr'), requester: be, language: 'nl', date: '2027-03-01' }).language).toBe('nl');
    expect(draftComplaint({ request: send(be, 'gdpr'), requester: be, language: 'en', date: '2027-03-01' }).language).toBe('fr');
  });

  it('to an authority whose language Unscraped does not write: English, with a note saying so', () => {
    const it_ = person('IT');
    const c = draftComplaint({ request: send(it_, 'gdpr'), requester: it_, language: 'de', date: '2027-03-01' });
    expect(c).toMatchObject({ language: 'en', channel: 'postal' });
    expect(c.languageNote).toMatch(/record suggests it .* so this one is in en/);
    expect(c.to).toContain('Piazza Venezia 11');
    const pl = person('PL');
    expect(draftComplaint({ request: send(pl, 'gdpr'), requester: pl, language: 'en', date: '2027-03-01' }).languageNote).toMatch(/requires complaints in pl.*have it translated/);
  });

  it('to a German Land authority: in German, by e-mail', async () => {
    const de = person('DE', 'BY');
    const c = draftComplaint({ request: send(de, 'gdpr', 'erasure', 'de'), requester: de, language: 'en', date: '2027-03-01' });
    expect(c).toMatchObject({ to: 'poststelle@lda.bayern.de', channel: 'email', language: 'de' });
    expect(c.body.split('\n\n')[1]).toMatch(/^ich lege gemäß Art\. 77 DSGVO Beschwerde/);
    await expect(`${c.to}\n${c.subject}\n\n${c.body}\n`).toMatchFileSnapshot('./__snapshots__/follow-up/complaint.de-by-lda.de.txt');
  });

  it('to the ICO: under section 165 of the Data Protection Act 2018', () => {
    const gb = person('GB');
    const c = draftComplaint({ request: send(gb, 'uk-gdpr'), requester: gb, language: 'en', date: '2027-03-01' });
    expect(c.body).toMatch(/section 165 of the Data Protection Act 2018/);
    expect(c.body).toMatch(/monetary penalty and enforcement notice, 23 May 2022/);
  });

  it('beyond Europe: CPPA, OPC, OAIC; the Illinois AG with the caveat that BIPA is enforced in court', async () => {
    const ca = person('US', 'CA');
    expect(draftComplaint({ request: send(ca, 'ccpa', 'opt-out'), requester: ca, language: 'en', date: '2027-03-01' }).to).toBe('https://cppa.ca.gov/webapplications/complaint');
    const can = person('CA');
    expect(draftComplaint({ request: send(can, 'pipeda'), requester: can, language: 'fr', date: '2027-03-03' }).body).toMatch(/article 11\(1\) de la LPRPDE/);
    const au = person('AU');
    expect(draftComplaint({ request: send(au, 'au-privacy'), requester: au, language: 'en', date: '2027-03-03' }).body).toMatch(/section 36 of the Privacy Act 1988.*section 40\(1A\)/s);
    const il = person('US', 'IL');
    const c = draftComplaint({ request: send(il, 'bipa', 'erasure'), requester: il, language: 'en', date: '2027-03-03' });
    expect(c.authority.id).toBe('us-il-ag');
    expect(c.body).toMatch(/enforced by individuals in court \(740 ILCS 14\/20\)/);
    expect(c.notes[0]).toMatch(/no source says it handles BIPA complaints/);
    await expect(`${c.to}\n${c.subject}\n\n${c.body}\n`).toMatchFileSnapshot('./__snapshots__/follow-up/complaint.us-il-ag.en.txt');
  });

  it('has the same paragraphs in every language', () => {
    const nl = person('NL');
    const request = send(nl, 'gdpr');
    const shapes = new Set(
      (['en', 'nl'] as const).map((language) => {
        const c = draftComplaint({ request, requester: nl, language, date: '2027-03-01' });
        return c.sections.join(',');
      }),
    );
    expect(shapes.size).toBe(1);
  });
});
