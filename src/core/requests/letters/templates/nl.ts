/** Nederlandse brieven, herinneringen en klachten: dezelfde inhoud als `en.ts`, paragraaf voor paragraaf. */
import { livingIn } from '../countries';
import type { LetterContext, LetterTemplate } from './types';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const date = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};

const PHOTOS = "de foto's van mij, de webadressen waar u ze hebt gevonden en elke gezichtstemplate, vector of andere biometrische code die daaruit is afgeleid";
const VERIFY_PLAIN = () =>
  'Ik voeg geen identiteitsbewijs bij. Als u dit verzoek moet verifiëren, vraag dan alleen de informatie die nodig is om mij te koppelen aan de gegevens die u bewaart. Om die gegevens te vinden hebt u mogelijk één foto van mijn gezicht nodig: laat het mij dan weten, dan stuur ik er een. Gebruik een foto of document dat ik stuur alleen om dit verzoek af te handelen, en verwijder het zodra het verzoek is afgehandeld.';
const GDPR_VERIFY = (law: string) => () =>
  `Ik voeg geen kopie van een identiteitsbewijs bij. Als u redelijke twijfel hebt over mijn identiteit, staat artikel 12 lid 6 ${law} u toe om de aanvullende informatie te vragen die nodig is om die te bevestigen, en niet meer. Om gegevens over mij te vinden hebt u mogelijk één foto van mijn gezicht nodig: laat het mij dan weten, dan stuur ik er een. Gebruik een foto of document dat ik stuur alleen om dit verzoek af te handelen, en verwijder het zodra het verzoek is afgehandeld.`;

const gdprAccess = (law: string) => () =>
  `Op grond van artikel 15 ${law} verzoek ik u mij te bevestigen of u persoonsgegevens over mij verwerkt en, zo ja, mij het volgende te verstrekken:\n` +
  '1. een kopie van de gegevens, waaronder elke foto van mij die u bewaart, het webadres waar u elke foto hebt gevonden en elke gezichtstemplate, vector of andere biometrische code die daaruit is afgeleid;\n' +
  '2. de verwerkingsdoeleinden;\n' +
  '3. de ontvangers of categorieën van ontvangers aan wie de gegevens zijn verstrekt, in het bijzonder klanten die naar mijn gezicht hebben gezocht of aan wie het is getoond;\n' +
  '4. hoe lang de gegevens worden bewaard, of de criteria om die termijn te bepalen;\n' +
  '5. de bron van de gegevens: waar en wanneer u elke foto hebt verkregen.';
const gdprErasure = (law: string) => () =>
  `Op grond van artikel 17 ${law} verzoek ik u alle persoonsgegevens over mij zonder onnodige vertraging te wissen, waaronder ${PHOTOS}, en elke registratie van zoekopdrachten die met mijn gezicht overeenkwamen. Ik heb voor deze verwerking geen toestemming gegeven, en mij is geen uitzondering van artikel 9 lid 2 bekend die haar zou toestaan; het verwerken van biometrische gegevens zonder zo'n uitzondering is onrechtmatig. Toon mijn gezicht ook niet langer in zoekresultaten, en bevestig de verwijdering schriftelijk.`;
const gdprObjection = (law: string) => () =>
  `Op grond van artikel 21 ${law} maak ik bezwaar tegen de verwerking van persoonsgegevens over mij, waaronder mijn biometrische gegevens, voor zover u die baseert op gerechtvaardigde belangen. U moet de verwerking staken, tenzij u dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden. Ik verzoek u de verwerking te staken en dit schriftelijk te bevestigen.`;
const gdprDeadline = (c: LetterContext) =>
  `Artikel 12 lid 3 AVG verplicht u zonder onnodige vertraging en uiterlijk binnen één maand na ontvangst op dit verzoek te reageren, dat wil zeggen uiterlijk op ${date(c.due)}. U mag die termijn alleen met nog twee maanden verlengen als dat nodig is gezien de complexiteit en het aantal verzoeken, en alleen als u mij dat binnen de eerste maand laat weten, met redenen. Als u geen gevolg geeft aan mijn verzoek, moet u mij binnen dezelfde maand laten weten waarom niet, en dat ik een klacht kan indienen bij een toezichthoudende autoriteit (artikel 12 lid 4 AVG).`;
