/**
 * Renders a request letter from its parts. The sequence of paragraphs depends only on law, kind, scraper facts and
 * channel, never on the language, so the four languages carry the same content (a test compares them). Data comes in
 * as arguments (`KitData`), so tests can render fixtures; `bind.ts` passes the shipped registry.
 */
import type { LawId, LetterFactId, LetterLanguage, RequestKind } from '../../registry/request-schema';
import { computeDeadline, type DeadlineEvent } from '../deadlines';
import type { CleanRequester } from '../law-choice';
import { de } from './templates/de';
import { en } from './templates/en';
import { fr } from './templates/fr';
import { nl } from './templates/nl';
import type { ChannelWordKey, FollowUpContext, LetterContext, Outcome } from './templates/types';
import { FACT_LAWS } from './templates/types';
import type { KitData } from '../types';

type Fn<C> = (c: C) => string;
/** Templates are looked up with runtime-checked (law, kind) pairs, so they are read through this loose view; each
 * language file is still checked against the strict `LetterTemplate<G>` by `satisfies`. */
export interface AnyTemplate {
  language: LetterLanguage;
  date: (iso: string) => string;
  country: (code: string) => string;
  subject: Record<string, Record<string, string>>;
  salutation: string;
  intro: Fn<LetterContext>;
  residence: Record<string, Fn<LetterContext>>;
  biometric: Record<string, string>;
  blocks: Record<string, Record<string, Fn<LetterContext>>>;
  order: string;
  facts: Record<string, Fn<LetterContext>>;
  verification: Record<string, Fn<LetterContext>>;
  verificationForm: string;
  deadline: Record<string, Record<string, Fn<LetterContext>>>;
  reply: Fn<LetterContext>;
  remedy: Record<string, string>;
  closing: Fn<LetterContext>;
  deadlineRef: Record<string, Record<string, string>>;
  channelWord: Record<ChannelWordKey, string>;
  reminder: {
    subject: Fn<FollowUpContext>;
    sent: Fn<FollowUpContext>;
    due: Fn<FollowUpContext>;
    outcome: Record<Outcome, string>;
    ask: string;
    ukComplaint: string;
    next: Record<string, Fn<FollowUpContext>>;
  };
  complaint: {
    subject: Fn<FollowUpContext>;
    lodge: Record<string, Fn<FollowUpContext>>;
    complainant: Fn<FollowUpContext>;
    facts: Fn<FollowUpContext>;
    due: Fn<FollowUpContext>;
    outcome: Record<Outcome, string>;
    reminded: Fn<FollowUpContext>;
    record: Fn<FollowUpContext>;
    ask: Fn<FollowUpContext>;
    attach: Fn<FollowUpContext>;
  };
}
export const TEMPLATES: Record<LetterLanguage, AnyTemplate> = { en, nl, de, fr };

export interface Section {
  id: string;
  text: string;
}

/** The paragraph ids of a letter, in order. */
export function letterSections(kind: RequestKind, facts: readonly LetterFactId[], hasRemedy: boolean): string[] {
  const rights = kind === 'combined' ? ['access', 'objection', 'erasure', 'order'] : [kind];
  return ['salutation', 'intro', 'biometric', ...rights, ...facts.map((f) => `fact:${f}`), 'verification', 'deadline', 'reply', ...(hasRemedy ? ['remedy'] : []), 'closing'];
}

/** Facts of this scraper that letters under this law cite, in a fixed order. */
export function factsFor(data: KitData, scraper: string, law: LawId): LetterFactId[] {
  const contact = data.contacts.find((c) => c.scraper === scraper);
  return (contact?.facts ?? []).filter((f) => f.laws.includes(law) && (FACT_LAWS[f.id] as readonly LawId[]).includes(law)).map((f) => f.id);
}

export function renderSections(t: AnyTemplate, c: LetterContext, facts: readonly LetterFactId[], formProof = false): Section[] {
  const law = c.law;
  const ids = letterSections(c.kind, facts, t.remedy[law] !== '');
  return ids.map((id) => {
    let text: string;
    if (id === 'salutation') text = t.salutation;
    else if (id === 'intro') text = [t.intro(c), t.residence[law]!(c)].filter(Boolean).join(' ');
    else if (id === 'biometric') text = t.biometric[law]!;
    else if (id === 'order') text = t.order;
    else if (id.startsWith('fact:')) text = t.facts[id.slice(5)]!(c);
    else if (id === 'verification') text = formProof ? t.verificationForm : t.verification[law]!(c);
    else if (id === 'deadline') text = t.deadline[law]![c.kind]!(c);
    else if (id === 'reply') text = t.reply(c);
    else if (id === 'remedy') text = t.remedy[law]!;
    else if (id === 'closing') text = t.closing(c);
    else text = t.blocks[law]![id]!(c);
    return { id, text };
  });
}

export function joinSections(sections: readonly Section[]): string {
  return sections.map((s) => s.text).join('\n\n');
}

export interface RenderedLetter {
  subject: string;
  body: string;
  sections: string[];
  dueDate: string;
  statutory: boolean;
}

/** Renders the letter and computes its due date. Callers have already checked the combination (`law-choice.ts`). */
export function renderLetter(
  data: KitData,
  args: {
    scraper: string; kind: RequestKind; law: LawId; language: LetterLanguage; requester: CleanRequester; date: string;
    channel: LetterContext['channel'];
    /** the channel is a web form that asks for proof itself */
    formProof?: boolean;
    events?: readonly DeadlineEvent[];
  },
): RenderedLetter {
  const law = data.laws.find((l) => l.id === args.law)!;
  const rule = law.rules[args.kind]!;
  const deadline = computeDeadline(rule, args.date, args.events);
  const contact = data.contacts.find((c) => c.scraper === args.scraper)!;
  const t = TEMPLATES[args.language];
  const c: LetterContext = {
    law: args.law,
    kind: args.kind,
    company: contact.addressee,
    name: args.requester.name,
    email: args.requester.email,
    country: args.requester.country,
    date: args.date,
    due: deadline.dueDate,
    channel: args.channel,
    replyByPost: args.channel === 'postal' && args.requester.addressLines.length > 0,
  };
  const sections = renderSections(t, c, factsFor(data, args.scraper, args.law), args.formProof ?? false);
  return {
    subject: t.subject[args.law]![args.kind]!,
    body: joinSections(sections),
    sections: sections.map((s) => s.id),
    dueDate: deadline.dueDate,
    statutory: deadline.statutory,
  };
}
