/**
 * The authorities a complaint can go to, from the research sheet's section E2 (which wins over E) with the corrections
 * of G5 and H. EU/EEA/UK values come mostly from the Datenanfragen supervisory-authority records (CC0); the date is the
 * record's last content change. A value the research could not source is absent (e.g. the CPPA's postal address, the
 * NRW and Thüringen forms); the Baden-Württemberg form is left out because G5 found its address session-specific.
 */
import type { Source } from './schema';
import { CONSULTED } from './sources';
import type { Authority } from './request-schema';

const DA = 'https://github.com/datenanfragen/data/blob/master/supervisory-authorities/';
const da = (file: string, date = '2023-02-10'): Source => ({ url: `${DA}${file}.json`, date, grade: 'verified' });
/** A source: with its own date, or (without one) consulted in 2026. */
const v = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'verified', ...(date ? {} : { undated: true as const }) });
const s2 = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'secondary', ...(date ? {} : { undated: true as const }) });

const BAYLFD_FAQ = v('https://www.datenschutz-bayern.de/print/faq/FAQ-Allgemeines.html', '2017-06-01');
const DE_LAND = 'Complaints about companies go to the authority of the Land; the record suggests German and e-mail.';

/** A German Land authority from its Datenanfragen record. */
function land(
  id: string, region: string, name: string, short: string, file: string, email: string, lines: readonly string[],
  form: string | null, date = '2023-02-10', conditions = DE_LAND,
): Authority {
  const src = da(file, date);
  return {
    id, name, short, country: 'DE', regions: [region], sector: 'all', laws: ['gdpr'], languages: ['de'], languagesAccepted: false,
    ...(form ? { form: { url: form, source: src } } : {}),
    email: { address: email, source: src },
    postal: { lines: [name, ...lines, 'Deutschland'], source: src },
    preferred: 'email', conditions, source: src,
  };
}

