/**
 * The user's own details, used only to fill letters: name, e-mail, postal address, country or US state (or German
 * Land), and the language letters default to. Stored in `storage.local` under `details` by the worker only; never
 * sent to a content script or a page (a lint zone keeps this module out of the content script). Read through
 * `readDetails`, shaped like `readPrefs`: it repairs field by field and keeps aside what it cannot read whole.
 */
import { LETTER_LANGUAGES, type LetterLanguage } from '../registry/request-schema';
import { openStored, type StoredRead } from '../stored';
import { isPlainEmail, MAX_ADDRESS_LINE, MAX_ADDRESS_LINES, MAX_EMAIL, MAX_NAME, plainLine, plainLines } from '../requests/text';

export const DETAILS_KEY = 'details';
export const DETAILS_SCHEMA_VERSION = 1;

export interface UserDetails {
  schemaVersion: typeof DETAILS_SCHEMA_VERSION;
  name: string;
  email: string;
  /** postal address lines, asked only for postal channels */
  address?: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** a US state or a German Land, without the country prefix */
  region?: string;
  /** the language letters are written in unless chosen otherwise per request */
  letterLanguage?: LetterLanguage;
}

/** What a page may submit: the same fields, checked and cleaned by `cleanDetails`. */
export type DetailsInput = Omit<UserDetails, 'schemaVersion'>;

const COUNTRY = /^[A-Z]{2}$/;
const REGION = /^[A-Z0-9]{1,3}$/;

/** Cleans what a person typed into details a letter can use, or says which field is wrong. */
export function cleanDetails(input: unknown): { details: UserDetails } | { error: 'name' | 'email' | 'country' | 'region' | 'shape' } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: 'shape' };
  const r = input as Record<string, unknown>;
  const name = plainLine(r.name, MAX_NAME);
  if (!name) return { error: 'name' };
  const email = plainLine(r.email, MAX_EMAIL);
  if (!isPlainEmail(email)) return { error: 'email' };
  let country = plainLine(r.country, 4).toUpperCase();
  if (country === 'UK') country = 'GB';
  if (!COUNTRY.test(country)) return { error: 'country' };
  const details: UserDetails = { schemaVersion: DETAILS_SCHEMA_VERSION, name, email, country };
  const address = plainLines(r.address, MAX_ADDRESS_LINES, MAX_ADDRESS_LINE).join('\n');
  if (address) details.address = address;
  if (r.region !== undefined && r.region !== null && r.region !== '') {
    let region = plainLine(r.region, 6).toUpperCase();
    if (region.startsWith(`${country}-`)) region = region.slice(country.length + 1);
    if (!REGION.test(region)) return { error: 'region' };
    details.region = region;
  }
  if ((LETTER_LANGUAGES as readonly unknown[]).includes(r.letterLanguage)) details.letterLanguage = r.letterLanguage as LetterLanguage;
  return { details };
}

/** The stored details, repaired; null when there are none. A value that does not clean up whole is kept aside. */
export function readDetails(stored: unknown): StoredRead<UserDetails | null> {
  const opened = openStored<UserDetails | null>(stored, DETAILS_SCHEMA_VERSION, () => null, 'stored details', true);
  if ('read' in opened) return opened.read;
  const { newer, problems } = opened;
  const cleaned = cleanDetails(stored);
  if ('error' in cleaned) return { value: null, changed: true, keepAside: stored, newer, problems: [`stored details: bad ${cleaned.error}`] };
  const same = JSON.stringify(cleaned.details) === JSON.stringify(stored);
  return { value: cleaned.details, changed: !same, keepAside: newer || !same ? stored : undefined, newer, problems };
}
