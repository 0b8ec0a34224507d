/**
 * The request kit's data model: where a person sends a request to each scraper (channels), which authority takes a
 * complaint (authorities), and what each supported law says (laws). Like the rest of the registry, every value carries
 * a source with URL, the source's own date and a grade, and `validate-requests.ts` lints it in the build and the tests.
 * A value the research could not source is absent, never guessed: a form whose address is unknown has no `url`.
 */
import type { Source } from './schema';

/** What a person asks for. Under the CCPA `access` is the right to know and `erasure` the right to delete; under BIPA
 * `erasure` is the demand to destroy biometric identifiers and disclose the retention policy. */
export type RequestKind = 'access' | 'erasure' | 'objection' | 'combined' | 'opt-out';
export const REQUEST_KINDS: readonly RequestKind[] = ['access', 'erasure', 'objection', 'combined', 'opt-out'];

/** The supported laws. `none` is a plain request that claims no statutory right. */
export type LawId = 'gdpr' | 'uk-gdpr' | 'ccpa' | 'bipa' | 'pipeda' | 'au-privacy' | 'none';
export const LAW_IDS: readonly LawId[] = ['gdpr', 'uk-gdpr', 'ccpa', 'bipa', 'pipeda', 'au-privacy', 'none'];

/** Languages a letter can be written in, chosen per request and independent of the UI language. */
export type LetterLanguage = 'en' | 'nl' | 'de' | 'fr';
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['en', 'nl', 'de', 'fr'];

/** What a channel can do for a request. `search-results`: the channel removes a person from that service's search
 * results or index; the photos stay on the sites they were taken from and the service answers no access request. */
export type ChannelScope = 'full' | 'search-results';

/** Proof a channel asks for, in plain words, with its source (the minimum the letter offers is decided elsewhere). */
export interface ProofAsked {
  what: 'photo' | 'id-redacted' | 'selfie-gesture' | 'id-or-photo' | 'email' | 'confirmation-link';
  text: string;
  source: Source;
}

/** One way to send a request to a company: an e-mail address, a web form or a postal address. */
export interface RequestChannel {
  id: string;
  type: 'email' | 'webform' | 'postal';
  /** e-mail address, for `email` */
  address?: string;
  /** the form's address, for `webform`; absent when a form exists but its address is not sourced */
  url?: string;
  /** recipient block, one line each, for `postal` (country last) */
  lines?: readonly string[];
  /** a second address the letter should be copied to, e.g. the registered office */
  copyTo?: { lines: readonly string[]; why: string; source: Source };
  /** request kinds the channel serves */
  kinds: readonly RequestKind[];
  scope: ChannelScope;
  /** whom it serves: `['*']` for anyone, else ISO 3166 codes such as `'US-IL'` or `'US-CA'` */
  jurisdictions: readonly string[];
  proof: readonly ProofAsked[];
  /** what the person should know about this channel, in plain words */
  note: string;
  sources: readonly Source[];
}

/** A sourced page about a company's privacy practice that is not itself a channel (a policy, a state-rights page). */
export interface InfoPage {
  url: string;
  title: string;
  says: string;
  source: Source;
}

/** A sourced fact a letter to this company may cite. The letter templates word each known id in every language. */
export type LetterFactId = 'nl-ap-2024' | 'il-retention-policy' | 'aclu-settlement-opt-out' | 'ca-sale' | 'opc-2021' | 'oaic-2021';
export interface LetterFact {
  id: LetterFactId;
  /** the laws whose letters cite it */
  laws: readonly LawId[];
  /** what the source says, in plain English (the templates word it per language) */
  says: string;
  source: Source;
}

/** An authority's earlier decision about this company, cited in a complaint to that authority. */
export interface AuthorityDecision {
  authority: string;
  date: string;
  ref: string;
  source: Source;
}

/** The summary of a service for which the research found no channel: a statement about the research, so unsourced. */
export const NO_CHANNEL = 'No request channel, address or form is sourced for this service; Unscraped does not guess one.';

/** Everything the kit knows about contacting one scraper or dataset (by registry id). */
export interface ScraperContact {
  scraper: string;
  /** one sentence a person reads first: what can be done, or that nothing sourced exists */
  summary: string;
  /** sources of the summary's facts (empty only when the summary is `NO_CHANNEL`, a statement about the research) */
  summarySources: readonly Source[];
  /** the company's own name as a letter addresses it (a legal entity where sourced) */
  addressee: string;
  channels: readonly RequestChannel[];
  pages: readonly InfoPage[];
  facts: readonly LetterFact[];
  decisions: readonly AuthorityDecision[];
  /** datasets: whether copies can be recalled, with its source */
  recall?: { text: string; source: Source };
}

/** One value of an authority's complaint channel, with its own source (tags differ per value). */
export interface SourcedValue {
  source: Source;
  note?: string;
}

export interface Authority {
  id: string;
  name: string;
  short: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** subdivisions it serves, without the country prefix (German Land `'BY'`, US state `'CA'`); absent: the whole country */
  regions?: readonly string[];
  /** whom it supervises: complaints about companies go to a `private` or `all` authority */
  sector: 'private' | 'public' | 'all' | 'federal';
  /** complaints under which laws */
  laws: readonly LawId[];
  /** ISO 639-1 languages; see `languagesAccepted` */
  languages: readonly string[];
  /** true: an official page states these are the accepted complaint languages; false: only the language the record
   * suggests, which does not mean others are refused */
  languagesAccepted: boolean;
  form?: SourcedValue & { url: string };
  email?: SourcedValue & { address: string };
  postal?: SourcedValue & { lines: readonly string[] };
  /** the channel a complaint uses; it must be present */
  preferred: 'email' | 'webform' | 'postal';
  /** who may complain and what comes first, in plain words */
  conditions: string;
  source: Source;
}

/** A legal reference a letter cites, with its source. */
export interface Citation {
  ref: string;
  says: string;
  source: Source;
}

/** A response period: calendar months, calendar days or business days (Monday to Friday). */
export interface Period {
  unit: 'month' | 'day' | 'business-day';
  amount: number;
}

/** How long the company has to answer one kind of request under a law. */
export interface ResponseRule {
  period: Period;
  /** the total the period may reach with an extension (measured from the same start), if the law allows one */
  extendedTo?: Period;
  /** whether the extension must be notified within the first period (all supported laws with an extension say so) */
  extensionNoticeWithinPeriod?: boolean;
  /** false: the law sets no period and the date is the one the letter asks for */
  statutory: boolean;
  /** true (UK GDPR Art. 12A): the period runs from the latest of receipt, identity information and fee, and pauses
   * while the controller waits for clarification it reasonably needs */
  clockRestarts?: boolean;
  /** the legal basis; required when `statutory` (a requested date has none) */
  basis?: Citation;
}

export interface LawInfo {
  id: LawId;
  name: string;
  /** whom it protects: ISO 3166-1 countries, or `US-XX` states; empty for `none` (anyone) */
  protects: readonly string[];
  /** request kinds a letter under this law may make */
  kinds: readonly RequestKind[];
  /** languages its letters exist in */
  languages: readonly LetterLanguage[];
  /** when set, letters under this law exist only to these scrapers (their regulators ruled against them) */
  onlyFor?: readonly string[];
  rules: Partial<Record<RequestKind, ResponseRule>>;
  /** the references the letters cite, by topic */
  cites: Readonly<Record<string, Citation>>;
  /** the legal basis of a complaint to an authority under this law, if any */
  complaint?: Citation;
  sources: readonly Source[];
}
