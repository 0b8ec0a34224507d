/**
 * After the request: `draftReminder` (to the company, once the deadline has passed) and `draftComplaint` (to the
 * requester's authority, prefilled with the request's facts). Both recompute the due date from the law and the events
 * since sending (an extension notice moves it), so a stale `dueDate` in a logged request cannot make them early.
 */
import type { Authority, LawId, LetterLanguage } from '../registry/request-schema';
import { LETTER_LANGUAGES } from '../registry/request-schema';
import { addDays, assertIsoDay, computeDeadline } from './deadlines';
import { checkCombination, cleanRequester, contactOf, lawLabel, type CleanRequester } from './law-choice';
import { joinSections, TEMPLATES, type AnyTemplate, type Section } from './letters/render';
import type { FollowUpContext, Outcome } from './letters/templates/types';
import { plainLine, plainLines } from './text';
import { LETTER_VERSION, type DraftedComplaint, type DraftedReminder, type FollowUpInput, type KitData, type RequestFacts } from './types';

/** Days a reminder gives the company before the person complains: our choice, not a legal period. */
export const REMINDER_GRACE_DAYS = 14;

const OUTCOMES: readonly Outcome[] = ['no-answer', 'insufficient', 'refused'];

interface Prepared {
  requester: CleanRequester;
  request: RequestFacts;
  due: string;
  statutory: boolean;
  outcome: Outcome;
}

function prepare(data: KitData, input: FollowUpInput, what: 'reminder' | 'complaint'): Prepared {
  if (!input || typeof input !== 'object' || !input.request) throw new Error(`draft${what === 'reminder' ? 'Reminder' : 'Complaint'} needs { request, requester, language, date }`);
  const date = assertIsoDay(input.date, 'date');
  const request = input.request;
  const sent = assertIsoDay(request.date, 'request.date');
  const requester = cleanRequester(input.requester);
  const outcome = request.outcome ?? 'no-answer';
  if (!OUTCOMES.includes(outcome)) throw new Error(`request.outcome must be one of ${OUTCOMES.join(', ')}`);
  const law = data.laws.find((l) => l.id === request.law);
  const rule = law?.rules[request.kind];
  if (!law || !rule) throw new Error(`there is no "${request.kind}" request under "${request.law}"`);
  const { dueDate, statutory } = computeDeadline(rule, sent, request.events ?? []);
  if (date < sent) throw new Error(`the ${what} date ${date} is before the request was sent (${sent})`);
  if (outcome === 'no-answer' && date <= dueDate) {
    throw new Error(`the answer is due on ${dueDate}; a ${what} about a missing answer can be drafted from ${addDays(dueDate, 1)}`);
  }
  return { requester, request, due: dueDate, statutory, outcome };
}

function context(data: KitData, p: Prepared, t: AnyTemplate, date: string): FollowUpContext {
  const contact = contactOf(data, p.request.scraper);
  const postal = contact.channels.find((c) => c.type === 'postal' && c.lines?.length);
  const sentTo = plainLines(p.request.to, 8, 200).join(', ') || plainLine(p.request.channel, 20);
  const remindedOn = p.request.remindedOn !== undefined ? assertIsoDay(p.request.remindedOn, 'request.remindedOn') : undefined;
  return {
    law: p.request.law,
    kind: p.request.kind,
    company: contact.addressee,
    name: p.requester.name,
    email: p.requester.email,
    country: p.requester.country,
    date,
    due: p.due,
    channel: p.request.channel,
    replyByPost: false,
    sent: p.request.date,
    requestSubject: t.subject[p.request.law]![p.request.kind]!,
    sentTo,
    statutory: p.statutory,
    dueRef: t.deadlineRef[p.request.law]![p.request.kind]!,
    via: t.channelWord[p.request.channel] ?? '',
    outcome: p.outcome,
    graceUntil: addDays(date, REMINDER_GRACE_DAYS),
    ...(remindedOn ? { remindedOn } : {}),
    ...(postal ? { companyAddress: postal.lines!.filter((l, i) => i > 0 || l !== contact.addressee).join(', ') } : {}),
    ...(p.requester.addressLines.length ? { requesterAddress: p.requester.addressLines.join(', ') } : {}),
  };
}

export function draftReminderWith(data: KitData, input: FollowUpInput): DraftedReminder {
  const p = prepare(data, input, 'reminder');
  checkCombination(data, p.request.scraper, p.request.kind, p.request.law, input.language, p.requester);
  if (!['email', 'webform', 'postal'].includes(p.request.channel)) throw new Error('request.channel must be email, webform or postal');
  const t = TEMPLATES[input.language];
  const c = context(data, p, t, input.date);
  const sections: Section[] = [
    { id: 'salutation', text: t.salutation },
    { id: 'sent', text: t.reminder.sent(c) },
    { id: 'due', text: t.reminder.due(c) },
    { id: 'outcome', text: t.reminder.outcome[p.outcome] },
    { id: 'ask', text: t.reminder.ask },
    ...(p.request.law === 'uk-gdpr' ? [{ id: 'uk-complaint', text: t.reminder.ukComplaint }] : []),
    { id: 'next', text: t.reminder.next[p.request.law]!(c) },
    { id: 'closing', text: t.closing(c) },
  ];
  return {
    to: plainLines(p.request.to, 8, 200).join('\n'),
    channel: p.request.channel,
    subject: t.reminder.subject(c),
    body: joinSections(sections),
    dueDate: p.due,
    letterVersion: LETTER_VERSION,
    sections: sections.map((s) => s.id),
  };
}

