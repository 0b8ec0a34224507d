/** The registry's texts in Dutch, German and French: complete, current, and keeping every checked fact. */
import { describe, expect, it } from 'vitest';
import { AUTHORITIES } from '../../src/core/registry/authorities';
import { CONTACTS } from '../../src/core/registry/channels';
import { EVIDENCE } from '../../src/core/registry/evidence';
import { PLATFORMS } from '../../src/core/registry/platforms';
import { NO_CHANNEL } from '../../src/core/registry/request-schema';
import { SCRAPERS } from '../../src/core/registry/scrapers';
import {
  TRANSLATED_LANGUAGES,
  loadRegistryTable,
  localizeText,
  registryLocalizer,
  registryTexts,
  type TranslationTable,
} from '../../src/core/registry/translations';
import { DE } from '../../src/core/registry/translations/de';
import { FR } from '../../src/core/registry/translations/fr';
import { NL } from '../../src/core/registry/translations/nl';
import { checkTranslation, numbersOf, validateTranslations } from '../../src/core/registry/validate-translations';

const data = { evidence: EVIDENCE, scrapers: SCRAPERS, platforms: PLATFORMS, contacts: CONTACTS, authorities: AUTHORITIES };
const texts = registryTexts(data);
const tables = { nl: NL, de: DE, fr: FR };

describe('registry translations', () => {
  it('pass the translation lint', () => {
    expect(validateTranslations({ texts, tables })).toEqual([]);
  });

  it('list every text users read, each once', () => {
    expect(new Set(texts).size).toBe(texts.length);
    for (const e of EVIDENCE) expect(texts).toContain(e.claim);
    for (const s of SCRAPERS) {
      expect(texts).toContain(s.what);
      for (const r of s.record) expect(texts).toEqual(expect.arrayContaining([r.authority, r.ordered]));
    }
    for (const p of PLATFORMS) if (p.setting !== 'none-known') expect(texts).toContain(p.setting.text);
    for (const c of CONTACTS) {
      expect(texts).toContain(c.summary);
      for (const ch of c.channels) expect(texts).toEqual(expect.arrayContaining([ch.note, ...ch.proof.map((p) => p.text)]));
      for (const p of c.pages) expect(texts).toEqual(expect.arrayContaining([p.title, p.says]));
      if (c.recall) expect(texts).toContain(c.recall.text);
    }
    for (const a of AUTHORITIES) expect(texts).toContain(a.conditions);
    expect(texts).toContain(NO_CHANNEL);
  });

  it('have one entry per text in each language, and the same keys in all three', () => {
    for (const table of Object.values(tables)) expect(Object.keys(table).sort()).toEqual([...texts].sort());
  });

  it('localize a text, and fall back to English only for English or a missing table', async () => {
    const claim = EVIDENCE[0]!.claim;
    expect(localizeText(claim, 'en', NL)).toBe(claim);
    expect(localizeText(claim, 'nl', NL)).toBe(NL[claim]);
    expect(localizeText(claim, 'nl')).toBe(claim);
    expect(localizeText('not in the registry', 'de', DE)).toBe('not in the registry');
    expect(registryLocalizer('fr', FR)(NO_CHANNEL)).toBe(FR[NO_CHANNEL]);
    for (const lang of TRANSLATED_LANGUAGES) expect(await loadRegistryTable(lang)).toBe(tables[lang]);
    expect(await loadRegistryTable('en')).toBeUndefined();
  });

  it('keep the registry hedges in every language', () => {
    const decision = 'This is a complaint, not a decision.';
    const withHedge = texts.filter((t) => t.includes(decision));
    expect(withHedge.length).toBeGreaterThan(0);
    for (const t of withHedge) {
      expect(NL[t]).toContain('Dit is een klacht, geen beslissing.');
      expect(DE[t]).toMatch(/Dies ist eine (Strafanzeige|Anzeige|Beschwerde), keine Entscheidung\./);
      expect(FR[t]).toContain('Il s’agit d’une plainte, pas d’une décision.'.replace(/’/g, "'"));
    }
  });
});

