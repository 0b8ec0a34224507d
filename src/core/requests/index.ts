/**
 * The request kit's public API, bound to the shipped registry (the `...With` functions take data as an argument, for
 * tests and fixtures). Pure: no browser API, no clock, no network.
 */
import { AUTHORITIES } from '../registry/authorities';
import { CONTACTS } from '../registry/channels';
import { LAWS } from '../registry/laws';
import { SCRAPERS } from '../registry/scrapers';
import { draftRequestWith } from './draft';
import { authorityFor, draftComplaintWith, draftReminderWith } from './follow-up';
import { channelFor, cleanRequester, lawsFor } from './law-choice';
import type { Authority, DraftRequestInput, DraftedComplaint, DraftedReminder, DraftedRequest, FollowUpInput, KitData, LawId, RequestKind, Requester } from './types';

export const KIT_DATA: KitData = {
  contacts: CONTACTS,
  authorities: AUTHORITIES,
  laws: LAWS,
  names: Object.fromEntries(SCRAPERS.map((s) => [s.id, s.name])),
};

/** A letter to a scraper through its real channel: `{ to, channel, subject, body, dueDate, … }`. Throws on a
 * combination that does not exist. */
export function draftRequest(input: DraftRequestInput): DraftedRequest {
  return draftRequestWith(KIT_DATA, input);
}

/** A follow-up to the company once the request's deadline has passed. */
export function draftReminder(input: FollowUpInput): DraftedReminder {
  return draftReminderWith(KIT_DATA, input);
}

/** A complaint to the requester's authority, prefilled with the request's facts. */
export function draftComplaint(input: FollowUpInput): DraftedComplaint {
  return draftComplaintWith(KIT_DATA, input);
}

/** The laws a requester can invoke against a scraper, most specific first; `none` (a plain request) is always last. */
export function lawsForRequester(requester: Requester, scraper?: string): LawId[] {
  return lawsFor(KIT_DATA, cleanRequester(requester), scraper);
}

/** The authority that would take this requester's complaint under a law. */
export function authorityForRequester(requester: Requester, law: LawId): Authority {
  return authorityFor(KIT_DATA, cleanRequester(requester), law);
}

export { draftRequestWith, draftReminderWith, draftComplaintWith };
export { authorityFor, complaintLanguage, REMINDER_GRACE_DAYS } from './follow-up';
export { checkCombination, jurisdictionsOf } from './law-choice';
export { channelFor, cleanRequester, lawsFor };
export type { CleanRequester } from './law-choice';
export { addBusinessDays, addDays, addMonths, addPeriod, assertIsoDay, computeDeadline, daysInMonth, isIsoDay, isLeapYear, isOverdue, weekday } from './deadlines';
export type { Deadline, DeadlineEvent } from './deadlines';
export { encodeMailtoValue, mailtoHandoff, MAILTO_MAX, postalLetter, webformHandoff, WINDOW_LINES } from './send';
export type { MailHandoff, PostalLetter, WebformHandoff } from './send';
export { capLength, isPlainEmail, plainLine, plainLines, MAX_NAME, MAX_EMAIL, MAX_ADDRESS_LINES, MAX_ADDRESS_LINE } from './text';
export { LETTER_MATRIX } from './letters/templates/types';
export { letterSections, TEMPLATES } from './letters/render';
export { LETTER_VERSION } from './types';
export type * from './types';
export { AUTHORITIES, authorityInfo } from '../registry/authorities';
export { CONTACTS, contactOf as contactInfo } from '../registry/channels';
export { LAWS, lawInfo, EU_COUNTRIES } from '../registry/laws';
export { validateRequestRegistry, STRUCK_VALUES, OBSOLETE_VALUES } from '../registry/validate-requests';
export type { RequestRegistryData } from '../registry/validate-requests';
export { LAW_IDS, LETTER_LANGUAGES, REQUEST_KINDS } from '../registry/request-schema';
export type * from '../registry/request-schema';

/** What a requester can ask a scraper: for each law that protects them, the kinds that can be drafted (with the
 * channel that would carry them) and, for the others, why not. Never throws for a well-formed requester. */
export function requestOptions(scraper: string, requester: Requester): { law: LawId; kind: RequestKind; channelId?: string; unavailable?: string }[] {
  const clean = cleanRequester(requester);
  const contact = KIT_DATA.contacts.find((c) => c.scraper === scraper);
  if (!contact) throw new Error(`unknown scraper "${scraper}"`);
  const name = KIT_DATA.names[scraper] ?? contact.addressee;
  return lawsFor(KIT_DATA, clean, scraper).flatMap((law) =>
    KIT_DATA.laws.find((l) => l.id === law)!.kinds.map((kind) => {
      try {
        return { law, kind, channelId: channelFor(contact, name, kind, clean).id };
      } catch (e) {
        return { law, kind, unavailable: (e as Error).message };
      }
    }),
  );
}
