/**
 * The shape every language's templates must have. The matrix below says which request kinds exist under each law and
 * in which languages; the template types are derived from it, so a missing translation is a type error
 * (`satisfies LetterTemplate<'de'>`). `registry/laws.ts` must agree with this matrix (a unit test checks it).
 */
import type { LawId, LetterFactId, LetterLanguage, RequestKind } from '../../../registry/request-schema';

export const LETTER_MATRIX = {
  gdpr: { kinds: ['access', 'erasure', 'objection', 'combined'], languages: ['en', 'nl', 'de', 'fr'] },
  'uk-gdpr': { kinds: ['access', 'erasure', 'objection', 'combined'], languages: ['en', 'nl', 'de', 'fr'] },
  ccpa: { kinds: ['access', 'erasure', 'opt-out'], languages: ['en', 'nl', 'de', 'fr'] },
  bipa: { kinds: ['erasure'], languages: ['en'] },
  pipeda: { kinds: ['access', 'erasure'], languages: ['en', 'nl', 'de', 'fr'] },
  'au-privacy': { kinds: ['access', 'erasure'], languages: ['en', 'nl', 'de', 'fr'] },
  none: { kinds: ['access', 'erasure'], languages: ['en', 'nl', 'de', 'fr'] },
} as const satisfies Record<LawId, { kinds: readonly RequestKind[]; languages: readonly LetterLanguage[] }>;

/** The laws each letter fact belongs to (a fact appears only in letters under these laws). */
export const FACT_LAWS = {
  'nl-ap-2024': ['gdpr', 'uk-gdpr'],
  'il-retention-policy': ['bipa'],
  'aclu-settlement-opt-out': ['bipa'],
  'ca-sale': ['ccpa'],
  'opc-2021': ['pipeda'],
  'oaic-2021': ['au-privacy'],
} as const satisfies Record<LetterFactId, readonly LawId[]>;

type Matrix = typeof LETTER_MATRIX;
/** laws whose letters exist in language G */
export type LawsIn<G extends LetterLanguage> = { [L in keyof Matrix]: G extends Matrix[L]['languages'][number] ? L : never }[keyof Matrix];
export type KindsOf<L extends LawId> = Matrix[L]['kinds'][number];
/** the single-right blocks of a law: its kinds without `combined` */
export type BlockKindsOf<L extends LawId> = Exclude<KindsOf<L>, 'combined'>;
export type FactsIn<G extends LetterLanguage> = { [F in keyof typeof FACT_LAWS]: (typeof FACT_LAWS)[F][number] & LawsIn<G> extends never ? never : F }[keyof typeof FACT_LAWS];

export type ChannelWordKey = 'email' | 'webform' | 'postal';
export type Outcome = 'no-answer' | 'insufficient' | 'refused';

/** What every letter template function receives. Values are plain text, already cleaned. */
export interface LetterContext {
  law: LawId;
  kind: RequestKind;
  /** the company as the letter addresses it */
  company: string;
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2 of the requester */
  country: string;
  /** ISO days */
  date: string;
  due: string;
  channel: ChannelWordKey;
  /** a postal letter whose sender gave an address: the answer may come by post */
  replyByPost: boolean;
}

/** What the reminder and complaint templates receive on top of the letter context. */
export interface FollowUpContext extends LetterContext {
  /** the day the request was sent */
  sent: string;
  /** the request's subject line, quoted */
  requestSubject: string;
  /** where it was sent (address, form URL, or the first line of a postal address) */
  sentTo: string;
  statutory: boolean;
  /** the legal basis of the period in this language ('' when the law sets none) */
  dueRef: string;
  /** how the request was sent, in this language ("e-mail", "your web form", "post") */
  via: string;
  outcome: Outcome;
  /** ISO day after which the person will complain (reminders) */
  graceUntil: string;
  remindedOn?: string;
  /** the company's postal address joined on one line, if sourced */
  companyAddress?: string;
  /** the requester's postal address joined on one line, if given */
  requesterAddress?: string;
  /** the authority's earlier decision about this company, if any */
  decision?: { date: string; ref: string };
}

type Text<C> = (c: C) => string;
type PerLawKind<G extends LetterLanguage, T> = { [L in LawsIn<G>]: { [K in KindsOf<L>]: T } };
type PerLawBlock<G extends LetterLanguage, T> = { [L in LawsIn<G>]: { [K in BlockKindsOf<L>]: T } };
type PerLaw<G extends LetterLanguage, T> = { [L in LawsIn<G>]: T };

export interface LetterTemplate<G extends LetterLanguage> {
  language: G;
  /** a long, unambiguous date in this language, from an ISO day */
  date: (iso: string) => string;
  /** the requester's country, in this language (EU members, GB, US, CA, AU) */
  country: (code: string) => string;
  subject: PerLawKind<G, string>;
  salutation: string;
  intro: Text<LetterContext>;
  residence: PerLaw<G, Text<LetterContext>>;
  biometric: PerLaw<G, string>;
  /** the paragraph for each right (combined letters use several) */
  blocks: PerLawBlock<G, Text<LetterContext>>;
  /** combined letters: answer the access request before erasing */
  order: string;
  facts: { [F in FactsIn<G>]: Text<LetterContext> };
  verification: PerLaw<G, Text<LetterContext>>;
  /** replaces `verification` when the channel is a web form that itself asks for proof */
  verificationForm: string;
  deadline: PerLawKind<G, Text<LetterContext>>;
  reply: Text<LetterContext>;
  /** what happens if no answer comes; empty for a plain request */
  remedy: PerLaw<G, string>;
  closing: Text<LetterContext>;

  /** the legal basis of the period, for reminders and complaints ('' when the law sets none) */
  deadlineRef: PerLawKind<G, string>;
  channelWord: Record<ChannelWordKey, string>;
  reminder: {
    subject: Text<FollowUpContext>;
    sent: Text<FollowUpContext>;
    due: Text<FollowUpContext>;
    outcome: Record<Outcome, string>;
    ask: string;
    /** UK GDPR only: the reminder is also a complaint to the controller under s.164A DPA 2018 */
    ukComplaint: string;
    next: PerLaw<G, Text<FollowUpContext>>;
  };
  complaint: {
    subject: Text<FollowUpContext>;
    lodge: PerLaw<G, Text<FollowUpContext>>;
    complainant: Text<FollowUpContext>;
    facts: Text<FollowUpContext>;
    due: Text<FollowUpContext>;
    outcome: Record<Outcome, string>;
    reminded: Text<FollowUpContext>;
    record: Text<FollowUpContext>;
    ask: Text<FollowUpContext>;
    attach: Text<FollowUpContext>;
  };
}
