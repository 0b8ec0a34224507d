/**
 * The registry's data model. Every statement the extension makes about a company or a platform is one of these
 * records and carries its source: a URL, the source's date (or the date of the archived copy consulted) and a grade.
 * Nothing the research tagged UNVERIFIED is a record here.
 */
import type { PageKind } from '../types';

/** How strong a source is: `verified` (regulator, court, the company's own page about itself, established press),
 * `secondary` (a weaker source: third-party guide, aggregator, wiki), `vendor` (the company's own marketing claim). */
export type Grade = 'verified' | 'secondary' | 'vendor';

export interface Source {
  url: string;
  /** ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the source's own date, or (with `undated`) the year it was consulted */
  date: string;
  grade: Grade;
  /** the source carries no date of its own: `date` is the year the research consulted it, shown as "consulted" */
  undated?: true;
}

/** A platform's own setting that limits how much of a person is publicly reachable. */
export interface LimitingSetting {
  /** what to do, in plain words */
  text: string;
  /** where the user does it or reads about it, if a link is known */
  link?: string;
  source: Source;
}

export interface PlatformInfo {
  id: string;
  name: string;
  /** the platform's own setting, or `'none-known'` when no sourced setting exists */
  setting: LimitingSetting | 'none-known';
}

/** An example URL and what the classifier must call it. */
export interface ExampleUrl {
  url: string;
  kind: PageKind;
}

export type ScraperKind = 'face-search' | 'dataset' | 'other';

/**
 * Whether a service still runs, as far as the sources go, which decides the tense users read: only a service
 * documented as `active` "may collect" a photo posted today. `frozen`: a dataset, a fixed snapshot that a photo
 * posted now cannot enter. `closed`: shut down. `withdrawn`: stopped using the platform (it may run elsewhere).
 * `unknown`: no source says either way.
 */
export interface ScraperStatus {
  state: 'active' | 'closed' | 'withdrawn' | 'frozen' | 'unknown';
  /** when the source shows that state: the date of the activity, the closure, or the snapshot (e.g. '2022') */
  asOf?: string;
  source?: Source;
}

/** `decision`: by a regulator or a court (including a court-approved settlement); `action`: a complaint, a lawsuit, an
 * appeal or a request to an authority, which decides nothing by itself. */
export type RecordType = 'decision' | 'action';

export interface RegulatoryAction {
  type: RecordType;
  authority: string;
  /** ISO 3166-1 alpha-2 country code of the authority (or 'EU') */
  country: string;
  /** ISO date of the decision or announcement */
  date: string;
  /** e.g. 'EUR 30,500,000'; absent when no money was involved */
  amount?: string;
  /** what was decided or ordered, in plain words */
  ordered: string;
  source: Source;
}

/** A face-search company, or a research dataset built from platform photos. */
export interface Scraper {
  id: string;
  name: string;
  kind: ScraperKind;
  /** legal entity and its country (ISO code), when sourced */
  entity?: { name: string; country: string; source: Source };
  /** what it does, in plain words */
  what: string;
  whatSource: Source;
  status: ScraperStatus;
  record: RegulatoryAction[];
}

/**
 * What a source says about a link, which decides how strongly users are told about it:
 * - `documented` (the default): the source documents the harvesting as a fact;
 * - `claimed`: the company itself said it, as reported by the source;
 * - `accused`: someone accused the company of it (a platform's legal warning, a lawsuit), and it may have denied it.
 * A `secondary` or `vendor` source weakens any of these to "reportedly".
 */
export type EvidenceBasis = 'documented' | 'claimed' | 'accused';

/** A documented link: this scraper or dataset harvested (or was made from) this platform. */
export interface Evidence {
  scraper: string;
  platform: string;
  claim: string;
  basis?: EvidenceBasis;
  source: Source;
}
