/** English letters, reminders and complaints. Every legal reference here is sourced in `registry/laws.ts`. */
import { livingIn } from '../countries';
import type { LetterContext, LetterTemplate } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const date = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};

const PHOTOS = 'the photographs of me, the web addresses where you found them, and any face template, vector or other biometric code derived from them';
const VERIFY_PLAIN = () =>
  `I do not attach an identity document. If you need to verify this request, ask only for the information needed to match me with the data you hold. To find that data you may need one photograph of my face: if so, tell me and I will send one. Use any photograph or document I send only to handle this request, and delete it once the request is handled.`;
const GDPR_VERIFY = (law: string) => () =>
  `I do not attach an identity document. If you have reasonable doubts about my identity, Article 12(6) ${law} allows you to ask for the additional information necessary to confirm it, and no more. To find data about me you may need one photograph of my face: if so, tell me and I will send one. Use any photograph or document I send only to handle this request, and delete it once the request is handled.`;

const gdprAccess = (law: string) => () =>
  `Under Article 15 ${law}, I ask you to confirm whether you process personal data concerning me and, if you do, to give me:\n` +
  `1. a copy of the data, including every photograph of me you hold, the web address where you found each, and any face template, vector or other biometric code derived from them;\n` +
  `2. the purposes of the processing;\n` +
  `3. the recipients or categories of recipients to whom the data have been disclosed, in particular any customers who searched for or were shown my face;\n` +
  `4. how long the data will be stored, or the criteria used to decide this;\n` +
  `5. the source of the data: where and when you obtained each photograph.`;
const gdprErasure = (law: string) => () =>
  `Under Article 17 ${law}, I ask you to erase without undue delay all personal data concerning me, including ${PHOTOS}, as well as any record of searches that matched my face. I have not consented to this processing, and I know of no exception under Article 9(2) that would allow it; processing biometric data without one is unlawful. Please also stop returning my face in search results, and confirm the erasure in writing.`;
const gdprObjection = (law: string) => () =>
  `Under Article 21 ${law}, I object to the processing of personal data concerning me, including my biometric data, insofar as you base it on legitimate interests. You must stop unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms. I ask you to stop the processing and to confirm this in writing.`;
const gdprDeadline = (c: LetterContext) =>
  `Article 12(3) GDPR requires you to act on this request without undue delay and at the latest within one month of receiving it, that is by ${date(c.due)}. You may extend this by two further months only where necessary, taking into account the complexity and number of requests, and only if you tell me so within the first month, with your reasons. If you do not act on my request, you must tell me within the same month why not, and that I may lodge a complaint with a supervisory authority (Article 12(4) GDPR).`;
const ukDeadline = (c: LetterContext) =>
  `Articles 12(3) and 12A of the UK GDPR require you to act on this request without undue delay and within one month, that is by ${date(c.due)}. If you reasonably need information to confirm my identity, the month runs from when you receive it. You may extend the period by two further months only where necessary because of the complexity or number of requests, and only if you tell me so within the first month, with your reasons.`;
const ccpaDeadline = (c: LetterContext) =>
  `Civil Code §1798.130(a)(2) requires you to respond within 45 days of receiving this request, that is by ${date(c.due)}. You may extend this once by a further 45 days, if you tell me so within the first 45 days.`;
const askBy = (c: LetterContext) => `I ask you to confirm by ${date(c.due)} that you have done so.`;