describe('the translation lint catches broken translations (so a pass means something)', () => {
  const en = EVIDENCE.find((e) => e.claim.includes('LinkedIn'))!.claim; // "LinkedIn announced in February 2020 ..."
  const sub = (table: TranslationTable, from: string, to: string): TranslationTable => {
    expect(table[en]).toContain(from);
    return { ...table, [en]: table[en]!.replace(from, to) };
  };
  const lint = (nl: TranslationTable) => validateTranslations({ texts, tables: { ...tables, nl } }).join('\n');

  it('a missing translation', () => {
    const nl = { ...NL };
    delete (nl as Record<string, string>)[en];
    expect(lint(nl)).toContain('nl: no translation of "LinkedIn announced');
  });

  it('a stale entry after an English edit', () => {
    const edited = en.replace('February 2020', 'March 2020');
    const problems = validateTranslations({ texts: texts.map((t) => (t === en ? edited : t)), tables }).join('\n');
    expect(problems).toContain('nl: stale entry, no English text "LinkedIn announced in February');
    expect(problems).toContain('de: no translation of "LinkedIn announced in March');
  });

  it('a changed number or year', () => {
    expect(lint(sub(NL, '2020', '2021'))).toMatch(/numbers differ: English \[2020\], translation \[2021\]/);
  });

  it('a changed month', () => {
    expect(lint(sub(NL, 'februari', 'maart'))).toContain('month February (februari) missing');
  });

  it('a dropped legal term', () => {
    expect(lint(sub(NL, 'sommatiebrief', 'brief'))).toContain('legal term "cease-and-desist"');
  });

  it('an empty text and markup', () => {
    expect(lint({ ...NL, [en]: ' ' })).toContain('empty translation');
    expect(lint(sub(NL, 'LinkedIn', '<b>LinkedIn</b>'))).toContain('markup characters');
  });

  it('a changed URL, e-mail address or domain', () => {
    const url = 'Start page: https://ico.org.uk/make-a-complaint/data-protection-complaints';
    const mail = texts.find((t) => t.includes('legal-requests@clearview.ai'))!;
    const problems = validateTranslations({
      texts,
      tables: { ...tables, de: { ...DE, [url]: DE[url]!.replace('ico.org.uk', 'ico.gov.uk'), [mail]: DE[mail]!.replace('legal-requests@', 'legal@') } },
    }).join('\n');
    expect(problems).toContain('address or domain "https://ico.org.uk/make-a-complaint/data-protection-complaints" missing');
    expect(problems).toContain('address or domain "legal-requests@clearview.ai" missing');
  });

  it('each kind of dropped or changed fact, on its own', () => {
    const cases: [string, string, RegExp][] = [
      ['Clearview did not object, so it can no longer appeal.', 'Clearview objected, so it can appeal.', /fewer negations/],
      ['The OAIC decided to take no further action.', 'The OAIC decided to act.', /fewer negations/],
      ['Clearview AI claimed to have scraped images.', 'Clearview AI heeft afbeeldingen gescrapet.', /no claim marker/],
      ['Facebook sent it a letter, accusing it of harvesting Instagram photos.', 'Facebook stuurde het bedrijf een brief over Instagram-foto’s.', /no accusation marker/],
      ['The court said a ban would have been appropriate.', 'Een verbod was passend.', /no attribution marker/],
      ['The settlement may not be final.', 'De schikking is niet definitief.', /no uncertainty marker/],
      ['It held about 500 million faces.', 'Het bevatte 500 miljoen gezichten.', /no approximation marker/],
      ['It only stops the search results.', 'Het stopt de zoekresultaten.', /no only marker/],
      ['This is a lawsuit, not a decision.', 'Dit is een rechtszaak, niet beslist.', /no "not a decision" marker/],
      ['A fine of EUR 30,500,000.', 'Een boete van 30.500.000.', /currency EUR/],
      ['About 8.5% of the sample.', 'Ongeveer 8,5 van de steekproef.', /percent signs differ/],
      ['A dataset of 5.85 billion pairs.', 'Ein Datensatz mit 5,85 Billionen Paaren.', /false friend/],
      ['Protected posts, says "Protect your posts".', 'Beschermde berichten, volgens “Bescherm uw berichten”.', /quotation "Protect your posts" not kept verbatim/],
      ['Breaches of GDPR Article 5.', 'Schendingen van artikel 5 GDPR.', /"GDPR" not rendered as/],
      ['PimEyes denied the accusations.', 'Pimeyes ontkende de beschuldigingen.', /name or acronym "PimEyes" missing/],
      ['The photos themselves were not covered by the order of the authority.', 'The photos themselves were not covered by the order of the authority.', /left in English/],
      ['A complaint was filed in July 2020 and the authority considers it unlawful.', 'In juli 2020.', /length/],
    ];
    for (const [english, translation, expected] of cases) {
      const lang = /Billionen/.test(translation) ? 'de' : 'nl';
      expect(checkTranslation(english, translation, lang).join('\n'), `${english} → ${translation}`).toMatch(expected);
    }
  });

  it('reads numbers across the languages’ separators, and tells different ones apart', () => {
    expect(numbersOf('3,311,471 photos and 99.2 million')).toEqual(numbersOf('3.311.471 foto’s en 99,2 miljoen'));
    expect(numbersOf('3,311,471 photos and 99.2 million')).toEqual(numbersOf('3\u202f311\u202f471 photos et 99,2 millions'));
    expect(numbersOf('EUR 5.1 million')).not.toEqual(numbersOf('EUR 5,7 miljoen'));
  });
});
