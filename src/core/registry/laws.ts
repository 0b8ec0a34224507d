/**
 * The laws a letter can rest on: whom each protects, which request kinds and languages exist, the references a letter
 * cites, the response period with its extension, and the basis of a complaint. Sources: the research sheet's section D
 * (with G4, and H where it corrects) and, where the sheet lacks a fact, the source named in the record (listed in the
 * README). A period the law does not set is marked `statutory: false`: the date is the one the letter asks for.
 */
import type { Source } from './schema';
import type { Citation, LawInfo } from './request-schema';
import { CONSULTED } from './sources';

/** A source: with its own date, or (without one) consulted in 2026. */
const v = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'verified', ...(date ? {} : { undated: true as const }) });
const s2 = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'secondary', ...(date ? {} : { undated: true as const }) });

/** Eurostat glossary: the 27 EU member states and their codes (Eurostat writes EL for Greece; ISO 3166 is GR). */
const EUROSTAT_EU = v('https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Glossary:European_Union_(EU)');
export const EU_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

// GDPR (section D of the sheet)
const GDPR_4_14 = v('https://www.law-reg.org/gdpr-en/regulations/biometric-data');
const GDPR_9 = v('https://www.gdprsummary.com/gdpr-definitions/biometric-data/');
const GDPR_12_3 = v('https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take');
const GDPR_12_4 = v('https://www.lrdpublications.org.uk/publications.php?id=idp470512&iss=1915&pub=bk', '2018-03');
/** not in the sheet: the legal text of Art. 12 on GDPRhub (noyb's wiki), graded secondary as a wiki copy */
const GDPR_12_6 = s2('https://gdprhub.eu/index.php?title=Article_12_GDPR&oldid=22982');
const GDPR_15 = v('https://ezon-shop.com/en/data-protection-en');
const GDPR_17 = v('https://www.gdprledger.com/guides/data-subject-rights');
const GDPR_21 = v('https://www.dataprotectionofficer.pt/en/direitos');
const GDPR_77 = v('https://dataprotection.ie/en/faqs/initial-contact-dpc/what-basis-making-valid-complaint-dpc-0');
const AP_2024 = v('https://avgtekst.nl/document/1-besluit-boete-clearview-ai', '2024-05-16');

// UK GDPR (D, G4) and the Data (Use and Access) Act 2025
const UK_ICO_STRUCTURE = v('https://www.lincoln.gov.uk/privacy-policy/data-protection-privacy-notice/23');
const UK_12_TEXT = v('https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html');
/** not in the sheet: Art. 12A (in force 5 Feb 2026 by SI 2026/82) and its stop-the-clock, per a law firm's note */
const UK_12A = s2('https://bratby.law/data-use-and-access-act-2025-commencement/', '2026-06-08');
const UK_12A_CLOCK = s2('https://www.privacyculture.com/news-article/127/stop-the-clock', '2025-09-11');
/** not in the sheet: DPA 2018 s.165 (complaints to the Commissioner), official text as enacted */
const UK_165 = v('https://www.legislation.gov.uk/ukpga/2018/12/part/6/crossheading/complaints/enacted', '2018-05-23');
/** not in the sheet: DUAA 2025 s.103, inserting s.164A DPA 2018 (complaints to the controller), official text */
const UK_164A = v('https://www.legislation.gov.uk/ukpga/2025/18/section/103', '2025-06-19');

// CCPA (D, G4, E2.3)
const CCPA_130 = v('https://proteuscyber.com/privacy-database/tag/cpra/days');
const CCPA_130_2ND = v('http://www.compliancewiki.org/print-59.html');
const CCPA_7021 = v('https://advisori.com/cpra/%C2%A7-7021-timelines-for-responding-to-requests-to-delete-requests-to-correct-and-requests-to-know/');
/** not in the sheet: the statute's sections, from the same database the sheet cites for §1798.130 */
const CCPA_105 = v('https://proteuscyber.com/privacy-database/ccpa-sec-3-1798105');
const CCPA_115 = v('https://proteuscyber.com/privacy-database/ccpa-sec-3-1798115');
const CCPA_120 = v('https://proteuscyber.com/privacy-database/ccpa-sec-3-1798120');
/** not in the sheet: regulation §7026 (opt-out methods) on Cornell LII; its 15-business-day limit only in a guide */
const CCPA_7026 = v('https://www.law.cornell.edu/regulations/california/11-CCR-7026');
const CCPA_7026_15 = s2('https://cookiebeam.com/guides/how-to-process-opt-out-do-not-sell-request-2026', '2026');
/** not in the sheet: sensitive personal information includes biometric information processed to identify a consumer */
const CCPA_140 = s2('https://app.legiplex.com/ca/legislature/2021/2021-r/bills/sb1189/draft-340890?id=340890', '2022-02-17');
const CPPA_SERVES = v('https://privacy.ca.gov/submit-a-complaint', '2025-12-18');
const CLEARVIEW_STATE = v('https://www.clearview.ai/state-information-and-rights');