export const AUTHORITIES: readonly Authority[] = [
  // ── Germany (E2.1) ──
  {
    id: 'de-bfdi', name: 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', short: 'BfDI', country: 'DE', sector: 'federal',
    laws: ['gdpr'], languages: ['de'], languagesAccepted: false,
    form: { url: 'https://formulare.bfdi.bund.de/lip/action/invoke.do?id=BfDIBeschwerde', source: da('debfdi', '2026-03-03') },
    email: { address: 'poststelle@bfdi.bund.de', source: da('debfdi', '2026-03-03') },
    postal: { lines: ['Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', 'Graurheindorfer Str. 153', '53117 Bonn', 'Deutschland'], source: da('debfdi', '2026-03-03') },
    preferred: 'webform',
    conditions: 'Federal public bodies, and telecommunications and postal companies nationwide (BayLfD FAQ, 2017). Complaints about other companies go to the Land authority.',
    source: BAYLFD_FAQ,
  },
  land('de-bw', 'BW', 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg', 'LfDI BW', 'debawueldb', 'poststelle@lfdi.bwl.de', ['Postfach 10 29 32', '70025 Stuttgart'], null, '2023-02-10',
    `${DE_LAND} Its online form is not linked: its address looks session-specific (cross-check G5).`),
  {
    ...land('de-by-lda', 'BY', 'Bayerisches Landesamt für Datenschutzaufsicht', 'BayLDA', 'debaylda', 'poststelle@lda.bayern.de', ['Postfach 1349', '91504 Ansbach'], 'https://www.lda.bayern.de/de/beschwerde.html'),
    sector: 'private',
    conditions: 'The Bavarian private sector: companies, freelancers, associations, the internet. Use this authority, not the BayLfD, for complaints about companies.',
  },
  {
    ...land('de-by-lfd', 'BY', 'Der Bayerische Landesbeauftragte für den Datenschutz', 'BayLfD', 'debayldb', 'poststelle@datenschutz-bayern.de', ['Postfach 22 12 19', '80502 München'], 'https://www.datenschutz-bayern.de/service/complaint.html'),
    sector: 'public',
    conditions: 'Bavarian public bodies only; complaints about companies go to the BayLDA.',
  },
  land('de-be', 'BE', 'Berliner Beauftragte für Datenschutz und Informationsfreiheit', 'BlnBDI', 'deberlbdi', 'mailbox@datenschutz-berlin.de', ['Alt-Moabit 59-61', '10555 Berlin'], 'https://kontakt.datenschutz-berlin.de/'),
  land('de-bb', 'BB', 'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg', 'LDA Brandenburg', 'debralda', 'poststelle@lda.brandenburg.de', ['Stahnsdorfer Damm 77', '14532 Kleinmachnow'], 'https://www.lda.brandenburg.de/lda/de/service/formulare-und-musterschreiben/beschwerdeformular/'),
  land('de-hb', 'HB', 'Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen', 'LfDI Bremen', 'debrelfdi', 'office@datenschutz.bremen.de', ['Arndtstraße 1', '27570 Bremerhaven'], 'https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/beschwerdeformular-15253'),
  land('de-hh', 'HH', 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', 'HmbBfDI', 'dehmbbfdi', 'mailbox@datenschutz.hamburg.de', ['Ludwig-Erhard-Str 22, 7. OG', '20459 Hamburg'], 'https://datenschutz-hamburg.de/beschwerde/'),
  land('de-he', 'HE', 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit', 'HBDI', 'dehessbdi', 'poststelle@datenschutz.hessen.de', ['Postfach 3163', '65021 Wiesbaden'], 'https://datenschutz.hessen.de/service/beschwerde-uebermitteln'),
  land('de-mv', 'MV', 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern', 'LfDI M-V', 'demvldi', 'info@datenschutz-mv.de', ['Schloss Schwerin', 'Lennéstraße 1', '19053 Schwerin'], 'https://www.datenschutz-mv.de/kontakt/online-beschwerdeformular-mitteilung-ueber-einen-datenschutzverstoss/'),
  land('de-ni', 'NI', 'Der Landesbeauftragte für den Datenschutz Niedersachsen', 'LfD Niedersachsen', 'dendslfd', 'poststelle@lfd.niedersachsen.de', ['Postfach 221', '30002 Hannover'], 'https://www.navo.niedersachsen.de/navo2/portal/csend/8915/fileget/dsbeschwerdeformular.html', '2025-10-15'),
  land('de-nw', 'NW', 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen', 'LDI NRW', 'denrwldi', 'poststelle@ldi.nrw.de', ['Kavalleriestraße 2 - 4', '40213 Düsseldorf'], null, '2022-11-17',
    `${DE_LAND} The LDI recommends (does not require) contacting the company first; its form's address is not sourced.`),
  land('de-rp', 'RP', 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz', 'LfDI RLP', 'derlpbdi', 'poststelle@datenschutz.rlp.de', ['Postfach 30 40', '55020 Mainz'], 'https://www.datenschutz.rlp.de/de/themenfelder-themen/online-services/beschwerdeformular/'),
  land('de-sl', 'SL', 'Unabhängiges Datenschutzzentrum Saarland', 'UDZ Saarland', 'desaarudz', 'poststelle@datenschutz.saarland.de', ['Fritz-Dobisch-Straße 12', '66111 Saarbrücken'], 'https://www.datenschutz.saarland.de/online-dienste/beschwerdeformular'),
  land('de-sn', 'SN', 'Sächsische Datenschutz- und Transparenzbeauftragte', 'SDTB', 'desaechsdsb', 'post@sdtb.sachsen.de', ['Postfach 11 01 32', '01330 Dresden'], 'https://formulare.datenschutz.sachsen.de/form/provide/53/', '2023-09-25'),
  land('de-st', 'ST', 'Landesbeauftragter für den Datenschutz Sachsen-Anhalt', 'LfD Sachsen-Anhalt', 'desalbd', 'poststelle@lfd.sachsen-anhalt.de', ['Postfach 1947', '39009 Magdeburg'], 'https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde-anfrage'),
  land('de-sh', 'SH', 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein', 'ULD', 'deshuld', 'mail@datenschutzzentrum.de', ['Postfach 71 16', '24171 Kiel'], 'https://www.datenschutzzentrum.de/formular/beschwerde.php'),
  land('de-th', 'TH', 'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit', 'TLfDI', 'detlfdi', 'poststelle@datenschutz.thueringen.de', ['Postfach 900455', '99107 Erfurt'], null, '2023-02-10',
    'Competent for companies and public bodies in Thüringen; its form’s address is not sourced.'),

  // ── Other European authorities (E2.2, G5) ──
  {
    id: 'nl-ap', name: 'Autoriteit Persoonsgegevens', short: 'AP', country: 'NL', sector: 'all', laws: ['gdpr'], languages: ['nl', 'en'], languagesAccepted: true,
    form: { url: 'https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten', source: da('nlap'), note: 'Entry page: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap' },
    postal: { lines: ['Autoriteit Persoonsgegevens', 'Postbus 93374', '2509 AJ Den Haag', 'Nederland'], source: da('nlap') },
    preferred: 'webform',
    conditions: 'Contact the organisation first. Only about your own personal data; no anonymous complaints. In Dutch or English. The AP names its form or a letter, not e-mail, as complaint channels.',
    source: v('https://www.autoriteitpersoonsgegevens.nl/nl/zelf-doen/gebruik-uw-privacyrechten/klacht-indienen-bij-de-ap'),
  },
  {
    id: 'fr-cnil', name: 'Commission nationale de l’informatique et des libertés', short: 'CNIL', country: 'FR', sector: 'all', laws: ['gdpr'], languages: ['fr'], languagesAccepted: true,
    form: { url: 'https://www.cnil.fr/fr/plaintes', source: da('frcnil') },
    postal: { lines: ['CNIL', '3 Place de Fontenoy', 'TSA 80715', '75334 PARIS CEDEX 07', 'France'], source: da('frcnil') },
    preferred: 'webform',
    conditions: 'Exercise your rights with the organisation first (it has one month to answer, which it may extend by two months). The complaint must be written in French.',
    source: v('https://cnil.fr/fr/node/166989'),
  },
  {
    id: 'it-garante', name: 'Garante per la protezione dei dati personali', short: 'Garante', country: 'IT', sector: 'all', laws: ['gdpr'], languages: ['it'], languagesAccepted: false,
    email: { address: 'protocollo@pec.gpdp.it', source: da('itgpdp'), note: 'Receives only certified e-mail (PEC), per copies of the Garante’s complaint model (secondary).' },
    postal: { lines: ['Garante per la protezione dei dati personali', 'Piazza Venezia 11', '00187 Roma', 'Italia'], source: da('itgpdp'), note: 'By registered mail with return receipt (secondary).' },
    preferred: 'postal',
    conditions: 'The complaint must be signed (digitally, or by hand with a copy of an ID); the Garante publishes a complaint model (secondary).',
    source: s2('https://it.scribd.com/document/452917357/Modello-di-reclamo', '2020'),
  },
  {
    id: 'es-aepd', name: 'Agencia Española de Protección de Datos', short: 'AEPD', country: 'ES', sector: 'all', laws: ['gdpr'], languages: ['es'], languagesAccepted: false,
    form: { url: 'https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesCiudadano.jsf', source: da('esaepa') },
    postal: { lines: ['Agencia Española de Protección de Datos', 'C/ Jorge Juan, 6', '28001 Madrid', 'España'], source: da('esaepa') },
    preferred: 'webform',
    conditions: 'The AEPD’s complaint models are mandatory, including a specific one for unanswered rights requests; filing is preferably online.',
    source: v('https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesEntidadAll.jsf'),
  },
  {
    id: 'ie-dpc', name: 'Data Protection Commission', short: 'DPC', country: 'IE', sector: 'all', laws: ['gdpr'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://forms.dataprotection.ie/contact', source: da('iedpc') },
    email: { address: 'info@dataprotection.ie', source: da('iedpc') },
    postal: { lines: ['Data Protection Commission', '21 Fitzwilliam Square South', 'Dublin 2', 'D02 RD28', 'Ireland'], source: da('iedpc') },
    preferred: 'webform',
    conditions: 'Generally raise the matter with the organisation first. The DPC gives an update or outcome within 3 months.',
    source: v('https://dataprotection.ie/en/individuals/exercising-your-rights/complaints-handling-investigations-and-enforcement-individuals'),
  },
  {
    id: 'be-apd', name: 'Autorité de protection des données / Gegevensbeschermingsautoriteit', short: 'APD/GBA', country: 'BE', sector: 'all', laws: ['gdpr'], languages: ['fr', 'nl', 'de'], languagesAccepted: true,
    form: { url: 'https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint', source: da('beapd'), note: 'Download the form and send it signed, by post or via the website.' },
    email: { address: 'contact@apd-gba.be', source: da('beapd'), note: 'General address.' },
    postal: { lines: ['Autorité de protection des données', 'Rue de la Presse 35', '1000 Bruxelles', 'Belgique'], source: da('beapd') },
    preferred: 'webform',
    conditions: 'Dated and signed, with a statement of facts and proof that you first exercised your rights; in French, Dutch or German. A mediation request is a faster alternative.',
    source: v('https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte'),
  },
  {
    id: 'at-dsb', name: 'Österreichische Datenschutzbehörde', short: 'DSB', country: 'AT', sector: 'all', laws: ['gdpr'], languages: ['de'], languagesAccepted: false,
    form: { url: 'https://www.formularservice.gv.at/site/fsrv/user/formular.aspx?pid=5a37966ab26c4489adc20dc53162fa4d&pn=Bf10e1134f601464e9b3835170de668bd', source: da('atdsb') },
    email: { address: 'dsb@dsb.gv.at', source: da('atdsb'), note: 'The DSB says complaints may be submitted to this address.' },
    postal: { lines: ['Datenschutzbehörde', 'Barichgasse 40-42', '1030 Wien', 'Österreich'], source: da('atdsb') },
    preferred: 'email',
    conditions: 'Name the right violated, the respondent, the facts, the reasons and what you ask for, with information on timeliness; attach your request and any reply. Templates are German/English.',
    source: v('https://data-protection-authority.gv.at/data-protection-in-austria/right-to-lodge-a-complaint'),
  },
  {
    id: 'se-imy', name: 'Integritetsskyddsmyndigheten', short: 'IMY', country: 'SE', sector: 'all', laws: ['gdpr'], languages: ['sv'], languagesAccepted: false,
    email: { address: 'imy@imy.se', source: da('sedi', '2021-10-29') },
    postal: { lines: ['Integritetsskyddsmyndigheten', 'Box 8114', '104 20 Stockholm', 'Sverige'], source: da('sedi', '2021-10-29') },
    preferred: 'email',
    conditions: 'Try to resolve it with the controller first; name the controller and give your identity and contact details.',
    source: v('https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/'),
  },
  {
    id: 'pl-uodo', name: 'Urząd Ochrony Danych Osobowych', short: 'UODO', country: 'PL', sector: 'all', laws: ['gdpr'], languages: ['pl'], languagesAccepted: true,
    email: { address: 'kancelaria@uodo.gov.pl', source: da('plgiodo'), note: 'Electronic complaints need a qualified e-signature or the ePUAP trusted profile (secondary).' },
    postal: { lines: ['Urząd Ochrony Danych Osobowych', 'ul. Stawki 2', '00-193 Warszawa', 'Polska'], source: da('plgiodo') },
    preferred: 'postal',
    conditions: 'In writing, via ePUAP, or orally for the record; it must be in Polish and give your name and address.',
    source: v('https://uodo.gov.pl/en/559/942'),
  },
  {
    id: 'gr-hdpa', name: 'Hellenic Data Protection Authority', short: 'HDPA', country: 'GR', sector: 'all', laws: ['gdpr'], languages: ['el'], languagesAccepted: false,
    email: { address: 'complaints@dpa.gr', source: da('grdpa'), note: 'complaints@dpa.gr is the complaints address; the general address is not used.' },
    postal: { lines: ['Hellenic Data Protection Authority', 'Kifissias 1-3', '115 23 Athens', 'Greece'], source: da('grdpa') },
    preferred: 'email',
    conditions: 'A rights complaint only after you exercised the right with the controller and got no reply in time, or an unsatisfactory one.',
    source: v('https://www.dpa.gr/index.php/en/individuals/complaint-to-the-hellenic-dpa'),
  },
  {
    id: 'dk-datatilsynet', name: 'Datatilsynet', short: 'Datatilsynet', country: 'DK', sector: 'all', laws: ['gdpr'], languages: ['da'], languagesAccepted: false,
    email: { address: 'dt@datatilsynet.dk', source: da('dkdi') },
    postal: { lines: ['Datatilsynet', 'Carl Jacobsens Vej 35', '2500 Valby', 'Danmark'], source: da('dkdi') },
    preferred: 'email',
    conditions: 'Contact the company first and get its explanation. Name and address are required (secondary).',
    source: v('https://www.datatilsynet.dk/kontakt/'),
  },
  {
    id: 'fi-tietosuoja', name: 'Tietosuojavaltuutetun toimisto', short: 'Tietosuoja', country: 'FI', sector: 'all', laws: ['gdpr'], languages: ['fi'], languagesAccepted: false,
    form: { url: 'https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle', source: da('fitst', '2024-07-15') },
    email: { address: 'tietosuoja@om.fi', source: da('fitst', '2024-07-15'), note: 'Do not send sensitive data by ordinary e-mail.' },
    postal: { lines: ['Tietosuojavaltuutetun toimisto', 'PL 800', '00531 Helsinki', 'Suomi'], source: da('fitst', '2024-07-15') },
    preferred: 'webform',
    conditions: 'For rights requests, contact the controller first. Target processing time: one year.',
    source: v('https://tietosuoja.fi/en/notification-to-the-data-protection-ombudsman'),
  },
  {
    id: 'pt-cnpd', name: 'Comissão Nacional de Protecção de Dados', short: 'CNPD', country: 'PT', sector: 'all', laws: ['gdpr'], languages: ['pt'], languagesAccepted: false,
    email: { address: 'geral@cnpd.pt', source: da('ptcnpd'), note: 'The general address in the record; no official complaint page was found.' },
    postal: { lines: ['Comissão Nacional de Protecção de Dados', 'Av. D. Carlos I, 134 - 1.º', '1200-651 Lisboa', 'Portugal'], source: da('ptcnpd') },
    preferred: 'email',
    conditions: 'No official statement of complaint conditions was found.',
    source: da('ptcnpd'),
  },
  {
    id: 'gb-ico', name: 'Information Commissioner’s Office', short: 'ICO', country: 'GB', sector: 'all', laws: ['uk-gdpr'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/', source: da('gbico'), note: 'Start page: https://ico.org.uk/make-a-complaint/data-protection-complaints' },
    postal: { lines: ['Information Commissioner’s Office', 'Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire', 'SK9 5AF', 'United Kingdom'], source: da('gbico') },
    preferred: 'webform',
    conditions: 'Complain to the organisation first and follow up if there is no answer after 30 days; complain to the ICO within three months of your last contact, with copies of the correspondence.',
    source: v('https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/'),
  },

  // ── Beyond Europe (E2.3) ──
  {
    id: 'us-ca-cppa', name: 'California Privacy Protection Agency', short: 'CPPA', country: 'US', regions: ['CA'], sector: 'private', laws: ['ccpa'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://cppa.ca.gov/webapplications/complaint', source: v('https://megalodon.jp/ref/2026-0115-1333-20/https://cppa.ca.gov:443/webapplications/complaint', '2026-01-15') },
    preferred: 'webform',
    conditions: 'The CCPA protects California residents; the form says you need not reside in California to complain. Contact details are optional, but without them there is no follow-up. The Agency does not act as your attorney.',
    source: v('https://privacy.ca.gov/submit-a-complaint', '2025-12-18'),
  },
  {
    id: 'us-ca-ag', name: 'California Attorney General, Department of Justice', short: 'California AG', country: 'US', regions: ['CA'], sector: 'private', laws: ['ccpa'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://oag.ca.gov/contact/consumer-complaint-against-business-or-company', source: s2('https://pastebin.com/KxnXmXwZ', '2019'), note: 'Only third parties name this form.' },
    preferred: 'webform',
    conditions: 'For California residents. The Attorney General does not represent individual consumers.',
    source: v('https://oag.ca.gov/privacy/ccpa', '2024-03-13'),
  },
  {
    id: 'us-il-ag', name: 'Illinois Attorney General, Consumer Protection Division', short: 'Illinois AG', country: 'US', regions: ['IL'], sector: 'private', laws: ['bipa'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://illinoisattorneygeneral.gov/consumer-protection/consumer-complaint/', source: s2('https://pastebin.com/KxnXmXwZ', '2019'), note: 'Only third parties name this form.' },
    postal: { lines: ['Office of the Illinois Attorney General', 'Consumer Protection Division', '100 W. Randolph Street', 'Chicago, IL 60601', 'USA'], source: s2('http://www.chicagobar.org/AM/Template.cfm?Section=Protection_For_Customers_by_the_Office_of_the_Attorney_General&Template=/CM/HTMLDisplay.cfm&ContentID=2398') },
    preferred: 'webform',
    conditions: 'It takes consumer complaints and can mediate informally. Privacy and biometrics are not among its listed categories, and no source says it handles BIPA complaints: BIPA is enforced by individuals in court.',
    source: v('https://www.illinoisattorneygeneral.gov/consumer-protection'),
  },
  {
    id: 'ca-opc', name: 'Office of the Privacy Commissioner of Canada', short: 'OPC', country: 'CA', sector: 'all', laws: ['pipeda'], languages: ['en', 'fr'], languagesAccepted: false,
    form: { url: 'https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-business/file-a-complaint-under-pipeda', source: v('https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-business/file-a-complaint-under-pipeda'), note: 'The page that leads to the online form; the form’s own address is not sourced.' },
    postal: { lines: ['Office of the Privacy Commissioner of Canada', '30 Victoria Street', 'Gatineau, Quebec K1A 1H3', 'Canada'], source: v('http://www.priv.gc.ca/complaint-plainte/pa_e.asp') },
    preferred: 'webform',
    conditions: 'PIPEDA covers private-sector organisations in commercial activities and cross-border data flows. The OPC encourages (does not require) trying to resolve it with the organisation first. Free.',
    source: v('https://priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-business/guide'),
  },
  {
    id: 'au-oaic', name: 'Office of the Australian Information Commissioner', short: 'OAIC', country: 'AU', sector: 'all', laws: ['au-privacy'], languages: ['en'], languagesAccepted: false,
    form: { url: 'https://forms.business.gov.au/smartforms/servlet/SmartForm.html?formCode=APC_PC', source: v('https://oaic.gov.au/privacy/privacy-complaints/lodge-a-privacy-complaint-with-us/') },
    email: { address: 'enquiries@oaic.gov.au', source: v('https://www.oaic.gov.au/individuals/how-do-i-make-a-privacy-complaint') },
    postal: { lines: ['Office of the Australian Information Commissioner', 'GPO Box 5218', 'Sydney NSW 2001', 'Australia'], source: v('https://www.oaic.gov.au/individuals/how-do-i-make-a-privacy-complaint') },
    preferred: 'webform',
    conditions: 'Complain to the organisation first; if it does not respond within 30 days, or the reply is unsatisfactory, lodge in writing, generally within 12 months. Covers businesses with annual turnover over A$3 million, among others. Free.',
    source: v('https://oaic.gov.au/privacy/privacy-complaints/complain-to-an-organisation-or-agency/', '2019-07-25'),
  },
];

export function authorityInfo(id: string): Authority | undefined {
  return AUTHORITIES.find((a) => a.id === id);
}
