/**
 * Which law a requester can invoke, which request kinds and languages exist under it, and which channel of a company
 * serves the request. Every impossible combination throws an Error whose message says what is wrong and what exists
 * instead (an opt-out under the GDPR, BIPA in Dutch, a law that does not protect the requester, a scraper with no
 * sourced channel for that kind).
 */
import { LAW_IDS, LETTER_LANGUAGES, REQUEST_KINDS } from '../registry/request-schema';
import type { LawId, LawInfo, LetterLanguage, RequestChannel, RequestKind, ScraperContact } from '../registry/request-schema';
import { MAX_ADDRESS_LINE, MAX_ADDRESS_LINES, MAX_EMAIL, MAX_NAME, isPlainEmail, plainLine, plainLines } from './text';
import type { KitData, Requester } from './types';

/** A requester after cleaning: plain text, capped, with normalised codes. */
export interface CleanRequester {
  name: string;
  email: string;
  addressLines: string[];
  country: string;
  region?: string;
}

const LAW_LABEL: Record<LawId, string> = {
  gdpr: 'the GDPR',
  'uk-gdpr': 'the UK GDPR',
  ccpa: 'the CCPA',
  bipa: 'BIPA',
  pipeda: 'PIPEDA',
  'au-privacy': "Australia's Privacy Act",
  none: 'a plain request (no law)',
};
export const lawLabel = (id: LawId): string => LAW_LABEL[id];

export function cleanRequester(r: Requester | undefined): CleanRequester {
  if (!r || typeof r !== 'object') throw new Error('requester is missing: give { name, email, country }');
  const name = plainLine(r.name, MAX_NAME);
  if (!name) throw new Error('requester.name is empty after removing control and formatting characters');
  const email = plainLine(r.email, MAX_EMAIL);
  if (!isPlainEmail(email)) throw new Error('requester.email is not a plain e-mail address (name@example.org)');
  let country = plainLine(r.country, 8).toUpperCase();
  if (country === 'UK') country = 'GB';
  if (!/^[A-Z]{2}$/.test(country)) throw new Error('requester.country must be an ISO 3166-1 alpha-2 code such as NL, DE, GB or US');
  const out: CleanRequester = { name, email, addressLines: plainLines(r.address, MAX_ADDRESS_LINES, MAX_ADDRESS_LINE), country };
  if (r.region !== undefined && r.region !== null && String(r.region).trim() !== '') {
    let region = plainLine(r.region, 6).toUpperCase();
    if (region.startsWith(`${country}-`)) region = region.slice(country.length + 1);
    if (!/^[A-Z0-9]{1,3}$/.test(region)) throw new Error(`requester.region "${region}" is not a subdivision code such as CA (California) or BY (Bavaria)`);
    out.region = region;
  }
  return out;
}

/** The requester's jurisdiction codes, most specific first: `['US-CA', 'US']`. */
export function jurisdictionsOf(r: CleanRequester): string[] {
  return r.region ? [`${r.country}-${r.region}`, r.country] : [r.country];
}

function lawOf(data: KitData, id: string): LawInfo {
  if (!(LAW_IDS as readonly string[]).includes(id)) throw new Error(`unknown law "${id}": supported laws are ${LAW_IDS.join(', ')}`);
  const law = data.laws.find((l) => l.id === id);
  if (!law) throw new Error(`law "${id}" has no data in the registry`);
  return law;
}

/** Laws that protect this requester in a request to this scraper, most specific first; `none` is always last. */
export function lawsFor(data: KitData, requester: CleanRequester, scraper?: string): LawId[] {
  const where = jurisdictionsOf(requester);
  const found = data.laws
    .filter((l) => l.id !== 'none' && l.protects.some((p) => where.includes(p)))
    .filter((l) => !scraper || !l.onlyFor || l.onlyFor.includes(scraper))
    .map((l) => l.id);
  return [...found, 'none'];
}

export function contactOf(data: KitData, scraper: string): ScraperContact {
  const c = data.contacts.find((x) => x.scraper === scraper);
  if (!c) {
    const known = data.contacts.map((x) => x.scraper).join(', ');
    throw new Error(`unknown scraper "${scraper}": use a registry id (${known})`);
  }
  return c;
}