// BIPA (D, E2.3)
const BIPA_15 = v('http://laws9.com/statutes/illinois/chapter740/3004');
const BIPA_20 = v('https://www.dl-firm.com/illinois-governor-pritzker-signs-amendment-reducing-potential-damages-under-biometric-information-privacy-act/', '2024-08');
/** not in the sheet: §10's definitions as quoted in a 2025 bill on the Illinois General Assembly's site */
const BIPA_10 = v('https://beta.ilga.gov/ftp/legislation/104/HB/10400HB2838.htm', '2025');

// PIPEDA (D, G4)
const PIPEDA_8 = v('https://proteuscyber.com/privacy-database/pipeda-8');
/** not in the sheet: Schedule 1 (principles 4.3.8 and 4.9), Justice Canada, "Act current to 2024-10-30" */
const PIPEDA_SCHEDULE_1 = v('https://laws-lois.justice.gc.ca/eng/acts/P-8.6/page-7.html', '2024-10-30');
/** not in the sheet: s.11 (complaint to the Commissioner) */
const PIPEDA_11 = v('https://proteuscyber.com/privacy-database/pipeda-11');
const OPC_2021 = v('https://priv.gc.ca/en/opc-actions-and-decisions/investigations/investigations-into-businesses/2021/pipeda-2021-001', '2021-02-02');

// Australia (D, E2.3)
const APP_12 = v('https://oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-12-app-12-access-to-personal-information');
const APP_12_30 = s2('https://privacy108.com.au/insights/responding-to-access-requests/');
/** not in the sheet: Privacy Act 1988 ss.36 and 40(1A) on AustLII */
const AU_36 = v('https://www.austlii.edu.au/au/legis/cth/consol_act/pa1988108/s36.html');
const AU_40 = v('https://www.austlii.edu.au/au/legis/cth/consol_act/pa1988108/s40.html');
const OAIC_2021 = v('https://www.dataguidance.com/news/international-oaic-publishes-determination-confirming', '2021-11');

const c = (ref: string, says: string, source: Source): Citation => ({ ref, says, source });

const GDPR_CITES = {
  biometric: c('Art. 4(14)', 'Biometric data are data from specific technical processing of physical characteristics that allow a person to be uniquely identified, such as facial images.', GDPR_4_14),
  special: c('Art. 9(1)', 'Processing biometric data to uniquely identify a person is prohibited unless an exception in Art. 9(2) applies.', GDPR_9),
  deadline: c('Art. 12(3)', 'Act without undue delay and at the latest within one month of receipt; two further months where necessary, notified with reasons within the first month.', GDPR_12_3),
  noAction: c('Art. 12(4)', 'A controller that does not act must say why within the month and mention the right to complain.', GDPR_12_4),
  identity: c('Art. 12(6)', 'With reasonable doubts about identity, the controller may ask for the additional information necessary to confirm it.', GDPR_12_6),
  access: c('Art. 15', 'Confirmation, a copy of the data, purposes, recipients, storage period and the source of the data.', GDPR_15),
  erasure: c('Art. 17', 'Erasure without undue delay, among other grounds where the data were processed unlawfully.', GDPR_17),
  objection: c('Art. 21', 'Objection to processing based on legitimate interests.', GDPR_21),
} as const;

