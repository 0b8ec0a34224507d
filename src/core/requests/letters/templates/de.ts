/** Deutsche Schreiben, Erinnerungen und Beschwerden: derselbe Inhalt wie `en.ts`, Absatz für Absatz. */
import { livingIn } from '../countries';
import type { LetterContext, LetterTemplate } from './types';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const date = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS[m! - 1]} ${y}`;
};

const PHOTOS = 'der Fotos von mir, der Webadressen, unter denen Sie sie gefunden haben, und aller daraus abgeleiteten Gesichts-Templates, Vektoren oder sonstigen biometrischen Codes';
const VERIFY_PLAIN = () =>
  'Ich lege kein Ausweisdokument bei. Wenn Sie dieses Ersuchen überprüfen müssen, fragen Sie nur die Informationen ab, die nötig sind, um mich den bei Ihnen gespeicherten Daten zuzuordnen. Um diese Daten zu finden, benötigen Sie möglicherweise ein Foto meines Gesichts: Teilen Sie mir das dann mit, und ich sende Ihnen eines. Verwenden Sie jedes Foto und jedes Dokument, das ich sende, nur zur Bearbeitung dieses Ersuchens, und löschen Sie es, sobald das Ersuchen bearbeitet ist.';
const GDPR_VERIFY = (law: string) => () =>
  `Ich lege keine Kopie eines Ausweisdokuments bei. Haben Sie begründete Zweifel an meiner Identität, erlaubt Ihnen Art. 12 Abs. 6 ${law}, die zur Bestätigung erforderlichen zusätzlichen Informationen anzufordern, und nicht mehr. Um Daten über mich zu finden, benötigen Sie möglicherweise ein Foto meines Gesichts: Teilen Sie mir das dann mit, und ich sende Ihnen eines. Verwenden Sie jedes Foto und jedes Dokument, das ich sende, nur zur Bearbeitung dieses Ersuchens, und löschen Sie es, sobald das Ersuchen bearbeitet ist.`;

const gdprAccess = (law: string) => () =>
  `Gemäß Art. 15 ${law} bitte ich Sie um Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten, und, falls ja, um:\n` +
  '1. eine Kopie der Daten, einschließlich aller Fotos von mir, die Sie gespeichert haben, der Webadresse, unter der Sie jedes Foto gefunden haben, und aller daraus abgeleiteten Gesichts-Templates, Vektoren oder sonstigen biometrischen Codes;\n' +
  '2. die Verarbeitungszwecke;\n' +
  '3. die Empfänger oder Kategorien von Empfängern, denen die Daten offengelegt worden sind, insbesondere Kunden, die nach meinem Gesicht gesucht haben oder denen es angezeigt wurde;\n' +
  '4. die geplante Speicherdauer oder die Kriterien für ihre Festlegung;\n' +
  '5. die Herkunft der Daten: wo und wann Sie jedes Foto erlangt haben.';
const gdprErasure = (law: string) => () =>
  `Gemäß Art. 17 ${law} bitte ich Sie, alle mich betreffenden personenbezogenen Daten unverzüglich zu löschen, einschließlich ${PHOTOS}, sowie alle Aufzeichnungen über Suchanfragen, die mit meinem Gesicht übereinstimmten. Ich habe in diese Verarbeitung nicht eingewilligt, und mir ist keine Ausnahme nach Art. 9 Abs. 2 bekannt, die sie erlauben würde; die Verarbeitung biometrischer Daten ohne eine solche Ausnahme ist rechtswidrig. Bitte zeigen Sie mein Gesicht auch nicht mehr in Suchergebnissen an und bestätigen Sie mir die Löschung schriftlich.`;
const gdprObjection = (law: string) => () =>
  `Gemäß Art. 21 ${law} widerspreche ich der Verarbeitung mich betreffender personenbezogener Daten, einschließlich meiner biometrischen Daten, soweit Sie sich dabei auf berechtigte Interessen stützen. Sie müssen die Verarbeitung einstellen, es sei denn, Sie weisen zwingende schutzwürdige Gründe nach, die meine Interessen, Rechte und Freiheiten überwiegen. Ich bitte Sie, die Verarbeitung einzustellen und mir dies schriftlich zu bestätigen.`;
const gdprDeadline = (c: LetterContext) =>
  `Nach Art. 12 Abs. 3 DSGVO müssen Sie auf dieses Ersuchen unverzüglich, spätestens aber innerhalb eines Monats nach Eingang reagieren, also bis zum ${date(c.due)}. Sie dürfen diese Frist nur um zwei weitere Monate verlängern, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist, und nur, wenn Sie mich innerhalb des ersten Monats unter Angabe der Gründe darüber unterrichten. Werden Sie auf mein Ersuchen hin nicht tätig, müssen Sie mir innerhalb desselben Monats die Gründe dafür mitteilen und mich auf die Möglichkeit hinweisen, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 12 Abs. 4 DSGVO).`;
const ukDeadline = (c: LetterContext) =>
  `Nach Art. 12 Abs. 3 und Art. 12A UK GDPR müssen Sie auf dieses Ersuchen unverzüglich und innerhalb eines Monats reagieren, also bis zum ${date(c.due)}. Benötigen Sie vernünftigerweise Informationen zur Bestätigung meiner Identität, läuft der Monat ab deren Eingang bei Ihnen. Sie dürfen die Frist nur um zwei weitere Monate verlängern, wenn dies wegen der Komplexität oder der Anzahl der Anträge erforderlich ist, und nur, wenn Sie mich innerhalb des ersten Monats unter Angabe der Gründe darüber unterrichten.`;
const ccpaDeadline = (c: LetterContext) =>
  `Nach Civil Code § 1798.130(a)(2) müssen Sie innerhalb von 45 Tagen nach Eingang dieses Ersuchens antworten, also bis zum ${date(c.due)}. Sie dürfen diese Frist einmal um weitere 45 Tage verlängern, wenn Sie mich innerhalb der ersten 45 Tage darüber unterrichten.`;
const askBy = (c: LetterContext) => `Bitte bestätigen Sie mir bis zum ${date(c.due)}, dass Sie dies getan haben.`;
const unlessBy = (body: string) => (c: { graceUntil: string }) => `Liegt mir bis zum ${date(c.graceUntil)} keine vollständige Antwort vor, ${body}`;
const at = (addr?: string) => (addr ? ` (${addr})` : '');

export const de = {
  language: 'de',
  date,
  country: (code: string) => livingIn(code, 'de'),
  subject: {
    gdpr: {
      access: 'Auskunftsersuchen nach Art. 15 DSGVO',
      erasure: 'Antrag auf Löschung nach Art. 17 DSGVO',
      objection: 'Widerspruch nach Art. 21 DSGVO',
      combined: 'Auskunftsersuchen, Widerspruch und Antrag auf Löschung (Art. 15, 21 und 17 DSGVO)',
    },
    'uk-gdpr': {
      access: 'Auskunftsersuchen nach Art. 15 UK GDPR',
      erasure: 'Antrag auf Löschung nach Art. 17 UK GDPR',
      objection: 'Widerspruch nach Art. 21 UK GDPR',
      combined: 'Auskunftsersuchen, Widerspruch und Antrag auf Löschung (Art. 15, 21 und 17 UK GDPR)',
    },
    ccpa: {
      access: 'Auskunftsersuchen (right to know) nach dem CCPA',
      erasure: 'Antrag auf Löschung (right to delete) nach dem CCPA',
      'opt-out': 'Widerspruch gegen den Verkauf und die Weitergabe meiner personenbezogenen Informationen (Opt-out, CCPA)',
    },
    pipeda: {
      access: 'Auskunftsersuchen nach PIPEDA',
      erasure: 'Widerruf der Einwilligung und Antrag auf Vernichtung meiner personenbezogenen Informationen (PIPEDA)',
    },
    'au-privacy': {
      access: 'Auskunftsersuchen nach Australian Privacy Principle 12',
      erasure: 'Antrag auf Vernichtung meiner personenbezogenen Informationen (Privacy Act 1988)',
    },
    none: { access: 'Bitte um eine Kopie meiner personenbezogenen Daten', erasure: 'Bitte um Löschung meiner personenbezogenen Daten' },
  },
  salutation: 'Sehr geehrte Damen und Herren,',
  intro: (c) => `ich wende mich an ${c.company} wegen personenbezogener Daten, die mich betreffen, insbesondere Fotos meines Gesichts und aller daraus abgeleiteten Daten.`,
  residence: {
    gdpr: (c) => `Ich wohne ${livingIn(c.country, 'de')}, in der Europäischen Union.`,
    'uk-gdpr': () => 'Ich wohne im Vereinigten Königreich.',
    ccpa: () => 'Ich wohne in Kalifornien.',
    pipeda: () => 'Ich wohne in Kanada.',
    'au-privacy': () => 'Ich wohne in Australien.',
    none: () => '',
  },
  biometric: {
    gdpr: 'Fotos meines Gesichts, die mit technischen Mitteln verarbeitet werden, um mich zu identifizieren, sowie die daraus abgeleiteten Gesichts-Templates, Vektoren oder sonstigen biometrischen Codes sind biometrische Daten (Art. 4 Nr. 14 DSGVO). Ihre Verarbeitung zur eindeutigen Identifizierung einer Person ist untersagt, sofern keine Ausnahme nach Art. 9 Abs. 2 greift (Art. 9 Abs. 1 DSGVO).',
    'uk-gdpr': 'Fotos meines Gesichts, die mit technischen Mitteln verarbeitet werden, um mich zu identifizieren, sowie die daraus abgeleiteten Gesichts-Templates, Vektoren oder sonstigen biometrischen Codes sind biometrische Daten (Art. 4 Nr. 14 UK GDPR). Ihre Verarbeitung zur eindeutigen Identifizierung einer Person ist untersagt, sofern keine Ausnahme nach Art. 9 Abs. 2 greift (Art. 9 Abs. 1 UK GDPR).',
    ccpa: 'Fotos meines Gesichts und alle daraus abgeleiteten Gesichts-Templates oder sonstigen biometrischen Informationen sind personenbezogene Informationen über mich (personal information); biometrische Informationen, die verarbeitet werden, um mich zu identifizieren, sind sensible personenbezogene Informationen (sensitive personal information, Civil Code §1798.140).',
    pipeda: 'Fotos meines Gesichts und die daraus abgeleiteten Gesichts-Templates oder sonstigen biometrischen Codes, mit denen ich wiedererkannt werden kann, sind personenbezogene Informationen über mich; ein Gesichts-Template ist ein biometrisches Datum.',
    'au-privacy': 'Fotos meines Gesichts und die daraus abgeleiteten Gesichts-Templates sind personenbezogene Informationen über mich; biometrische Templates sind sensible Informationen (sensitive information), die nicht ohne Einwilligung erhoben werden dürfen (Australian Privacy Principle 3.3).',
    none: 'Fotos meines Gesichts und die daraus abgeleiteten Gesichts-Templates oder sonstigen biometrischen Codes, mit denen ich wiedererkannt werden kann, sind personenbezogene Daten über mich; ein Gesichts-Template ist ein biometrisches Datum.',
  },
  blocks: {
    gdpr: { access: gdprAccess('DSGVO'), erasure: gdprErasure('DSGVO'), objection: gdprObjection('DSGVO') },
    'uk-gdpr': { access: gdprAccess('UK GDPR'), erasure: gdprErasure('UK GDPR'), objection: gdprObjection('UK GDPR') },
    ccpa: {
      access: () =>
        'Gemäß Civil Code §§ 1798.110 und 1798.115 (Recht auf Auskunft, right to know) bitte ich Sie, mir mitzuteilen:\n' +
        '1. welche konkreten personenbezogenen Informationen Sie über mich erhoben haben, einschließlich aller Fotos von mir, der Webadresse, unter der Sie jedes Foto gefunden haben, und aller daraus abgeleiteten Gesichts-Templates oder sonstigen biometrischen Informationen;\n' +
        '2. die Kategorien personenbezogener Informationen und die Kategorien der Quellen, aus denen Sie sie erhoben haben;\n' +
        '3. den geschäftlichen oder kommerziellen Zweck ihrer Erhebung, ihres Verkaufs oder ihrer Weitergabe;\n' +
        '4. die Kategorien von Dritten, denen Sie sie offengelegt, verkauft oder weitergegeben haben.',
      erasure: () => `Gemäß Civil Code § 1798.105 (Recht auf Löschung, right to delete) bitte ich Sie, alle personenbezogenen Informationen, die Sie über mich erhoben haben, zu löschen, einschließlich ${PHOTOS}, und mir die Löschung schriftlich zu bestätigen.`,
      'opt-out': () => 'Gemäß Civil Code § 1798.120 weise ich Sie an, meine personenbezogenen Informationen nicht zu verkaufen oder weiterzugeben, einschließlich Fotos meines Gesichts und aller daraus abgeleiteten biometrischen Informationen. Bitte bestätigen Sie mir, wann Sie dem nachgekommen sind.',
    },
    pipeda: {
      access: () =>
        'Gemäß Grundsatz 4.9 von Schedule 1 und section 8 von PIPEDA bitte ich darum, über das Vorhandensein, die Verwendung und die Offenlegung mich betreffender personenbezogener Informationen unterrichtet zu werden und Zugang zu ihnen zu erhalten, einschließlich:\n' +
        '1. aller Fotos von mir, die Sie gespeichert haben, der Webadresse, unter der Sie jedes Foto gefunden haben, und aller daraus abgeleiteten Gesichts-Templates oder biometrischen Codes;\n' +
        '2. der Art, wie Sie diese Informationen verwendet haben;\n' +
        '3. der Stellen, denen Sie sie offengelegt haben.',
      erasure: () => `Ich widerrufe jede Einwilligung, auf die Sie sich für die Erhebung, Verwendung oder Offenlegung mich betreffender personenbezogener Informationen berufen könnten (Schedule 1, Grundsatz 4.3.8 von PIPEDA), und bitte Sie, alle diese Informationen zu vernichten, einschließlich ${PHOTOS}, und mir dies schriftlich zu bestätigen.`,
    },
    'au-privacy': {
      access: () => 'Gemäß Australian Privacy Principle 12 bitte ich Sie, mir Zugang zu den personenbezogenen Informationen zu gewähren, die Sie über mich gespeichert haben, einschließlich aller Fotos von mir, der Webadresse, unter der Sie jedes Foto gefunden haben, und aller daraus abgeleiteten Gesichts-Templates. Außerdem bitte ich Sie, mir mitzuteilen, wem Sie sie offengelegt haben.',
      erasure: () => `Ich habe in die Erhebung meiner biometrischen Informationen nicht eingewilligt. Ich bitte Sie, alle personenbezogenen Informationen, die Sie über mich gespeichert haben, zu vernichten, einschließlich ${PHOTOS}, und mir dies schriftlich zu bestätigen.`,
    },
    none: {
      access: () => 'Ich bitte Sie, mir mitzuteilen, ob Sie personenbezogene Daten über mich gespeichert haben, und mir, falls ja, eine Kopie zu senden, einschließlich aller Fotos von mir, der Webadresse, unter der Sie jedes Foto gefunden haben, und aller daraus abgeleiteten Gesichts-Templates, zusammen mit der Herkunft der Daten und den Stellen, denen Sie sie offengelegt haben. Ich stelle diese Bitte, ohne mich auf ein bestimmtes Gesetz zu berufen.',
      erasure: () => `Ich bitte Sie, alle personenbezogenen Daten, die Sie über mich gespeichert haben, zu löschen, einschließlich ${PHOTOS}, mein Gesicht nicht mehr in Suchergebnissen anzuzeigen und mir dies schriftlich zu bestätigen. Ich stelle diese Bitte, ohne mich auf ein bestimmtes Gesetz zu berufen.`,
    },
  },
  order: 'Bitte senden Sie mir die mit meinem Auskunftsersuchen erbetene Kopie, bevor Sie die Daten löschen.',
  facts: {
    'nl-ap-2024': () =>
      'Am 16. Mai 2024 hat die niederländische Datenschutzbehörde (Autoriteit Persoonsgegevens) gegen Sie eine Geldbuße von 30,5 Millionen Euro verhängt, unter anderem, weil Sie Auskunftsersuchen nicht beantwortet haben (Art. 12 Abs. 3 und Art. 15 DSGVO), und Ihr Argument zurückgewiesen, online veröffentlichte Gesichter seien offensichtlich öffentlich gemacht worden (Beschluss veröffentlicht am 3. September 2024). Ich erwarte, dass dieses Ersuchen vollständig und fristgerecht beantwortet wird.',
    'ca-sale': () => 'Ihre eigene Seite „State Information and Rights“ besagt, dass Ihre Weitergabe von aus dem Internet gesammelten Fotos nach dem CPRA als Verkauf (sale) gilt.',
    'opc-2021': () => 'Im Februar 2021 haben der Privacy Commissioner of Canada und die Beauftragten von Québec, British Columbia und Alberta festgestellt, dass Sie ohne Einwilligung Bilder von Menschen in Kanada erhoben haben, zu einem Zweck, der einer Massenüberwachung gleichkommt (PIPEDA Findings #2021-001).',
    'oaic-2021': () => 'Im Jahr 2021 hat der Australian Information Commissioner festgestellt, dass Sie gegen den Privacy Act verstoßen haben, und Ihnen aufgegeben, keine Bilder von Personen in Australien mehr zu erheben und die erhobenen Bilder und Templates zu vernichten ([2021] AICmr 54). Diese Entscheidung ist bestandskräftig.',
  },
  verification: {
    gdpr: GDPR_VERIFY('DSGVO'),
    'uk-gdpr': GDPR_VERIFY('UK GDPR'),
    ccpa: (c) =>
      c.kind === 'opt-out'
        ? 'Diesem Opt-out lege ich kein Ausweisdokument bei. Wenn Sie ein Foto meines Gesichts benötigen, um die Fotos von mir zu finden, die Sie gespeichert haben, teilen Sie mir das mit, und ich sende Ihnen eines; verwenden Sie es nur für dieses Opt-out und löschen Sie es danach.'
        : VERIFY_PLAIN(),
    pipeda: VERIFY_PLAIN,
    'au-privacy': VERIFY_PLAIN,
    none: VERIFY_PLAIN,
  },
  verificationForm: 'Ihr Formular verlangt von mir einen Nachweis meiner Identität. Ich stelle ihn nur zur Verfügung, damit Sie dieses Ersuchen bearbeiten können: Verwenden Sie ihn für nichts anderes, und löschen Sie ihn, sobald das Ersuchen bearbeitet ist.',
  deadline: {
    gdpr: { access: gdprDeadline, erasure: gdprDeadline, objection: gdprDeadline, combined: gdprDeadline },
    'uk-gdpr': { access: ukDeadline, erasure: ukDeadline, objection: ukDeadline, combined: ukDeadline },
    ccpa: {
      access: ccpaDeadline,
      erasure: ccpaDeadline,
      'opt-out': (c) => `Bitte kommen Sie dem so bald wie praktisch möglich nach, spätestens aber 15 Geschäftstage nach Eingang dieses Ersuchens (California Code of Regulations, title 11, § 7026), also bis zum ${date(c.due)}.`,
    },
    pipeda: {
      access: (c) => `Nach section 8(3) von PIPEDA müssen Sie innerhalb von 30 Tagen nach Eingang dieses Ersuchens antworten, also bis zum ${date(c.due)}. Sie dürfen diese Frist nur um höchstens 30 Tage verlängern, wenn Sie mir innerhalb dieser 30 Tage eine Mitteilung über die Verlängerung senden. Antworten Sie nicht fristgerecht, gilt mein Ersuchen als abgelehnt (section 8(5)).`,
      erasure: askBy,
    },
    'au-privacy': {
      access: (c) => `Nach Australian Privacy Principle 12 müssen Sie innerhalb einer angemessenen Frist antworten. Ich bitte Sie, bis zum ${date(c.due)} zu antworten.`,
      erasure: askBy,
    },
    none: { access: (c) => `Bitte antworten Sie mir bis zum ${date(c.due)}.`, erasure: (c) => `Bitte antworten Sie mir bis zum ${date(c.due)}.` },
  },
  reply: (c) => (c.replyByPost ? `Bitte senden Sie Ihre Antwort per E-Mail an ${c.email} oder per Post an die oben genannte Anschrift.` : `Bitte senden Sie Ihre Antwort an ${c.email}.`),
  remedy: {
    gdpr: 'Antworten Sie nicht vollständig und fristgerecht, werde ich Beschwerde bei einer Aufsichtsbehörde einlegen (Art. 77 DSGVO).',
    'uk-gdpr': 'Antworten Sie nicht vollständig und fristgerecht, werde ich mich bei Ihnen und beim Information Commissioner beschweren.',
    ccpa: 'Antworten Sie nicht vollständig und fristgerecht, werde ich Beschwerde bei der California Privacy Protection Agency einlegen.',
    pipeda: 'Antworten Sie nicht vollständig und fristgerecht, werde ich Beschwerde beim Office of the Privacy Commissioner of Canada einlegen (PIPEDA, section 11).',
    'au-privacy': 'Antworten Sie nicht vollständig und fristgerecht, werde ich Beschwerde beim Office of the Australian Information Commissioner einlegen (Privacy Act 1988, section 36).',
    none: '',
  },
  closing: (c) => `Mit freundlichen Grüßen\n${c.name}`,

  deadlineRef: {
    gdpr: { access: 'Art. 12 Abs. 3 DSGVO', erasure: 'Art. 12 Abs. 3 DSGVO', objection: 'Art. 12 Abs. 3 DSGVO', combined: 'Art. 12 Abs. 3 DSGVO' },
    'uk-gdpr': { access: 'Art. 12 Abs. 3 und Art. 12A UK GDPR', erasure: 'Art. 12 Abs. 3 und Art. 12A UK GDPR', objection: 'Art. 12 Abs. 3 und Art. 12A UK GDPR', combined: 'Art. 12 Abs. 3 und Art. 12A UK GDPR' },
    ccpa: { access: 'Civil Code § 1798.130(a)(2)', erasure: 'Civil Code § 1798.130(a)(2)', 'opt-out': 'California Code of Regulations, title 11, § 7026' },
    pipeda: { access: 'section 8(3) PIPEDA', erasure: '' },
    'au-privacy': { access: '', erasure: '' },
    none: { access: '', erasure: '' },
  },
  channelWord: { email: 'per E-Mail', webform: 'über Ihr Webformular', postal: 'per Post' },
  reminder: {
    subject: (c) => `Erinnerung: ${c.requestSubject} (gesendet am ${date(c.sent)})`,
    sent: (c) => `am ${date(c.sent)} habe ich Ihnen mein Ersuchen „${c.requestSubject}“ ${c.via} gesendet (${c.sentTo}).`,
    due: (c) => (c.statutory ? `Die Frist für die Antwort ist am ${date(c.due)} abgelaufen (${c.dueRef}).` : `Das Datum, bis zu dem ich Sie um Antwort gebeten hatte, der ${date(c.due)}, ist verstrichen.`),
    outcome: { 'no-answer': 'Ich habe keine Antwort erhalten.', insufficient: 'Die Antwort, die ich erhalten habe, ist unvollständig.', refused: 'Sie haben mein Ersuchen abgelehnt; diese Ablehnung akzeptiere ich nicht.' },
    ask: 'Bitte beantworten Sie mein Ersuchen nun ohne weitere Verzögerung vollständig.',
    ukComplaint: 'Diese Nachricht ist zugleich eine Beschwerde bei Ihnen nach section 164A des Data Protection Act 2018. Bitte bestätigen Sie ihren Eingang innerhalb von 30 Tagen.',
    next: {
      gdpr: unlessBy('werde ich Beschwerde bei einer Aufsichtsbehörde einlegen (Art. 77 DSGVO).'),
      'uk-gdpr': unlessBy('werde ich mich beim Information Commissioner beschweren.'),
      ccpa: unlessBy('werde ich Beschwerde bei der California Privacy Protection Agency einlegen.'),
      pipeda: unlessBy('werde ich Beschwerde beim Office of the Privacy Commissioner of Canada einlegen.'),
      'au-privacy': unlessBy('werde ich Beschwerde beim Office of the Australian Information Commissioner einlegen.'),
      none: unlessBy('werde ich weitere Schritte prüfen.'),
    },
  },
  complaint: {
    subject: (c) => `Beschwerde gegen ${c.company}: Ersuchen vom ${date(c.sent)} (${c.requestSubject})`,
    lodge: {
      gdpr: (c) => `ich lege gemäß Art. 77 DSGVO Beschwerde gegen ${c.company}${at(c.companyAddress)} ein.`,
      'uk-gdpr': (c) => `ich beschwere mich beim Information Commissioner gemäß section 165 des Data Protection Act 2018 über ${c.company}${at(c.companyAddress)}.`,
      ccpa: (c) => `ich reiche eine Beschwerde über ${c.company}${at(c.companyAddress)} ein, das den California Consumer Privacy Act nicht eingehalten hat.`,
      pipeda: (c) => `ich reiche gemäß section 11(1) von PIPEDA eine schriftliche Beschwerde gegen ${c.company}${at(c.companyAddress)} ein.`,
      'au-privacy': (c) => `ich beschwere mich gemäß section 36 des Privacy Act 1988 über ${c.company}${at(c.companyAddress)}. Ich habe mich zuerst beim Unternehmen beschwert, wie section 40(1A) es verlangt.`,
      none: () => '',
    },
    complainant: (c) => `Meine Angaben: ${c.name}, ${c.email}${c.requesterAddress ? `, ${c.requesterAddress}` : ''}.`,
    facts: (c) => `Am ${date(c.sent)} habe ich ${c.company} mein Ersuchen „${c.requestSubject}“ ${c.via} gesendet (${c.sentTo}).`,
    due: (c) => (c.statutory ? `Die Antwort war bis zum ${date(c.due)} fällig (${c.dueRef}).` : `Das Gesetz sieht keine Frist vor; ich habe um eine Antwort bis zum ${date(c.due)} gebeten.`),
    outcome: { 'no-answer': 'Ich habe keine Antwort erhalten.', insufficient: 'Die Antwort, die ich erhalten habe, ist unvollständig.', refused: 'Das Unternehmen hat mein Ersuchen abgelehnt.' },
    reminded: (c) => (c.remindedOn ? `Am ${date(c.remindedOn)} habe ich eine Erinnerung gesendet; auch sie wurde nicht vollständig beantwortet.` : ''),
    record: (c) => (c.decision ? `Sie haben sich bereits mit diesem Unternehmen befasst: ${c.decision.ref}, ${date(c.decision.date)}.` : ''),
    ask: (c) => `Ich bitte Sie, diese Beschwerde zu prüfen und die nötigen Maßnahmen zu ergreifen, damit ${c.company} mein Ersuchen vollständig beantwortet.`,
    attach: (c) => (c.remindedOn ? 'Eine Kopie meines Ersuchens und meiner Erinnerung liegt bei.' : 'Eine Kopie meines Ersuchens liegt bei.'),
  },
} satisfies LetterTemplate<'de'>;