/** Throws unless `kind` and `language` exist under `law` for this scraper and requester. */
export function checkCombination(data: KitData, scraper: string, kind: RequestKind, lawId: string, language: LetterLanguage, requester: CleanRequester): LawInfo {
  if (!REQUEST_KINDS.includes(kind)) throw new Error(`unknown request kind "${kind}": kinds are ${REQUEST_KINDS.join(', ')}`);
  if (!LETTER_LANGUAGES.includes(language)) throw new Error(`unknown letter language "${language}": letters exist in ${LETTER_LANGUAGES.join(', ')}`);
  const law = lawOf(data, lawId);
  contactOf(data, scraper);
  if (!law.kinds.includes(kind)) {
    const hint = kind === 'opt-out' ? ' An opt-out of sale and sharing exists only under the CCPA.' : kind === 'objection' || kind === 'combined' ? ' Objections (and the combined letter) exist under the GDPR and the UK GDPR.' : '';
    const bipa = law.id === 'bipa' ? ' BIPA gives no right of access; its letter (kind "erasure") demands destruction and the retention policy.' : '';
    throw new Error(`there is no "${kind}" request under ${LAW_LABEL[law.id]}: its kinds are ${law.kinds.join(', ')}.${hint}${bipa}`);
  }
  if (!law.languages.includes(language)) {
    throw new Error(`${LAW_LABEL[law.id]} letters exist only in ${law.languages.join(', ')}${law.id === 'bipa' ? ' (BIPA is an Illinois statute)' : ''}; "${language}" was asked`);
  }
  if (law.onlyFor && !law.onlyFor.includes(scraper)) {
    throw new Error(`${LAW_LABEL[law.id]} letters exist only for ${law.onlyFor.join(', ')}, which the regulator ruled against; not for "${scraper}"`);
  }
  const applicable = lawsFor(data, requester, scraper);
  if (!applicable.includes(law.id)) {
    throw new Error(
      `${LAW_LABEL[law.id]} protects ${law.protects.join(', ')}, and this requester is in ${jurisdictionsOf(requester)[0]}: the laws that apply are ${applicable.join(', ')}`,
    );
  }
  return law;
}

function serves(ch: RequestChannel, kind: RequestKind, where: readonly string[]): boolean {
  return ch.kinds.includes(kind) && (ch.jurisdictions.includes('*') || ch.jurisdictions.some((j) => where.includes(j)));
}

/** The channel of this scraper that serves the request: the one asked for, else the first usable one in registry order. */
export function channelFor(contact: ScraperContact, name: string, kind: RequestKind, requester: CleanRequester, channelId?: string): RequestChannel {
  const where = jurisdictionsOf(requester);
  if (!contact.channels.length) throw new Error(`${name} has no sourced request channel: ${contact.summary}`);
  if (channelId !== undefined) {
    const ch = contact.channels.find((c) => c.id === channelId);
    if (!ch) throw new Error(`${name} has no channel "${channelId}": its channels are ${contact.channels.map((c) => c.id).join(', ')}`);
    if (!serves(ch, kind, where)) throw new Error(`channel "${channelId}" does not serve a "${kind}" request from ${where[0]}`);
    if (!usable(ch)) throw new Error(unusableMessage(name, ch, contact));
    return ch;
  }
  const matching = contact.channels.filter((c) => serves(c, kind, where));
  const ch = matching.find(usable);
  if (ch) return ch;
  if (matching[0]) throw new Error(unusableMessage(name, matching[0], contact));
  const offered = contact.channels.map((c) => `${c.id} (${c.kinds.join(', ')})`).join('; ');
  throw new Error(`${name} has no sourced channel for a "${kind}" request from ${where[0]}. Its channels: ${offered}`);
}

function usable(ch: RequestChannel): boolean {
  return ch.type === 'email' ? !!ch.address : ch.type === 'webform' ? !!ch.url : !!ch.lines?.length;
}

function unusableMessage(name: string, ch: RequestChannel, contact: ScraperContact): string {
  const page = contact.pages[0];
  return `${name}: ${ch.note}${page ? ` See ${page.url}` : ''}`;
}
