/** Public types of the request kit. The data types (channels, authorities, laws) live in `registry/request-schema.ts`. */
import type { Authority, LawId, LawInfo, LetterLanguage, RequestChannel, RequestKind, ScraperContact } from '../registry/request-schema';
import type { DeadlineEvent } from './deadlines';

export type { Authority, LawId, LawInfo, LetterLanguage, RequestChannel, RequestKind, ScraperContact };

/** Bump when the wording of any letter, reminder or complaint changes, so a logged request records which text it used. */
export const LETTER_VERSION = '2026.11.1';

/** The person making the request, as typed. Every field is cleaned to plain text before use. */
export interface Requester {
  name: string;
  email: string;
  /** postal address, one line per line; used only where the channel or authority needs it (postal letters, complaints) */
  address?: string;
  /** ISO 3166-1 alpha-2 (`UK` is accepted for `GB`) */
  country: string;
  /** subdivision: a US state (`'CA'` or `'US-CA'`), a German Land (`'BY'` or `'DE-BY'`) */
  region?: string;
}

/** The data the letters need, passed in so tests can use fixtures; `bind.ts` passes the shipped registry. */
export interface KitData {
  contacts: readonly ScraperContact[];
  authorities: readonly Authority[];
  laws: readonly LawInfo[];
  /** display name of each scraper id */
  names: Readonly<Record<string, string>>;
}

export interface DraftRequestInput {
  scraper: string;
  kind: RequestKind;
  law: LawId;
  language: LetterLanguage;
  requester: Requester;
  /** ISO day the request is sent */
  date: string;
  /** a channel id of this scraper, to choose one other than the first that serves the request */
  channelId?: string;
}

export type ChannelType = 'email' | 'webform' | 'postal';

/** A drafted request. Plain text only; pass it whole to `draftReminder` or `draftComplaint` later. */
export interface DraftedRequest {
  scraper: string;
  kind: RequestKind;
  law: LawId;
  language: LetterLanguage;
  /** the day it is sent */
  date: string;
  /** e-mail address, form URL, or the recipient block joined by newlines */
  to: string;
  channel: ChannelType;
  channelId: string;
  subject: string;
  body: string;
  /** ISO day the answer is due */
  dueDate: string;
  /** false when the law sets no period and `dueDate` is the date the letter asks for */
  statutory: boolean;
  /** what the channel asks as proof, in plain words (webforms upload it themselves) */
  proof: string[];
  /** for a postal channel: a second address to send a copy to */
  copyTo?: string;
  /** what the person should know about this channel (scope, limits) */
  note: string;
  letterVersion: string;
  /** paragraph ids in order, for structure tests and the UI */
  sections: string[];
}

/** What a request needs for a reminder or complaint: a `DraftedRequest` fits. */
export interface RequestFacts {
  scraper: string;
  kind: RequestKind;
  law: LawId;
  date: string;
  dueDate: string;
  channel: ChannelType;
  to: string;
  statutory?: boolean;
  /** what came back: nothing (default), an incomplete answer, or a refusal */
  outcome?: 'no-answer' | 'insufficient' | 'refused';
  /** events since sending that move the due date (an extension notice, a UK clock restart) */
  events?: readonly DeadlineEvent[];
  /** the day a reminder was sent, if one was */
  remindedOn?: string;
}

export interface FollowUpInput {
  request: RequestFacts;
  requester: Requester;
  language: LetterLanguage;
  /** ISO day of the follow-up */
  date: string;
}

export interface DraftedReminder {
  to: string;
  channel: ChannelType;
  subject: string;
  body: string;
  /** the due date after any events, which has passed */
  dueDate: string;
  letterVersion: string;
  sections: string[];
}

export interface DraftedComplaint {
  authority: Authority;
  to: string;
  channel: ChannelType;
  subject: string;
  body: string;
  /** the language the complaint is written in (may differ from the one asked for) */
  language: LetterLanguage;
  /** why the language differs, or that the authority expects a language Unscraped does not write */
  languageNote?: string;
  /** what the person should know before sending (the authority's conditions, caveats) */
  notes: string[];
  letterVersion: string;
  sections: string[];
}