export const LAWS: readonly LawInfo[] = [
  {
    id: 'gdpr',
    name: 'General Data Protection Regulation (EU) 2016/679',
    protects: EU_COUNTRIES,
    kinds: ['access', 'erasure', 'objection', 'combined'],
    languages: ['en', 'nl', 'de', 'fr'],
    rules: Object.fromEntries(
      (['access', 'erasure', 'objection', 'combined'] as const).map((k) => [
        k,
        { period: { unit: 'month', amount: 1 }, extendedTo: { unit: 'month', amount: 3 }, extensionNoticeWithinPeriod: true, statutory: true, basis: GDPR_CITES.deadline },
      ]),
    ),
    cites: { ...GDPR_CITES, apDecision: c('AP, 16 May 2024', 'The Dutch authority fined Clearview EUR 30.5 million, among other things for ignoring access requests (Arts. 12(3) and 15).', AP_2024) },
    complaint: c('Art. 77', 'The right to lodge a complaint with a supervisory authority, in particular where one lives or works.', GDPR_77),
    sources: [EUROSTAT_EU, GDPR_12_3, GDPR_15],
  },
  {
    id: 'uk-gdpr',
    name: 'UK GDPR and the Data Protection Act 2018',
    protects: ['GB'],
    kinds: ['access', 'erasure', 'objection', 'combined'],
    languages: ['en', 'nl', 'de', 'fr'],
    rules: Object.fromEntries(
      (['access', 'erasure', 'objection', 'combined'] as const).map((k) => [
        k,
        {
          period: { unit: 'month', amount: 1 },
          extendedTo: { unit: 'month', amount: 3 },
          extensionNoticeWithinPeriod: true,
          statutory: true,
          clockRestarts: true,
          basis: c(
            'Arts. 12(3) and 12A UK GDPR',
            'One month from the relevant time (the latest of receipt, of identity information reasonably asked for, and of any fee), extendable by two further months with notice; the clock pauses while the controller waits for clarification it reasonably needs (Art. 12A, in force 5 February 2026).',
            UK_12A,
          ),
        },
      ]),
    ),
    cites: {
      ...GDPR_CITES,
      deadline: c('Arts. 12(3) and 12A', 'One month (three in total with a notified extension), counted from the relevant time.', UK_12_TEXT),
      clock: c('Art. 12A', 'The month runs from the latest of receipt, identity information reasonably requested, and any fee; it pauses for clarification.', UK_12A_CLOCK),
      structure: c('UK GDPR', 'Same rights structure as the GDPR; one month, extendable by two further months (three in total) for complex requests.', UK_ICO_STRUCTURE),
      complaintToController: c('s.164A DPA 2018', 'A data subject may complain to the controller, which must acknowledge the complaint within 30 days and respond without undue delay.', UK_164A),
      apDecision: c('AP, 16 May 2024', 'The Dutch authority fined Clearview EUR 30.5 million, among other things for ignoring access requests.', AP_2024),
    },
    complaint: c('s.165 DPA 2018', 'Complaints by data subjects to the Information Commissioner.', UK_165),
    sources: [UK_12_TEXT, UK_12A, UK_ICO_STRUCTURE],
  },
  {
    id: 'ccpa',
    name: 'California Consumer Privacy Act, as amended by the California Privacy Rights Act (CCPA)',
    protects: ['US-CA'],
    kinds: ['access', 'erasure', 'opt-out'],
    languages: ['en', 'nl', 'de', 'fr'],
    rules: {
      access: { period: { unit: 'day', amount: 45 }, extendedTo: { unit: 'day', amount: 90 }, extensionNoticeWithinPeriod: true, statutory: true, basis: c('Civ. Code §1798.130(a)(2); Regs. §7021(b)', '45 calendar days from receipt, regardless of the time verification takes; one 45-day extension with notice within the first 45 days.', CCPA_7021) },
      erasure: { period: { unit: 'day', amount: 45 }, extendedTo: { unit: 'day', amount: 90 }, extensionNoticeWithinPeriod: true, statutory: true, basis: c('Civ. Code §1798.130(a)(2); Regs. §7021(b)', '45 calendar days from receipt; one 45-day extension with notice within the first 45 days.', CCPA_130_2ND) },
      'opt-out': { period: { unit: 'business-day', amount: 15 }, statutory: true, basis: c('Regs. §7026', 'Comply as soon as feasibly possible and no later than 15 business days from receipt; an opt-out is not a verifiable request.', CCPA_7026_15) },
    },
    cites: {
      know: c('Civ. Code §§1798.110, 1798.115', 'The right to know the personal information collected, its sources, purposes, and to whom it was sold or disclosed.', CCPA_115),
      delete: c('Civ. Code §1798.105', 'The right to request deletion of personal information collected from the consumer.', CCPA_105),
      optOut: c('Civ. Code §1798.120', 'The right to direct a business not to sell (and, since the CPRA, share) personal information.', CCPA_120),
      deadline: c('Civ. Code §1798.130(a)(2)', 'Respond within 45 days; one extension of 45 days with notice.', CCPA_130),
      methods: c('Regs. §7026(a)', 'A designated e-mail address is one of the methods for submitting an opt-out request.', CCPA_7026),
      biometric: c('Civ. Code §1798.140', 'Sensitive personal information includes biometric information processed to uniquely identify a consumer.', CCPA_140),
      sale: c('Clearview state page', "Clearview's own page says its disclosure of photos collected from the internet is deemed a sale under the CPRA.", CLEARVIEW_STATE),
    },
    complaint: c('CCPA', 'The California Privacy Protection Agency takes complaints about violations of the CCPA, which protects California residents.', CPPA_SERVES),
    sources: [CCPA_130, CCPA_7021, CPPA_SERVES],
  },
  {
    id: 'bipa',
    name: 'Illinois Biometric Information Privacy Act (740 ILCS 14)',
    protects: ['US-IL'],
    kinds: ['erasure'],
    languages: ['en'],
    rules: { erasure: { period: { unit: 'day', amount: 30 }, statutory: false } },
    cites: {
      identifier: c('740 ILCS 14/10', 'A biometric identifier includes a scan of face geometry; photographs themselves are not biometric identifiers.', BIPA_10),
      retention: c('740 ILCS 14/15(a)', 'A public written retention policy; destruction when the purpose is met or within 3 years of the last interaction.', BIPA_15),
      release: c('740 ILCS 14/15(b)', 'Written notice and a written release before collecting face geometry.', BIPA_15),
      profit: c('740 ILCS 14/15(c)', 'No selling, leasing, trading or otherwise profiting from biometric identifiers.', BIPA_15),
      action: c('740 ILCS 14/20', 'A private right of action for any person aggrieved by a violation.', BIPA_20),
    },
    sources: [BIPA_15, BIPA_10],
  },
  {
    id: 'pipeda',
    name: 'Personal Information Protection and Electronic Documents Act (Canada)',
    protects: ['CA'],
    kinds: ['access', 'erasure'],
    languages: ['en', 'nl', 'de', 'fr'],
    onlyFor: ['clearview-ai'],
    rules: {
      access: { period: { unit: 'day', amount: 30 }, extendedTo: { unit: 'day', amount: 60 }, extensionNoticeWithinPeriod: true, statutory: true, basis: c('PIPEDA s.8(3)-(5)', 'Respond within 30 days of receipt; extend by up to 30 days with notice sent no later than 30 days after the request; no answer in time is a deemed refusal.', PIPEDA_8) },
      erasure: { period: { unit: 'day', amount: 30 }, statutory: false },
    },
    cites: {
      access: c('PIPEDA s.8 and Schedule 1, principle 4.9', 'Upon request, an individual shall be informed of the existence, use and disclosure of their personal information and be given access to it; the request is made in writing.', PIPEDA_SCHEDULE_1),
      withdraw: c('Schedule 1, principle 4.3.8', 'An individual may withdraw consent at any time, subject to legal or contractual restrictions and reasonable notice.', PIPEDA_SCHEDULE_1),
      deadline: c('PIPEDA s.8(3)', 'Thirty days after receipt of the request.', PIPEDA_8),
      finding: c('PIPEDA Findings #2021-001', 'Joint findings that Clearview collected images without consent, for an inappropriate purpose amounting to mass surveillance.', OPC_2021),
    },
    complaint: c('PIPEDA s.11(1)', 'An individual may file a written complaint with the Commissioner against an organization.', PIPEDA_11),
    sources: [PIPEDA_8, PIPEDA_SCHEDULE_1],
  },
  {
    id: 'au-privacy',
    name: 'Privacy Act 1988 (Australia) and the Australian Privacy Principles',
    protects: ['AU'],
    kinds: ['access', 'erasure'],
    languages: ['en', 'nl', 'de', 'fr'],
    onlyFor: ['clearview-ai'],
    rules: {
      access: { period: { unit: 'day', amount: 30 }, statutory: false, basis: c('APP 12', 'Respond within a reasonable period; a guide reports the OAIC usually expects 30 days (that figure is secondary).', APP_12_30) },
      erasure: { period: { unit: 'day', amount: 30 }, statutory: false },
    },
    cites: {
      access: c('APP 12', 'An entity holding personal information about an individual must give access on request, within a reasonable period.', APP_12),
      sensitive: c('APP 3.3', 'Biometric templates are sensitive information that may not be collected without consent (as applied to Clearview).', OAIC_2021),
      determination: c('[2021] AICmr 54', 'The Commissioner ordered Clearview to stop collecting images of people in Australia and to destroy the images and templates it holds.', OAIC_2021),
      complainFirst: c('Privacy Act s.40(1A)', 'The Commissioner must not investigate unless the complainant first complained to the respondent.', AU_40),
    },
    complaint: c('Privacy Act s.36', 'An individual may complain to the Commissioner about an act or practice that may be an interference with their privacy.', AU_36),
    sources: [APP_12, AU_36],
  },
  {
    id: 'none',
    name: 'No law claimed (a plain request)',
    protects: [],
    kinds: ['access', 'erasure'],
    languages: ['en', 'nl', 'de', 'fr'],
    rules: { access: { period: { unit: 'day', amount: 30 }, statutory: false }, erasure: { period: { unit: 'day', amount: 30 }, statutory: false } },
    cites: {},
    sources: [],
  },
];

export function lawInfo(id: string): LawInfo | undefined {
  return LAWS.find((l) => l.id === id);
}