const ukDeadline = (c: LetterContext) =>
  `De artikelen 12 lid 3 en 12A van de UK GDPR verplichten u zonder onnodige vertraging en binnen één maand op dit verzoek te reageren, dat wil zeggen uiterlijk op ${date(c.due)}. Als u redelijkerwijs informatie nodig hebt om mijn identiteit te bevestigen, loopt de maand vanaf het moment dat u die ontvangt. U mag de termijn alleen met nog twee maanden verlengen als dat nodig is vanwege de complexiteit of het aantal verzoeken, en alleen als u mij dat binnen de eerste maand laat weten, met redenen.`;
const ccpaDeadline = (c: LetterContext) =>
  `§ 1798.130(a)(2) van de California Civil Code verplicht u binnen 45 dagen na ontvangst van dit verzoek te antwoorden, dat wil zeggen uiterlijk op ${date(c.due)}. U mag die termijn één keer met nog 45 dagen verlengen, als u mij dat binnen de eerste 45 dagen laat weten.`;
const askBy = (c: LetterContext) => `Ik verzoek u mij uiterlijk op ${date(c.due)} te bevestigen dat u dit hebt gedaan.`;
const complaintIn = (body: string) => (c: { graceUntil: string }) => `Als ik uiterlijk op ${date(c.graceUntil)} geen volledig antwoord heb, ${body}`;
const at = (addr?: string) => (addr ? ` (${addr})` : '');