export const en = {
  language: 'en',
  date,
  country: (code: string) => livingIn(code, 'en'),
  subject: {
    gdpr: {
      access: 'Access request under Article 15 GDPR',
      erasure: 'Erasure request under Article 17 GDPR',
      objection: 'Objection under Article 21 GDPR',
      combined: 'Access request, objection and erasure request (Articles 15, 21 and 17 GDPR)',
    },
    'uk-gdpr': {
      access: 'Access request under Article 15 UK GDPR',
      erasure: 'Erasure request under Article 17 UK GDPR',
      objection: 'Objection under Article 21 UK GDPR',
      combined: 'Access request, objection and erasure request (Articles 15, 21 and 17 UK GDPR)',
    },
    ccpa: {
      access: 'Request to know under the CCPA',
      erasure: 'Request to delete under the CCPA',
      'opt-out': 'Request to opt out of the sale and sharing of my personal information (CCPA)',
    },
    bipa: { erasure: 'Demand to destroy my biometric identifiers and to disclose your retention policy (Illinois BIPA)' },
    pipeda: {
      access: 'Access request under PIPEDA',
      erasure: 'Withdrawal of consent and request to destroy my personal information (PIPEDA)',
    },
    'au-privacy': {
      access: 'Access request under Australian Privacy Principle 12',
      erasure: 'Request to destroy my personal information (Privacy Act 1988)',
    },
    none: { access: 'Request for a copy of my personal data', erasure: 'Request to delete my personal data' },
  },
  salutation: 'Dear Sir or Madam,',
  intro: (c) => `I am writing to ${c.company} about personal data concerning me, in particular photographs of my face and any data derived from them.`,
  residence: {
    gdpr: (c) => `I live ${livingIn(c.country, 'en')}, in the European Union.`,
    'uk-gdpr': () => 'I live in the United Kingdom.',
    ccpa: () => 'I am a California resident.',
    bipa: () => 'I am an Illinois resident.',
    pipeda: () => 'I live in Canada.',
    'au-privacy': () => 'I live in Australia.',
    none: () => '',
  },
  biometric: {
    gdpr: 'Photographs of my face that are processed with technical means to identify me, and the face templates, vectors or other biometric codes derived from them, are biometric data (Article 4(14) GDPR). Processing them to uniquely identify a person is prohibited unless an exception in Article 9(2) applies (Article 9(1) GDPR).',
    'uk-gdpr': 'Photographs of my face that are processed with technical means to identify me, and the face templates, vectors or other biometric codes derived from them, are biometric data (Article 4(14) UK GDPR). Processing them to uniquely identify a person is prohibited unless an exception in Article 9(2) applies (Article 9(1) UK GDPR).',
    ccpa: 'Photographs of my face, and any face template or other biometric information derived from them, are personal information about me; biometric information processed to identify me is sensitive personal information (Civil Code §1798.140).',
    bipa: 'Photographs are not biometric identifiers, but a scan of face geometry, such as a face template derived from a photograph of my face, is one (740 ILCS 14/10).',
    pipeda: 'Photographs of my face, and the face templates or other biometric codes derived from them to recognise me, are personal information about me; a face template is biometric data.',
    'au-privacy': 'Photographs of my face, and the face templates derived from them, are personal information about me; biometric templates are sensitive information, which may not be collected without consent (Australian Privacy Principle 3.3).',
    none: 'Photographs of my face, and the face templates or other biometric codes derived from them to recognise me, are personal data about me; a face template is biometric data.',
  },
  blocks: {
    gdpr: { access: gdprAccess('GDPR'), erasure: gdprErasure('GDPR'), objection: gdprObjection('GDPR') },
    'uk-gdpr': { access: gdprAccess('UK GDPR'), erasure: gdprErasure('UK GDPR'), objection: gdprObjection('UK GDPR') },
    ccpa: {
      access: () =>
        `Under Civil Code §§1798.110 and 1798.115 (the right to know), I ask you to disclose to me:\n` +
        `1. the specific pieces of personal information you have collected about me, including every photograph of me, the web address where you found each, and any face template or other biometric information derived from them;\n` +
        `2. the categories of personal information and the categories of sources from which you collected it;\n` +
        `3. the business or commercial purpose for collecting, selling or sharing it;\n` +
        `4. the categories of third parties to whom you disclosed, sold or shared it.`,
      erasure: () => `Under Civil Code §1798.105 (the right to delete), I ask you to delete all personal information you have collected about me, including ${PHOTOS}, and to confirm the deletion in writing.`,
      'opt-out': () => 'Under Civil Code §1798.120, I direct you not to sell or share my personal information, including photographs of my face and any biometric information derived from them. Please confirm when you have complied.',
    },
    bipa: {
      erasure: () =>
        'I ask you to:\n' +
        '1. permanently destroy all biometric identifiers and biometric information relating to me, including any scan of my face geometry, and confirm the destruction in writing;\n' +
        '2. send me your written policy establishing a retention schedule and guidelines for permanently destroying biometric identifiers and biometric information, which 740 ILCS 14/15(a) requires you to make available to the public;\n' +
        '3. confirm that you have not sold, leased, traded or otherwise profited from my biometric identifiers or biometric information (740 ILCS 14/15(c)).\n' +
        'I never gave you the written release that 740 ILCS 14/15(b) requires before such data is collected.',
    },
    pipeda: {
      access: () =>
        'Under principle 4.9 of Schedule 1 and section 8 of PIPEDA, I ask to be informed of the existence, use and disclosure of personal information about me and to be given access to it, including:\n' +
        '1. every photograph of me you hold, the web address where you found each, and any face template or biometric code derived from them;\n' +
        '2. how you have used this information;\n' +
        '3. to whom you have disclosed it.',
      erasure: () => `I withdraw any consent you may claim to rely on for collecting, using or disclosing personal information about me (Schedule 1, principle 4.3.8 of PIPEDA), and I ask you to destroy all such information, including ${PHOTOS}, and to confirm this in writing.`,
    },
    'au-privacy': {
      access: () => 'Under Australian Privacy Principle 12, I ask you to give me access to the personal information you hold about me, including every photograph of me, the web address where you found each, and any face template derived from them. I also ask you to tell me to whom you have disclosed it.',
      erasure: () => `I have not consented to the collection of my biometric information. I ask you to destroy all personal information you hold about me, including ${PHOTOS}, and to confirm this in writing.`,
    },
    none: {
      access: () => 'I ask you to tell me whether you hold personal data about me and, if you do, to send me a copy, including every photograph of me, the web address where you found each, and any face template derived from them, together with where you obtained the data and to whom you have disclosed it. I make this request without relying on any particular law.',
      erasure: () => `I ask you to delete all personal data you hold about me, including ${PHOTOS}, to stop showing my face in any search results, and to confirm this in writing. I make this request without relying on any particular law.`,
    },
  },
  order: 'Please send me the copy I asked for under my access request before you erase the data.',
  facts: {
    'nl-ap-2024': () =>
      'On 16 May 2024 the Dutch data protection authority (Autoriteit Persoonsgegevens) fined you EUR 30.5 million, among other reasons because you did not answer access requests (Articles 12(3) and 15 GDPR), and it rejected your argument that faces published online were manifestly made public (decision published on 3 September 2024). I expect this request to be answered in full and on time.',
    'il-retention-policy': () => 'Your published Illinois Biometric Information Retention Policy says you keep biometric information you can associate with Illinois to comply with legal preservation obligations. If you rely on it to keep my data, please name the obligation and say when it ends.',
    'aclu-settlement-opt-out': () => 'Under your 2022 settlement with the ACLU you keep an opt-out request form for Illinois residents. Please also treat this letter as such an opt-out, or tell me the address of the form.',
    'ca-sale': () => 'Your own page on state information and rights says that your disclosure of photos collected from the internet is deemed a sale under the CPRA.',
    'opc-2021': () => 'In February 2021 the Privacy Commissioner of Canada and the commissioners of Québec, British Columbia and Alberta found that you collected images of people in Canada without consent, for a purpose amounting to mass surveillance (PIPEDA Findings #2021-001).',
    'oaic-2021': () => 'In 2021 the Australian Information Commissioner determined that you breached the Privacy Act, and ordered you to stop collecting images of individuals in Australia and to destroy the images and templates you had collected ([2021] AICmr 54). That determination stands.',
  },
  verification: {
    gdpr: GDPR_VERIFY('GDPR'),
    'uk-gdpr': GDPR_VERIFY('UK GDPR'),
    ccpa: (c) =>
      c.kind === 'opt-out'
        ? `I send no identity document with this opt-out. If you need one photograph of my face to find the photographs you hold of me, tell me and I will send one; use it only for this opt-out and delete it afterwards.`
        : VERIFY_PLAIN(),
    bipa: () => `I do not attach an identity document. If you need one photograph of my face to find the data, tell me and I will send one; use it only to find and destroy my data, and delete it afterwards.`,
    pipeda: VERIFY_PLAIN,
    'au-privacy': VERIFY_PLAIN,
    none: VERIFY_PLAIN,
  },
  verificationForm: 'Your form asks me for proof of my identity. I provide it only so that you can handle this request: use it for nothing else, and delete it once the request is handled.',
  deadline: {
    gdpr: { access: gdprDeadline, erasure: gdprDeadline, objection: gdprDeadline, combined: gdprDeadline },
    'uk-gdpr': { access: ukDeadline, erasure: ukDeadline, objection: ukDeadline, combined: ukDeadline },
    ccpa: {
      access: ccpaDeadline,
      erasure: ccpaDeadline,
      'opt-out': (c) => `Please comply as soon as feasibly possible and no later than 15 business days after receiving this request (California Code of Regulations, title 11, §7026), that is by ${date(c.due)}.`,
    },
    bipa: { erasure: (c) => `BIPA sets no deadline for answering this letter. I ask you to reply by ${date(c.due)}.` },
    pipeda: {
      access: (c) => `Section 8(3) of PIPEDA requires you to respond within 30 days of receiving this request, that is by ${date(c.due)}. You may extend this by up to 30 days only if you send me a notice of extension within those 30 days. If you do not respond in time, you are deemed to have refused my request (section 8(5)).`,
      erasure: askBy,
    },
    'au-privacy': {
      access: (c) => `Australian Privacy Principle 12 requires you to respond within a reasonable period. I ask you to respond by ${date(c.due)}.`,
      erasure: askBy,
    },
    none: { access: (c) => `Please reply by ${date(c.due)}.`, erasure: (c) => `Please reply by ${date(c.due)}.` },
  },
  reply: (c) => (c.replyByPost ? `Please send your answer by e-mail to ${c.email}, or by post to the address at the top of this letter.` : `Please send your answer to ${c.email}.`),
  remedy: {
    gdpr: 'If you do not answer in full and on time, I will lodge a complaint with a supervisory authority (Article 77 GDPR).',
    'uk-gdpr': 'If you do not answer in full and on time, I will complain to you and to the Information Commissioner.',
    ccpa: 'If you do not answer in full and on time, I will file a complaint with the California Privacy Protection Agency.',
    bipa: 'I reserve all my rights, including the right of action under 740 ILCS 14/20.',
    pipeda: 'If you do not answer in full and on time, I will file a complaint with the Office of the Privacy Commissioner of Canada (PIPEDA, section 11).',
    'au-privacy': 'If you do not answer in full and on time, I will complain to the Office of the Australian Information Commissioner (Privacy Act 1988, section 36).',
    none: '',
  },
  closing: (c) => `Yours faithfully,\n${c.name}`,

  deadlineRef: {
    gdpr: { access: 'Article 12(3) GDPR', erasure: 'Article 12(3) GDPR', objection: 'Article 12(3) GDPR', combined: 'Article 12(3) GDPR' },
    'uk-gdpr': { access: 'Articles 12(3) and 12A UK GDPR', erasure: 'Articles 12(3) and 12A UK GDPR', objection: 'Articles 12(3) and 12A UK GDPR', combined: 'Articles 12(3) and 12A UK GDPR' },
    ccpa: { access: 'Civil Code §1798.130(a)(2)', erasure: 'Civil Code §1798.130(a)(2)', 'opt-out': 'California Code of Regulations, title 11, §7026' },
    bipa: { erasure: '' },
    pipeda: { access: 'section 8(3) of PIPEDA', erasure: '' },
    'au-privacy': { access: '', erasure: '' },
    none: { access: '', erasure: '' },
  },
  channelWord: { email: 'by e-mail', webform: 'through your web form', postal: 'by post' },
  reminder: {
    subject: (c) => `Reminder: ${c.requestSubject} (sent on ${date(c.sent)})`,
    sent: (c) => `On ${date(c.sent)} I sent you my request “${c.requestSubject}” ${c.via} (${c.sentTo}).`,
    due: (c) =>
      c.statutory
        ? `The period for answering it ended on ${date(c.due)} (${c.dueRef}).`
        : `The date by which I asked you to answer, ${date(c.due)}, has passed.`,
    outcome: { 'no-answer': 'I have not received an answer.', insufficient: 'The answer I received is incomplete.', refused: 'You refused my request, and I do not accept the refusal.' },
    ask: 'Please answer my request in full without further delay.',
    ukComplaint: 'This message is also a complaint to you under section 164A of the Data Protection Act 2018. Please acknowledge it within 30 days.',
    next: {
      gdpr: (c) => `If I have no full answer by ${date(c.graceUntil)}, I will lodge a complaint with a supervisory authority (Article 77 GDPR).`,
      'uk-gdpr': (c) => `If I have no full answer by ${date(c.graceUntil)}, I will complain to the Information Commissioner.`,
      ccpa: (c) => `If I have no full answer by ${date(c.graceUntil)}, I will file a complaint with the California Privacy Protection Agency.`,
      bipa: (c) => `If I have no full answer by ${date(c.graceUntil)}, I will consider my options, including the right of action under 740 ILCS 14/20.`,
      pipeda: (c) => `If I have no full answer by ${date(c.graceUntil)}, I will file a complaint with the Office of the Privacy Commissioner of Canada.`,
      'au-privacy': (c) => `If I have no full answer by ${date(c.graceUntil)}, I will complain to the Office of the Australian Information Commissioner.`,
      none: (c) => `If I have no full answer by ${date(c.graceUntil)}, I will consider my options.`,
    },
  },
  complaint: {
    subject: (c) => `Complaint against ${c.company}: request of ${date(c.sent)} (${c.requestSubject})`,
    lodge: {
      gdpr: (c) => `I lodge a complaint under Article 77 GDPR against ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''}.`,
      'uk-gdpr': (c) => `I complain to the Information Commissioner under section 165 of the Data Protection Act 2018 about ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''}.`,
      ccpa: (c) => `I submit a complaint about ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''}, which has not complied with the California Consumer Privacy Act.`,
      bipa: (c) => `I submit a consumer complaint about ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''} concerning biometric identifiers it holds about me. I understand that the Illinois Biometric Information Privacy Act is enforced by individuals in court (740 ILCS 14/20); I ask your office to take note of this practice and, if it can, to mediate.`,
      pipeda: (c) => `I file a written complaint under section 11(1) of PIPEDA against ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''}.`,
      'au-privacy': (c) => `I complain under section 36 of the Privacy Act 1988 about ${c.company}${c.companyAddress ? ` (${c.companyAddress})` : ''}. I complained to the company first, as section 40(1A) requires.`,
      none: () => '',
    },
    complainant: (c) => `My details: ${c.name}, ${c.email}${c.requesterAddress ? `, ${c.requesterAddress}` : ''}.`,
    facts: (c) => `On ${date(c.sent)} I sent ${c.company} my request “${c.requestSubject}” ${c.via} (${c.sentTo}).`,
    due: (c) =>
      c.statutory
        ? `The answer was due by ${date(c.due)} (${c.dueRef}).`
        : `The law sets no period; I asked for an answer by ${date(c.due)}.`,
    outcome: { 'no-answer': 'I have received no answer.', insufficient: 'The answer I received is incomplete.', refused: 'The company refused my request.' },
    reminded: (c) => (c.remindedOn ? `I sent a reminder on ${date(c.remindedOn)}; it was not answered in full either.` : ''),
    record: (c) => (c.decision ? `You have already dealt with this company: ${c.decision.ref}, ${date(c.decision.date)}.` : ''),
    ask: (c) => `I ask you to examine this complaint and to take the measures needed so that ${c.company} answers my request in full.`,
    attach: (c) => (c.remindedOn ? 'I attach a copy of my request and of my reminder.' : 'I attach a copy of my request.'),
  },
} satisfies LetterTemplate<'en'>;

