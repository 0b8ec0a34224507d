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
  /** ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of the source or of the archived copy consulted */
  date: string;
  grade: Grade;
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

export interface RegulatoryAction {
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
  record: RegulatoryAction[];
}

/** A documented link: this scraper or dataset harvested (or was made from) this platform. */
export interface Evidence {
  scraper: string;
  platform: string;
  claim: string;
  source: Source;
}