export const nl = {
  language: 'nl',
  date,
  country: (code: string) => livingIn(code, 'nl'),
  subject: {
    gdpr: {
      access: 'Verzoek om inzage op grond van artikel 15 AVG',
      erasure: 'Verzoek om verwijdering op grond van artikel 17 AVG',
      objection: 'Bezwaar op grond van artikel 21 AVG',
      combined: 'Verzoek om inzage, bezwaar en verzoek om verwijdering (artikelen 15, 21 en 17 AVG)',
    },
    'uk-gdpr': {
      access: 'Verzoek om inzage op grond van artikel 15 UK GDPR',
      erasure: 'Verzoek om verwijdering op grond van artikel 17 UK GDPR',
      objection: 'Bezwaar op grond van artikel 21 UK GDPR',
      combined: 'Verzoek om inzage, bezwaar en verzoek om verwijdering (artikelen 15, 21 en 17 UK GDPR)',
    },
    ccpa: {
      access: 'Verzoek om informatie (right to know) op grond van de CCPA',
      erasure: 'Verzoek om verwijdering (right to delete) op grond van de CCPA',
      'opt-out': 'Verzoek om mijn persoonsgegevens niet te verkopen of te delen (opt-out, CCPA)',
    },
    pipeda: {
      access: 'Verzoek om inzage op grond van PIPEDA',
      erasure: 'Intrekking van toestemming en verzoek om vernietiging van mijn persoonsgegevens (PIPEDA)',
    },
    'au-privacy': {
      access: 'Verzoek om inzage op grond van Australian Privacy Principle 12',
      erasure: 'Verzoek om vernietiging van mijn persoonsgegevens (Privacy Act 1988)',
    },
    none: { access: 'Verzoek om een kopie van mijn persoonsgegevens', erasure: 'Verzoek om verwijdering van mijn persoonsgegevens' },
  },
  salutation: 'Geachte heer, mevrouw,',
  intro: (c) => `Ik wend mij tot ${c.company} in verband met persoonsgegevens die mij betreffen, in het bijzonder foto's van mijn gezicht en alle gegevens die daaruit zijn afgeleid.`,
  residence: {
    gdpr: (c) => `Ik woon ${livingIn(c.country, 'nl')}, in de Europese Unie.`,
    'uk-gdpr': () => 'Ik woon in het Verenigd Koninkrijk.',
    ccpa: () => 'Ik ben inwoner van Californië.',
    pipeda: () => 'Ik woon in Canada.',
    'au-privacy': () => 'Ik woon in Australië.',
    none: () => '',
  },
  biometric: {
    gdpr: "Foto's van mijn gezicht die met technische middelen worden verwerkt om mij te identificeren, en de gezichtstemplates, vectoren of andere biometrische codes die daaruit zijn afgeleid, zijn biometrische gegevens (artikel 4, punt 14, AVG). Het verwerken daarvan om een persoon uniek te identificeren is verboden, tenzij een uitzondering van artikel 9 lid 2 van toepassing is (artikel 9 lid 1 AVG).",
    'uk-gdpr': "Foto's van mijn gezicht die met technische middelen worden verwerkt om mij te identificeren, en de gezichtstemplates, vectoren of andere biometrische codes die daaruit zijn afgeleid, zijn biometrische gegevens (artikel 4, punt 14, UK GDPR). Het verwerken daarvan om een persoon uniek te identificeren is verboden, tenzij een uitzondering van artikel 9 lid 2 van toepassing is (artikel 9 lid 1 UK GDPR).",
    ccpa: "Foto's van mijn gezicht, en elke gezichtstemplate of andere biometrische informatie die daaruit is afgeleid, zijn persoonsgegevens over mij (personal information); biometrische informatie die wordt verwerkt om mij te identificeren is een gevoelig persoonsgegeven (sensitive personal information, Civil Code §1798.140).",
    pipeda: "Foto's van mijn gezicht, en de gezichtstemplates of andere biometrische codes die daaruit zijn afgeleid om mij te herkennen, zijn persoonsgegevens over mij; een gezichtstemplate is een biometrisch gegeven.",
    'au-privacy': "Foto's van mijn gezicht, en de gezichtstemplates die daaruit zijn afgeleid, zijn persoonsgegevens over mij; biometrische templates zijn gevoelige gegevens (sensitive information), die niet zonder toestemming mogen worden verzameld (Australian Privacy Principle 3.3).",
    none: "Foto's van mijn gezicht, en de gezichtstemplates of andere biometrische codes die daaruit zijn afgeleid om mij te herkennen, zijn persoonsgegevens over mij; een gezichtstemplate is een biometrisch gegeven.",
  },
  blocks: {
    gdpr: { access: gdprAccess('AVG'), erasure: gdprErasure('AVG'), objection: gdprObjection('AVG') },
    'uk-gdpr': { access: gdprAccess('UK GDPR'), erasure: gdprErasure('UK GDPR'), objection: gdprObjection('UK GDPR') },
    ccpa: {
      access: () =>
        'Op grond van §§ 1798.110 en 1798.115 van de California Civil Code (het recht op informatie, right to know) verzoek ik u mij mee te delen:\n' +
        '1. welke specifieke persoonsgegevens u over mij hebt verzameld, waaronder elke foto van mij, het webadres waar u elke foto hebt gevonden en elke gezichtstemplate of andere biometrische informatie die daaruit is afgeleid;\n' +
        '2. de categorieën persoonsgegevens en de categorieën bronnen waaruit u ze hebt verzameld;\n' +
        '3. het zakelijke of commerciële doel waarvoor u ze hebt verzameld, verkocht of gedeeld;\n' +
        '4. de categorieën derden aan wie u ze hebt verstrekt, verkocht of gedeeld.',
      erasure: () => `Op grond van § 1798.105 van de California Civil Code (het recht op verwijdering, right to delete) verzoek ik u alle persoonsgegevens die u over mij hebt verzameld te verwijderen, waaronder ${PHOTOS}, en de verwijdering schriftelijk te bevestigen.`,
      'opt-out': () => "Op grond van § 1798.120 van de California Civil Code draag ik u op mijn persoonsgegevens niet te verkopen of te delen, waaronder foto's van mijn gezicht en alle biometrische informatie die daaruit is afgeleid. Bevestig mij wanneer u hieraan hebt voldaan.",
    },
    pipeda: {
      access: () =>
        'Op grond van beginsel 4.9 van Schedule 1 en section 8 van PIPEDA verzoek ik te worden geïnformeerd over het bestaan, het gebruik en de verstrekking van persoonsgegevens over mij en daartoe toegang te krijgen, waaronder:\n' +
        '1. elke foto van mij die u bewaart, het webadres waar u elke foto hebt gevonden en elke gezichtstemplate of biometrische code die daaruit is afgeleid;\n' +
        '2. hoe u deze gegevens hebt gebruikt;\n' +
        '3. aan wie u ze hebt verstrekt.',
      erasure: () => `Ik trek elke toestemming in waarop u zich zou kunnen beroepen voor het verzamelen, gebruiken of verstrekken van persoonsgegevens over mij (Schedule 1, beginsel 4.3.8 van PIPEDA), en ik verzoek u al die gegevens te vernietigen, waaronder ${PHOTOS}, en dit schriftelijk te bevestigen.`,
    },
    'au-privacy': {
      access: () => 'Op grond van Australian Privacy Principle 12 verzoek ik u mij toegang te geven tot de persoonsgegevens die u over mij bewaart, waaronder elke foto van mij, het webadres waar u elke foto hebt gevonden en elke gezichtstemplate die daaruit is afgeleid. Ik verzoek u mij ook mee te delen aan wie u ze hebt verstrekt.',
      erasure: () => `Ik heb geen toestemming gegeven voor het verzamelen van mijn biometrische gegevens. Ik verzoek u alle persoonsgegevens die u over mij bewaart te vernietigen, waaronder ${PHOTOS}, en dit schriftelijk te bevestigen.`,
    },
    none: {
      access: () => 'Ik verzoek u mij mee te delen of u persoonsgegevens over mij bewaart en, zo ja, mij een kopie te sturen, waaronder elke foto van mij, het webadres waar u elke foto hebt gevonden en elke gezichtstemplate die daaruit is afgeleid, samen met de herkomst van de gegevens en de partijen aan wie u ze hebt verstrekt. Ik doe dit verzoek zonder mij op een bepaalde wet te beroepen.',
      erasure: () => `Ik verzoek u alle persoonsgegevens die u over mij bewaart te verwijderen, waaronder ${PHOTOS}, mijn gezicht niet langer in zoekresultaten te tonen en dit schriftelijk te bevestigen. Ik doe dit verzoek zonder mij op een bepaalde wet te beroepen.`,
    },
  },
  order: 'Stuur mij de kopie waarom ik in mijn inzageverzoek vraag voordat u de gegevens wist.',
  facts: {
    'nl-ap-2024': () =>
      'Op 16 mei 2024 heeft de Autoriteit Persoonsgegevens u een boete van 30,5 miljoen euro opgelegd, onder meer omdat u inzageverzoeken niet beantwoordde (artikelen 12 lid 3 en 15 AVG), en zij heeft uw argument verworpen dat online gepubliceerde gezichten kennelijk openbaar zijn gemaakt (besluit gepubliceerd op 3 september 2024). Ik verwacht dat dit verzoek volledig en tijdig wordt beantwoord.',
    'ca-sale': () => "Uw eigen pagina over state information and rights vermeldt dat uw verstrekking van foto's die van internet zijn verzameld onder de CPRA als verkoop (sale) geldt.",
    'opc-2021': () => 'In februari 2021 hebben de Privacy Commissioner of Canada en de commissioners van Québec, Brits-Columbia en Alberta vastgesteld dat u zonder toestemming afbeeldingen van mensen in Canada hebt verzameld, voor een doel dat neerkomt op massasurveillance (PIPEDA Findings #2021-001).',
    'oaic-2021': () => 'In 2021 heeft de Australian Information Commissioner vastgesteld dat u de Privacy Act hebt geschonden, en u opgedragen te stoppen met het verzamelen van afbeeldingen van personen in Australië en de verzamelde afbeeldingen en templates te vernietigen ([2021] AICmr 54). Die beslissing staat vast.',
  },
  verification: {
    gdpr: GDPR_VERIFY('AVG'),
    'uk-gdpr': GDPR_VERIFY('UK GDPR'),
    ccpa: (c) =>
      c.kind === 'opt-out'
        ? "Bij dit opt-outverzoek stuur ik geen identiteitsbewijs mee. Als u één foto van mijn gezicht nodig hebt om de foto's van mij te vinden die u bewaart, laat het mij dan weten, dan stuur ik er een; gebruik die alleen voor deze opt-out en verwijder haar daarna."
        : VERIFY_PLAIN(),
    pipeda: VERIFY_PLAIN,
    'au-privacy': VERIFY_PLAIN,
    none: VERIFY_PLAIN,
  },
  verificationForm: 'Uw formulier vraagt mij om een bewijs van mijn identiteit. Ik verstrek dat alleen zodat u dit verzoek kunt afhandelen: gebruik het voor niets anders, en verwijder het zodra het verzoek is afgehandeld.',
  deadline: {
    gdpr: { access: gdprDeadline, erasure: gdprDeadline, objection: gdprDeadline, combined: gdprDeadline },
    'uk-gdpr': { access: ukDeadline, erasure: ukDeadline, objection: ukDeadline, combined: ukDeadline },
    ccpa: {
      access: ccpaDeadline,
      erasure: ccpaDeadline,
      'opt-out': (c) => `Voldoe hieraan zo snel als praktisch mogelijk en uiterlijk 15 werkdagen na ontvangst van dit verzoek (California Code of Regulations, title 11, § 7026), dat wil zeggen uiterlijk op ${date(c.due)}.`,
    },
    pipeda: {
      access: (c) => `Section 8(3) van PIPEDA verplicht u binnen 30 dagen na ontvangst van dit verzoek te antwoorden, dat wil zeggen uiterlijk op ${date(c.due)}. U mag die termijn alleen met ten hoogste 30 dagen verlengen als u mij binnen die 30 dagen een kennisgeving van verlenging stuurt. Als u niet tijdig antwoordt, wordt u geacht mijn verzoek te hebben geweigerd (section 8(5)).`,
      erasure: askBy,
    },
    'au-privacy': {
      access: (c) => `Australian Privacy Principle 12 verplicht u binnen een redelijke termijn te antwoorden. Ik verzoek u uiterlijk op ${date(c.due)} te antwoorden.`,
      erasure: askBy,
    },
    none: { access: (c) => `Graag ontvang ik uw antwoord uiterlijk op ${date(c.due)}.`, erasure: (c) => `Graag ontvang ik uw antwoord uiterlijk op ${date(c.due)}.` },
  },
  reply: (c) => (c.replyByPost ? `Stuur uw antwoord per e-mail naar ${c.email}, of per post naar het adres bovenaan deze brief.` : `Stuur uw antwoord naar ${c.email}.`),
  remedy: {
    gdpr: 'Als u niet volledig en tijdig antwoordt, dien ik een klacht in bij een toezichthoudende autoriteit (artikel 77 AVG).',
    'uk-gdpr': 'Als u niet volledig en tijdig antwoordt, dien ik een klacht in bij u en bij de Information Commissioner.',
    ccpa: 'Als u niet volledig en tijdig antwoordt, dien ik een klacht in bij de California Privacy Protection Agency.',
    pipeda: 'Als u niet volledig en tijdig antwoordt, dien ik een klacht in bij het Office of the Privacy Commissioner of Canada (PIPEDA, section 11).',
    'au-privacy': 'Als u niet volledig en tijdig antwoordt, dien ik een klacht in bij het Office of the Australian Information Commissioner (Privacy Act 1988, section 36).',
    none: '',
  },
  closing: (c) => `Hoogachtend,\n${c.name}`,

  deadlineRef: {
    gdpr: { access: 'artikel 12 lid 3 AVG', erasure: 'artikel 12 lid 3 AVG', objection: 'artikel 12 lid 3 AVG', combined: 'artikel 12 lid 3 AVG' },
    'uk-gdpr': { access: 'artikelen 12 lid 3 en 12A UK GDPR', erasure: 'artikelen 12 lid 3 en 12A UK GDPR', objection: 'artikelen 12 lid 3 en 12A UK GDPR', combined: 'artikelen 12 lid 3 en 12A UK GDPR' },
    ccpa: { access: '§ 1798.130(a)(2) California Civil Code', erasure: '§ 1798.130(a)(2) California Civil Code', 'opt-out': 'California Code of Regulations, title 11, § 7026' },
    pipeda: { access: 'section 8(3) PIPEDA', erasure: '' },
    'au-privacy': { access: '', erasure: '' },
    none: { access: '', erasure: '' },
  },
  channelWord: { email: 'per e-mail', webform: 'via uw webformulier', postal: 'per post' },
  reminder: {
    subject: (c) => `Herinnering: ${c.requestSubject} (verstuurd op ${date(c.sent)})`,
    sent: (c) => `Op ${date(c.sent)} heb ik u mijn verzoek „${c.requestSubject}” ${c.via} gestuurd (${c.sentTo}).`,
    due: (c) => (c.statutory ? `De termijn om te antwoorden is op ${date(c.due)} verstreken (${c.dueRef}).` : `De datum waarop ik u om een antwoord had gevraagd, ${date(c.due)}, is verstreken.`),
    outcome: { 'no-answer': 'Ik heb geen antwoord ontvangen.', insufficient: 'Het antwoord dat ik heb ontvangen is onvolledig.', refused: 'U hebt mijn verzoek geweigerd, en ik aanvaard die weigering niet.' },
    ask: 'Ik verzoek u mijn verzoek nu zonder verdere vertraging volledig te beantwoorden.',
    ukComplaint: 'Dit bericht is ook een klacht bij u op grond van section 164A van de Data Protection Act 2018. Bevestig de ontvangst ervan binnen 30 dagen.',
    next: {
      gdpr: complaintIn('dien ik een klacht in bij een toezichthoudende autoriteit (artikel 77 AVG).'),
      'uk-gdpr': complaintIn('dien ik een klacht in bij de Information Commissioner.'),
      ccpa: complaintIn('dien ik een klacht in bij de California Privacy Protection Agency.'),
      pipeda: complaintIn('dien ik een klacht in bij het Office of the Privacy Commissioner of Canada.'),
      'au-privacy': complaintIn('dien ik een klacht in bij het Office of the Australian Information Commissioner.'),
      none: complaintIn('beraad ik mij op verdere stappen.'),
    },
  },
  complaint: {
    subject: (c) => `Klacht tegen ${c.company}: verzoek van ${date(c.sent)} (${c.requestSubject})`,
    lodge: {
      gdpr: (c) => `Ik dien op grond van artikel 77 AVG een klacht in tegen ${c.company}${at(c.companyAddress)}.`,
      'uk-gdpr': (c) => `Ik dien bij de Information Commissioner op grond van section 165 van de Data Protection Act 2018 een klacht in over ${c.company}${at(c.companyAddress)}.`,
      ccpa: (c) => `Ik dien een klacht in over ${c.company}${at(c.companyAddress)}, dat niet heeft voldaan aan de California Consumer Privacy Act.`,
      pipeda: (c) => `Ik dien op grond van section 11(1) van PIPEDA een schriftelijke klacht in tegen ${c.company}${at(c.companyAddress)}.`,
      'au-privacy': (c) => `Ik dien op grond van section 36 van de Privacy Act 1988 een klacht in over ${c.company}${at(c.companyAddress)}. Ik heb eerst bij het bedrijf geklaagd, zoals section 40(1A) vereist.`,
      none: () => '',
    },
    complainant: (c) => `Mijn gegevens: ${c.name}, ${c.email}${c.requesterAddress ? `, ${c.requesterAddress}` : ''}.`,
    facts: (c) => `Op ${date(c.sent)} heb ik ${c.company} mijn verzoek „${c.requestSubject}” ${c.via} gestuurd (${c.sentTo}).`,
    due: (c) => (c.statutory ? `Het antwoord moest uiterlijk op ${date(c.due)} worden gegeven (${c.dueRef}).` : `De wet stelt geen termijn; ik heb om een antwoord gevraagd uiterlijk op ${date(c.due)}.`),
    outcome: { 'no-answer': 'Ik heb geen antwoord ontvangen.', insufficient: 'Het antwoord dat ik heb ontvangen is onvolledig.', refused: 'Het bedrijf heeft mijn verzoek geweigerd.' },
    reminded: (c) => (c.remindedOn ? `Op ${date(c.remindedOn)} heb ik een herinnering gestuurd; ook die is niet volledig beantwoord.` : ''),
    record: (c) => (c.decision ? `U hebt zich al eerder met dit bedrijf beziggehouden: ${c.decision.ref}, ${date(c.decision.date)}.` : ''),
    ask: (c) => `Ik verzoek u deze klacht te onderzoeken en de maatregelen te nemen die nodig zijn zodat ${c.company} mijn verzoek volledig beantwoordt.`,
    attach: (c) => (c.remindedOn ? 'Ik voeg een kopie van mijn verzoek en van mijn herinnering bij.' : 'Ik voeg een kopie van mijn verzoek bij.'),
  },
} satisfies LetterTemplate<'nl'>;
