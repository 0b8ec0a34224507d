/** Lettres, rappels et réclamations en français : le même contenu que `en.ts`, paragraphe par paragraphe. */
import { livingIn } from '../countries';
import type { LetterContext, LetterTemplate } from './types';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const date = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS[m! - 1]} ${y}`;
};

const PHOTOS = 'les photographies de moi, les adresses web où vous les avez trouvées et tout gabarit facial, vecteur ou autre code biométrique qui en est dérivé';
const VERIFY_PLAIN = () =>
  'Je ne joins pas de pièce d’identité. Si vous devez vérifier cette demande, ne demandez que les informations nécessaires pour me rattacher aux données que vous détenez. Pour trouver ces données, vous pourriez avoir besoin d’une photographie de mon visage : dans ce cas, dites-le-moi et je vous en enverrai une. N’utilisez toute photographie ou tout document que je vous envoie que pour traiter la présente demande, et supprimez-le une fois la demande traitée.';
const GDPR_VERIFY = (law: string) => () =>
  `Je ne joins pas de copie de pièce d’identité. Si vous avez des doutes raisonnables quant à mon identité, l’article 12, paragraphe 6, du ${law} vous permet de demander les informations supplémentaires nécessaires pour la confirmer, et rien de plus. Pour trouver des données me concernant, vous pourriez avoir besoin d’une photographie de mon visage : dans ce cas, dites-le-moi et je vous en enverrai une. N’utilisez toute photographie ou tout document que je vous envoie que pour traiter la présente demande, et supprimez-le une fois la demande traitée.`;

const gdprAccess = (law: string) => () =>
  `En vertu de l’article 15 du ${law}, je vous demande de me confirmer si vous traitez des données personnelles me concernant et, dans l’affirmative, de me communiquer :\n` +
  '1. une copie des données, y compris chaque photographie de moi que vous conservez, l’adresse web où vous avez trouvé chacune d’elles et tout gabarit facial, vecteur ou autre code biométrique qui en est dérivé ;\n' +
  '2. les finalités du traitement ;\n' +
  '3. les destinataires ou catégories de destinataires auxquels les données ont été communiquées, en particulier les clients qui ont recherché mon visage ou à qui il a été présenté ;\n' +
  '4. la durée de conservation des données ou les critères utilisés pour la déterminer ;\n' +
  '5. la source des données : où et quand vous avez obtenu chaque photographie.';
const gdprErasure = (law: string) => () =>
  `En vertu de l’article 17 du ${law}, je vous demande d’effacer dans les meilleurs délais toutes les données personnelles me concernant, y compris ${PHOTOS}, ainsi que tout enregistrement des recherches qui ont correspondu à mon visage. Je n’ai pas consenti à ce traitement, et je ne connais aucune exception prévue à l’article 9, paragraphe 2, qui l’autoriserait ; le traitement de données biométriques sans une telle exception est illicite. Veuillez également cesser de faire apparaître mon visage dans les résultats de recherche, et me confirmer l’effacement par écrit.`;
const gdprObjection = (law: string) => () =>
  `En vertu de l’article 21 du ${law}, je m’oppose au traitement des données personnelles me concernant, y compris mes données biométriques, dans la mesure où vous le fondez sur des intérêts légitimes. Vous devez cesser ce traitement, à moins de démontrer des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés. Je vous demande de cesser le traitement et de me le confirmer par écrit.`;
const gdprDeadline = (c: LetterContext) =>
  `L’article 12, paragraphe 3, du RGPD vous impose de donner suite à cette demande dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de sa réception, soit au plus tard le ${date(c.due)}. Vous ne pouvez prolonger ce délai de deux mois supplémentaires que si cela est nécessaire compte tenu de la complexité et du nombre de demandes, et seulement si vous m’en informez dans le premier mois, en indiquant les motifs. Si vous ne donnez pas suite à ma demande, vous devez m’en indiquer les motifs dans le même mois et m’informer de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle (article 12, paragraphe 4, du RGPD).`;
const ukDeadline = (c: LetterContext) =>
  `Les articles 12, paragraphe 3, et 12A du UK GDPR vous imposent de donner suite à cette demande dans les meilleurs délais et dans un délai d’un mois, soit au plus tard le ${date(c.due)}. Si vous avez raisonnablement besoin d’informations pour confirmer mon identité, le mois court à compter de leur réception. Vous ne pouvez prolonger ce délai de deux mois supplémentaires que si cela est nécessaire en raison de la complexité ou du nombre de demandes, et seulement si vous m’en informez dans le premier mois, en indiquant les motifs.`;
const ccpaDeadline = (c: LetterContext) =>
  `Le § 1798.130(a)(2) du California Civil Code vous impose de répondre dans un délai de 45 jours à compter de la réception de cette demande, soit au plus tard le ${date(c.due)}. Vous pouvez prolonger ce délai une fois de 45 jours supplémentaires, si vous m’en informez dans les 45 premiers jours.`;
const askBy = (c: LetterContext) => `Je vous demande de me confirmer au plus tard le ${date(c.due)} que vous l’avez fait.`;
const unlessBy = (body: string) => (c: { graceUntil: string }) => `Si je n’ai pas reçu de réponse complète d’ici le ${date(c.graceUntil)}, ${body}`;
const at = (addr?: string) => (addr ? ` (${addr})` : '');

export const fr = {
  language: 'fr',
  date,
  country: (code: string) => livingIn(code, 'fr'),
  subject: {
    gdpr: {
      access: 'Demande d’accès au titre de l’article 15 du RGPD',
      erasure: 'Demande d’effacement au titre de l’article 17 du RGPD',
      objection: 'Opposition au titre de l’article 21 du RGPD',
      combined: 'Demande d’accès, opposition et demande d’effacement (articles 15, 21 et 17 du RGPD)',
    },
    'uk-gdpr': {
      access: 'Demande d’accès au titre de l’article 15 du UK GDPR',
      erasure: 'Demande d’effacement au titre de l’article 17 du UK GDPR',
      objection: 'Opposition au titre de l’article 21 du UK GDPR',
      combined: 'Demande d’accès, opposition et demande d’effacement (articles 15, 21 et 17 du UK GDPR)',
    },
    ccpa: {
      access: 'Demande d’information (right to know) au titre du CCPA',
      erasure: 'Demande de suppression (right to delete) au titre du CCPA',
      'opt-out': 'Opposition à la vente et au partage de mes informations personnelles (opt-out, CCPA)',
    },
    pipeda: {
      access: 'Demande d’accès au titre de la LPRPDE (PIPEDA)',
      erasure: 'Retrait du consentement et demande de destruction de mes renseignements personnels (LPRPDE)',
    },
    'au-privacy': {
      access: 'Demande d’accès au titre de l’Australian Privacy Principle 12',
      erasure: 'Demande de destruction de mes informations personnelles (Privacy Act 1988)',
    },
    none: { access: 'Demande de copie de mes données personnelles', erasure: 'Demande de suppression de mes données personnelles' },
  },
  salutation: 'Madame, Monsieur,',
  intro: (c) => `Je m’adresse à ${c.company} au sujet de données personnelles me concernant, en particulier des photographies de mon visage et de toutes les données qui en sont dérivées.`,
  residence: {
    gdpr: (c) => `J’habite ${livingIn(c.country, 'fr')}, dans l’Union européenne.`,
    'uk-gdpr': () => 'J’habite au Royaume-Uni.',
    ccpa: () => 'Je réside en Californie.',
    pipeda: () => 'J’habite au Canada.',
    'au-privacy': () => 'J’habite en Australie.',
    none: () => '',
  },
  biometric: {
    gdpr: 'Les photographies de mon visage traitées par des moyens techniques afin de m’identifier, ainsi que les gabarits faciaux, vecteurs ou autres codes biométriques qui en sont dérivés, sont des données biométriques (article 4, point 14, du RGPD). Leur traitement aux fins d’identifier une personne de manière unique est interdit, sauf si une exception prévue à l’article 9, paragraphe 2, s’applique (article 9, paragraphe 1, du RGPD).',
    'uk-gdpr': 'Les photographies de mon visage traitées par des moyens techniques afin de m’identifier, ainsi que les gabarits faciaux, vecteurs ou autres codes biométriques qui en sont dérivés, sont des données biométriques (article 4, point 14, du UK GDPR). Leur traitement aux fins d’identifier une personne de manière unique est interdit, sauf si une exception prévue à l’article 9, paragraphe 2, s’applique (article 9, paragraphe 1, du UK GDPR).',
    ccpa: 'Les photographies de mon visage, ainsi que tout gabarit facial ou autre information biométrique qui en est dérivé, sont des informations personnelles me concernant (personal information) ; les informations biométriques traitées pour m’identifier sont des informations personnelles sensibles (sensitive personal information, Civil Code §1798.140).',
    pipeda: 'Les photographies de mon visage, ainsi que les gabarits faciaux ou autres codes biométriques qui en sont dérivés pour me reconnaître, sont des renseignements personnels me concernant ; un gabarit facial est une donnée biométrique.',
    'au-privacy': 'Les photographies de mon visage, ainsi que les gabarits faciaux qui en sont dérivés, sont des informations personnelles me concernant ; les gabarits biométriques sont des informations sensibles (sensitive information), qui ne peuvent être collectées sans consentement (Australian Privacy Principle 3.3).',
    none: 'Les photographies de mon visage, ainsi que les gabarits faciaux ou autres codes biométriques qui en sont dérivés pour me reconnaître, sont des données personnelles me concernant ; un gabarit facial est une donnée biométrique.',
  },
  blocks: {
    gdpr: { access: gdprAccess('RGPD'), erasure: gdprErasure('RGPD'), objection: gdprObjection('RGPD') },
    'uk-gdpr': { access: gdprAccess('UK GDPR'), erasure: gdprErasure('UK GDPR'), objection: gdprObjection('UK GDPR') },
    ccpa: {
      access: () =>
        'En vertu des §§ 1798.110 et 1798.115 du California Civil Code (droit d’être informé, right to know), je vous demande de me communiquer :\n' +
        '1. les éléments précis d’informations personnelles que vous avez collectés à mon sujet, y compris chaque photographie de moi, l’adresse web où vous avez trouvé chacune d’elles et tout gabarit facial ou autre information biométrique qui en est dérivé ;\n' +
        '2. les catégories d’informations personnelles et les catégories de sources auprès desquelles vous les avez collectées ;\n' +
        '3. la finalité professionnelle ou commerciale de leur collecte, de leur vente ou de leur partage ;\n' +
        '4. les catégories de tiers auxquels vous les avez communiquées, vendues ou partagées.',
      erasure: () => `En vertu du § 1798.105 du California Civil Code (droit de suppression, right to delete), je vous demande de supprimer toutes les informations personnelles que vous avez collectées à mon sujet, y compris ${PHOTOS}, et de me confirmer la suppression par écrit.`,
      'opt-out': () => 'En vertu du § 1798.120 du California Civil Code, je vous enjoins de ne pas vendre ni partager mes informations personnelles, y compris les photographies de mon visage et toute information biométrique qui en est dérivée. Veuillez me confirmer quand vous vous y serez conformé.',
    },
    pipeda: {
      access: () =>
        'En vertu du principe 4.9 de l’annexe 1 et de l’article 8 de la LPRPDE (PIPEDA), je demande à être informé de l’existence de renseignements personnels me concernant, de l’usage qui en est fait et du fait qu’ils ont été communiqués, et à y avoir accès, notamment :\n' +
        '1. chaque photographie de moi que vous conservez, l’adresse web où vous avez trouvé chacune d’elles et tout gabarit facial ou code biométrique qui en est dérivé ;\n' +
        '2. la manière dont vous avez utilisé ces renseignements ;\n' +
        '3. les personnes à qui vous les avez communiqués.',
      erasure: () => `Je retire tout consentement sur lequel vous pourriez prétendre vous fonder pour recueillir, utiliser ou communiquer des renseignements personnels me concernant (annexe 1, principe 4.3.8 de la LPRPDE), et je vous demande de détruire tous ces renseignements, y compris ${PHOTOS}, et de me le confirmer par écrit.`,
    },
    'au-privacy': {
      access: () => 'En vertu de l’Australian Privacy Principle 12, je vous demande de me donner accès aux informations personnelles que vous détenez à mon sujet, y compris chaque photographie de moi, l’adresse web où vous avez trouvé chacune d’elles et tout gabarit facial qui en est dérivé. Je vous demande également de m’indiquer à qui vous les avez communiquées.',
      erasure: () => `Je n’ai pas consenti à la collecte de mes informations biométriques. Je vous demande de détruire toutes les informations personnelles que vous détenez à mon sujet, y compris ${PHOTOS}, et de me le confirmer par écrit.`,
    },
    none: {
      access: () => 'Je vous demande de m’indiquer si vous détenez des données personnelles me concernant et, dans l’affirmative, de m’en envoyer une copie, y compris chaque photographie de moi, l’adresse web où vous avez trouvé chacune d’elles et tout gabarit facial qui en est dérivé, ainsi que l’origine des données et les personnes à qui vous les avez communiquées. Je formule cette demande sans invoquer de loi particulière.',
      erasure: () => `Je vous demande de supprimer toutes les données personnelles que vous détenez à mon sujet, y compris ${PHOTOS}, de ne plus faire apparaître mon visage dans des résultats de recherche et de me le confirmer par écrit. Je formule cette demande sans invoquer de loi particulière.`,
    },
  },
  order: 'Veuillez m’envoyer la copie demandée au titre de ma demande d’accès avant d’effacer les données.',
  facts: {
    'nl-ap-2024': () =>
      'Le 16 mai 2024, l’autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens) vous a infligé une amende de 30,5 millions d’euros, notamment parce que vous n’aviez pas répondu à des demandes d’accès (articles 12, paragraphe 3, et 15 du RGPD), et elle a rejeté votre argument selon lequel les visages publiés en ligne auraient été manifestement rendus publics (décision publiée le 3 septembre 2024). J’attends une réponse complète et dans les délais à la présente demande.',
    'ca-sale': () => 'Votre propre page « State Information and Rights » indique que votre communication de photos collectées sur internet est considérée comme une vente (sale) au sens du CPRA.',
    'opc-2021': () => 'En février 2021, le Commissaire à la protection de la vie privée du Canada et les commissaires du Québec, de la Colombie-Britannique et de l’Alberta ont conclu que vous aviez recueilli sans consentement des images de personnes au Canada, à une fin assimilable à une surveillance de masse (PIPEDA Findings #2021-001).',
    'oaic-2021': () => 'En 2021, l’Australian Information Commissioner a conclu que vous aviez enfreint le Privacy Act et vous a ordonné de cesser de collecter des images de personnes en Australie et de détruire les images et gabarits collectés ([2021] AICmr 54). Cette décision est définitive.',
  },
  verification: {
    gdpr: GDPR_VERIFY('RGPD'),
    'uk-gdpr': GDPR_VERIFY('UK GDPR'),
    ccpa: (c) =>
      c.kind === 'opt-out'
        ? 'Je n’envoie pas de pièce d’identité avec cette demande d’opt-out. Si vous avez besoin d’une photographie de mon visage pour trouver les photographies de moi que vous détenez, dites-le-moi et je vous en enverrai une ; ne l’utilisez que pour cet opt-out et supprimez-la ensuite.'
        : VERIFY_PLAIN(),
    pipeda: VERIFY_PLAIN,
    'au-privacy': VERIFY_PLAIN,
    none: VERIFY_PLAIN,
  },
  verificationForm: 'Votre formulaire me demande une preuve de mon identité. Je la fournis uniquement pour que vous puissiez traiter la présente demande : ne l’utilisez à aucune autre fin, et supprimez-la une fois la demande traitée.',
  deadline: {
    gdpr: { access: gdprDeadline, erasure: gdprDeadline, objection: gdprDeadline, combined: gdprDeadline },
    'uk-gdpr': { access: ukDeadline, erasure: ukDeadline, objection: ukDeadline, combined: ukDeadline },
    ccpa: {
      access: ccpaDeadline,
      erasure: ccpaDeadline,
      'opt-out': (c) => `Veuillez vous y conformer dès que cela est raisonnablement possible et au plus tard 15 jours ouvrables après la réception de cette demande (California Code of Regulations, title 11, § 7026), soit au plus tard le ${date(c.due)}.`,
    },
    pipeda: {
      access: (c) => `L’article 8(3) de la LPRPDE vous impose de répondre dans les 30 jours suivant la réception de cette demande, soit au plus tard le ${date(c.due)}. Vous ne pouvez prolonger ce délai de 30 jours au maximum que si vous m’envoyez un avis de prorogation dans ces 30 jours. Si vous ne répondez pas dans le délai, vous êtes réputé avoir refusé ma demande (article 8(5)).`,
      erasure: askBy,
    },
    'au-privacy': {
      access: (c) => `L’Australian Privacy Principle 12 vous impose de répondre dans un délai raisonnable. Je vous demande de répondre au plus tard le ${date(c.due)}.`,
      erasure: askBy,
    },
    none: { access: (c) => `Je vous remercie de me répondre au plus tard le ${date(c.due)}.`, erasure: (c) => `Je vous remercie de me répondre au plus tard le ${date(c.due)}.` },
  },
  reply: (c) =>
    c.replyByPost
      ? `Veuillez m’adresser votre réponse par courriel à ${c.email}, ou par courrier à l’adresse figurant en tête de la présente lettre.`
      : `Veuillez m’adresser votre réponse à ${c.email}.`,
  remedy: {
    gdpr: 'À défaut de réponse complète dans les délais, j’introduirai une réclamation auprès d’une autorité de contrôle (article 77 du RGPD).',
    'uk-gdpr': 'À défaut de réponse complète dans les délais, je formulerai une réclamation auprès de vous et de l’Information Commissioner.',
    ccpa: 'À défaut de réponse complète dans les délais, je déposerai une plainte auprès de la California Privacy Protection Agency.',
    pipeda: 'À défaut de réponse complète dans les délais, je déposerai une plainte auprès du Commissariat à la protection de la vie privée du Canada (LPRPDE, article 11).',
    'au-privacy': 'À défaut de réponse complète dans les délais, je déposerai une plainte auprès de l’Office of the Australian Information Commissioner (Privacy Act 1988, section 36).',
    none: '',
  },
  closing: (c) => `Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n${c.name}`,

  deadlineRef: {
    gdpr: { access: 'article 12, paragraphe 3, du RGPD', erasure: 'article 12, paragraphe 3, du RGPD', objection: 'article 12, paragraphe 3, du RGPD', combined: 'article 12, paragraphe 3, du RGPD' },
    'uk-gdpr': { access: 'articles 12, paragraphe 3, et 12A du UK GDPR', erasure: 'articles 12, paragraphe 3, et 12A du UK GDPR', objection: 'articles 12, paragraphe 3, et 12A du UK GDPR', combined: 'articles 12, paragraphe 3, et 12A du UK GDPR' },
    ccpa: { access: '§ 1798.130(a)(2) du California Civil Code', erasure: '§ 1798.130(a)(2) du California Civil Code', 'opt-out': 'California Code of Regulations, title 11, § 7026' },
    pipeda: { access: 'article 8(3) de la LPRPDE', erasure: '' },
    'au-privacy': { access: '', erasure: '' },
    none: { access: '', erasure: '' },
  },
  channelWord: { email: 'par courriel', webform: 'via votre formulaire en ligne', postal: 'par courrier' },
  reminder: {
    subject: (c) => `Rappel : ${c.requestSubject} (envoi du ${date(c.sent)})`,
    sent: (c) => `Le ${date(c.sent)}, je vous ai adressé ma demande « ${c.requestSubject} » ${c.via} (${c.sentTo}).`,
    due: (c) => (c.statutory ? `Le délai de réponse a expiré le ${date(c.due)} (${c.dueRef}).` : `La date à laquelle je vous avais demandé de répondre, le ${date(c.due)}, est passée.`),
    outcome: { 'no-answer': 'Je n’ai reçu aucune réponse.', insufficient: 'La réponse que j’ai reçue est incomplète.', refused: 'Vous avez refusé ma demande, et je n’accepte pas ce refus.' },
    ask: 'Je vous prie de répondre intégralement à ma demande sans plus tarder.',
    ukComplaint: 'Le présent message constitue également une réclamation auprès de vous au titre de la section 164A du Data Protection Act 2018. Veuillez en accuser réception dans un délai de 30 jours.',
    next: {
      gdpr: unlessBy('j’introduirai une réclamation auprès d’une autorité de contrôle (article 77 du RGPD).'),
      'uk-gdpr': unlessBy('je formulerai une réclamation auprès de l’Information Commissioner.'),
      ccpa: unlessBy('je déposerai une plainte auprès de la California Privacy Protection Agency.'),
      pipeda: unlessBy('je déposerai une plainte auprès du Commissariat à la protection de la vie privée du Canada.'),
      'au-privacy': unlessBy('je déposerai une plainte auprès de l’Office of the Australian Information Commissioner.'),
      none: unlessBy('j’envisagerai les suites à donner.'),
    },
  },
  complaint: {
    subject: (c) => `Réclamation contre ${c.company} : demande du ${date(c.sent)} (${c.requestSubject})`,
    lodge: {
      gdpr: (c) => `J’introduis, en vertu de l’article 77 du RGPD, une réclamation contre ${c.company}${at(c.companyAddress)}.`,
      'uk-gdpr': (c) => `Je saisis l’Information Commissioner, en vertu de la section 165 du Data Protection Act 2018, d’une réclamation concernant ${c.company}${at(c.companyAddress)}.`,
      ccpa: (c) => `Je dépose une plainte concernant ${c.company}${at(c.companyAddress)}, qui ne s’est pas conformé au California Consumer Privacy Act.`,
      pipeda: (c) => `Je dépose, en vertu de l’article 11(1) de la LPRPDE, une plainte écrite contre ${c.company}${at(c.companyAddress)}.`,
      'au-privacy': (c) => `Je dépose, en vertu de la section 36 du Privacy Act 1988, une plainte concernant ${c.company}${at(c.companyAddress)}. Je me suis d’abord plaint auprès de l’entreprise, comme l’exige la section 40(1A).`,
      none: () => '',
    },
    complainant: (c) => `Mes coordonnées : ${c.name}, ${c.email}${c.requesterAddress ? `, ${c.requesterAddress}` : ''}.`,
    facts: (c) => `Le ${date(c.sent)}, j’ai adressé à ${c.company} ma demande « ${c.requestSubject} » ${c.via} (${c.sentTo}).`,
    due: (c) => (c.statutory ? `La réponse était due au plus tard le ${date(c.due)} (${c.dueRef}).` : `La loi ne fixe aucun délai ; j’ai demandé une réponse au plus tard le ${date(c.due)}.`),
    outcome: { 'no-answer': 'Je n’ai reçu aucune réponse.', insufficient: 'La réponse que j’ai reçue est incomplète.', refused: 'L’entreprise a refusé ma demande.' },
    reminded: (c) => (c.remindedOn ? `Le ${date(c.remindedOn)}, j’ai envoyé un rappel, qui n’a pas non plus reçu de réponse complète.` : ''),
    record: (c) => (c.decision ? `Vous avez déjà eu à connaître de cette entreprise : ${c.decision.ref}, ${date(c.decision.date)}.` : ''),
    ask: (c) => `Je vous demande d’examiner la présente réclamation et de prendre les mesures nécessaires pour que ${c.company} réponde intégralement à ma demande.`,
    attach: (c) => (c.remindedOn ? 'Je joins une copie de ma demande et de mon rappel.' : 'Je joins une copie de ma demande.'),
  },
} satisfies LetterTemplate<'fr'>;