const GERMAN_LANDS = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];

/** The authority that takes this requester's complaint under this law: by country, then region (German Land, US
 * state), preferring one that supervises companies. Throws when none is in the registry or a Land is missing. */
export function authorityFor(data: KitData, requester: CleanRequester, law: LawId): Authority {
  if (law === 'none') throw new Error('a plain request claims no statutory right, so there is no authority complaint to draft for it');
  const inCountry = data.authorities.filter((a) => a.country === requester.country && a.laws.includes(law) && a.sector !== 'federal' && a.sector !== 'public');
  if (!inCountry.length) throw new Error(`no authority for complaints under ${lawLabel(law)} from ${requester.country} is in the registry`);
  const regional = inCountry.filter((a) => a.regions?.length);
  if (regional.length) {
    if (!requester.region) {
      if (requester.country === 'DE') {
        throw new Error(`a German requester needs a Land (requester.region) to find the competent authority: complaints about companies go to the Land authority, not the federal BfDI. Use one of ${GERMAN_LANDS.join(', ')}`);
      }
      throw new Error(`requester.region is needed to find the authority in ${requester.country}: one of ${[...new Set(regional.flatMap((a) => a.regions ?? []))].join(', ')}`);
    }
    const found = regional.filter((a) => a.regions!.includes(requester.region!));
    const best = found.find((a) => a.sector === 'private') ?? found[0];
    if (!best) throw new Error(`no authority for ${requester.country}-${requester.region} under ${lawLabel(law)} is in the registry`);
    return best;
  }
  return inCountry[0]!;
}

/** The complaint's language: the one asked for if the authority takes it, else one of the authority's languages that
 * Unscraped writes, else English with a note. */
export function complaintLanguage(a: Authority, asked: LetterLanguage, lawLanguages: readonly LetterLanguage[]): { language: LetterLanguage; note?: string } {
  const ours = (l: string): l is LetterLanguage => (LETTER_LANGUAGES as readonly string[]).includes(l) && (lawLanguages as readonly string[]).includes(l);
  if (a.languages.includes(asked) && ours(asked)) return { language: asked };
  const theirs = a.languages.find(ours);
  if (theirs) {
    const why = a.languagesAccepted ? `The ${a.short} takes complaints in ${a.languages.join(', ')}` : `The ${a.short}'s record suggests ${a.languages.join(', ')}`;
    return { language: theirs, note: `${why}, so this complaint is in ${theirs}, not ${asked}.` };
  }
  const fallback: LetterLanguage = ours('en') ? 'en' : lawLanguages[0]!;
  const note = a.languagesAccepted
    ? `The ${a.short} requires complaints in ${a.languages.join(', ')}; Unscraped writes en, nl, de and fr only, so this one is in ${fallback}: have it translated before sending.`
    : `The ${a.short}'s record suggests ${a.languages.join(', ')} (other languages are not known to be refused); Unscraped writes en, nl, de and fr only, so this one is in ${fallback}.`;
  return { language: fallback, note };
}

export function draftComplaintWith(data: KitData, input: FollowUpInput): DraftedComplaint {
  const p = prepare(data, input, 'complaint');
  const law = data.laws.find((l) => l.id === p.request.law)!;
  const authority = authorityFor(data, p.requester, p.request.law);
  const { language, note } = complaintLanguage(authority, input.language, law.languages);
  checkCombination(data, p.request.scraper, p.request.kind, p.request.law, language, p.requester);
  const t = TEMPLATES[language];
  const contact = contactOf(data, p.request.scraper);
  const decision = [...contact.decisions].reverse().find((d) => d.authority === authority.id);
  const c: FollowUpContext = { ...context(data, p, t, input.date), ...(decision ? { decision: { date: decision.date, ref: decision.ref } } : {}) };
  const sections: Section[] = [
    { id: 'salutation', text: t.salutation },
    { id: 'lodge', text: t.complaint.lodge[p.request.law]!(c) },
    { id: 'complainant', text: t.complaint.complainant(c) },
    { id: 'facts', text: t.complaint.facts(c) },
    { id: 'due', text: t.complaint.due(c) },
    { id: 'outcome', text: t.complaint.outcome[p.outcome] },
    { id: 'reminded', text: t.complaint.reminded(c) },
    { id: 'record', text: t.complaint.record(c) },
    { id: 'ask', text: t.complaint.ask(c) },
    { id: 'attach', text: t.complaint.attach(c) },
    { id: 'closing', text: t.closing(c) },
  ].filter((s) => s.text !== '');
  const channel = authority.preferred;
  const to = channel === 'email' ? authority.email!.address : channel === 'webform' ? authority.form!.url : authority.postal!.lines.join('\n');
  const channelNote = channel === 'email' ? authority.email?.note : channel === 'webform' ? authority.form?.note : authority.postal?.note;
  return {
    authority,
    to,
    channel,
    subject: t.complaint.subject(c),
    body: joinSections(sections),
    language,
    ...(note ? { languageNote: note } : {}),
    notes: [authority.conditions, ...(channelNote ? [channelNote] : [])],
    letterVersion: LETTER_VERSION,
    sections: sections.map((s) => s.id),
  };
}
