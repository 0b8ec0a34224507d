/**
 * Lints the request kit's data (channels, authorities, laws) like `validate.ts` lints the rest of the registry: the
 * build refuses to finish and the unit tests fail when a rule breaks. Returns a list of problems, empty when sound.
 * Besides shape, it refuses any value without a source (URL, date, grade) and any value the research struck out.
 */
import { checkSource, checkText } from './validate';
import { LAW_IDS, LETTER_LANGUAGES, NO_CHANNEL, REQUEST_KINDS } from './request-schema';
import type { Authority, Citation, LawInfo, ScraperContact } from './request-schema';

export interface RequestRegistryData {
  contacts: readonly ScraperContact[];
  authorities: readonly Authority[];
  laws: readonly LawInfo[];
  /** the registry's scraper ids: every one needs exactly one contact record */
  scraperIds: readonly string[];
}

/** Values the research struck out (sections G and H of the sheet): none may ever ship, in any field. */
export const STRUCK_VALUES: readonly string[] = [
  'privacy@clearview.ai',
  'clearview.ai/privacy-requests',
  'clearview.ai/privacy/requests',
  'clearview.ai/privacy-and-requests',
  'facecheck.id/opt-out',
  'faceprivacy.ai',
  'request-gdpr.com',
  'cnil.fr./adresser-une-plainte',
  'contact@dpa.gr',
  'dpa.gr/portal/page',
  '4boca.com',
  'kreafolk.netlify.app',
];

/** Superseded values the sheet keeps only as history: they must not ship as a channel either. */
export const OBSOLETE_VALUES: readonly string[] = [
  'privacy-requests@clearview.ai',
  '214 W. 29th',
  '214 W 29th',
  '8 rue Vivienne',
  'casework@ico.org.uk',
];

const ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const JURISDICTION = /^(\*|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/;
const COUNTRY = /^[A-Z]{2}$/;
const REGION = /^[A-Z0-9]{1,3}$/;
const LANG = /^[a-z]{2}$/;
const DATE = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FACT_IDS = ['nl-ap-2024', 'il-retention-policy', 'aclu-settlement-opt-out', 'ca-sale', 'opc-2021', 'oaic-2021'];

function checkUrl(url: unknown, where: string, problems: string[]): void {
  try {
    if (new URL(String(url)).protocol !== 'https:') problems.push(`${where}: "${String(url)}" is not https`);
  } catch {
    problems.push(`${where}: URL does not parse: ${String(url)}`);
  }
}

function checkCitation(c: Citation | undefined, where: string, problems: string[]): void {
  if (!c) {
    problems.push(`${where}: no citation`);
    return;
  }
  checkText(c.ref, `${where} ref`, problems, 80);
  checkText(c.says, `${where} says`, problems);
  checkSource(c.source, where, problems);
}

function checkLines(lines: readonly string[] | undefined, where: string, problems: string[]): void {
  if (!lines || lines.length < 2) problems.push(`${where}: a postal address needs at least two lines`);
  else lines.forEach((l, i) => checkText(l, `${where} line ${i + 1}`, problems, 120));
}

function checkNoStruck(all: string, problems: string[]): void {
  const lower = all.toLowerCase();
  for (const bad of [...STRUCK_VALUES, ...OBSOLETE_VALUES]) {
    if (lower.includes(bad.toLowerCase())) problems.push(`struck or superseded value "${bad}" must not ship`);
  }
}

export function validateRequestRegistry(d: RequestRegistryData): string[] {
  const problems: string[] = [];
  const authorityIds = new Set<string>();
  for (const a of d.authorities) {
    if (authorityIds.has(a.id)) problems.push(`duplicate authority id "${a.id}"`);
    authorityIds.add(a.id);
  }

  // contacts and their channels
  const scrapers = new Set(d.scraperIds);
  const seenContact = new Set<string>();
  const channelIds = new Set<string>();
  for (const c of d.contacts) {
    const where = `contact "${c.scraper}"`;
    if (!scrapers.has(c.scraper)) problems.push(`${where}: unknown scraper`);
    if (seenContact.has(c.scraper)) problems.push(`${where}: duplicate`);
    seenContact.add(c.scraper);
    checkText(c.summary, `${where} summary`, problems);
    if (!c.summarySources?.length && c.summary !== NO_CHANNEL) problems.push(`${where}: the summary states facts without a source`);
    (c.summarySources ?? []).forEach((s, i) => checkSource(s, `${where} summary source #${i + 1}`, problems));
    checkText(c.addressee, `${where} addressee`, problems, 80);
    for (const ch of c.channels) {
      const w = `${where} channel "${ch.id}"`;
      if (!ID.test(ch.id)) problems.push(`${w}: id is not lowercase [a-z0-9-]`);
      if (channelIds.has(ch.id)) problems.push(`${w}: duplicate channel id`);
      channelIds.add(ch.id);
      if (ch.type === 'email') {
        if (!ch.address || !EMAIL.test(ch.address)) problems.push(`${w}: e-mail channel without a valid address`);
      } else if (ch.type === 'webform') {
        if (ch.url !== undefined) checkUrl(ch.url, w, problems);
      } else if (ch.type === 'postal') {
        checkLines(ch.lines, w, problems);
      } else problems.push(`${w}: bad type "${String(ch.type)}"`);
      if (ch.copyTo) {
        checkLines(ch.copyTo.lines, `${w} copy`, problems);
        checkText(ch.copyTo.why, `${w} copy`, problems);
        checkSource(ch.copyTo.source, `${w} copy`, problems);
      }
      if (!ch.kinds.length) problems.push(`${w}: serves no request kind`);
      for (const k of ch.kinds) if (!REQUEST_KINDS.includes(k)) problems.push(`${w}: bad kind "${k}"`);
      if (ch.scope !== 'full' && ch.scope !== 'search-results') problems.push(`${w}: bad scope`);
      if (!ch.jurisdictions.length) problems.push(`${w}: serves no jurisdiction`);
      for (const j of ch.jurisdictions) if (!JURISDICTION.test(j)) problems.push(`${w}: bad jurisdiction "${j}"`);
      for (const p of ch.proof) {
        checkText(p.text, `${w} proof`, problems);
        checkSource(p.source, `${w} proof`, problems);
      }
      checkText(ch.note, `${w} note`, problems);
      if (!ch.sources.length) problems.push(`${w}: no source`);
      ch.sources.forEach((s, i) => checkSource(s, `${w} source #${i + 1}`, problems));
    }
    for (const p of c.pages) {
      checkUrl(p.url, `${where} page`, problems);
      checkText(p.title, `${where} page title`, problems, 120);
      checkText(p.says, `${where} page`, problems);
      checkSource(p.source, `${where} page`, problems);
    }
    for (const f of c.facts) {
      if (!FACT_IDS.includes(f.id)) problems.push(`${where}: unknown letter fact "${f.id}"`);
      for (const l of f.laws) if (!LAW_IDS.includes(l)) problems.push(`${where} fact "${f.id}": bad law "${l}"`);
      checkText(f.says, `${where} fact "${f.id}"`, problems);
      checkSource(f.source, `${where} fact "${f.id}"`, problems);
    }
    for (const x of c.decisions) {
      if (!authorityIds.has(x.authority)) problems.push(`${where}: decision by unknown authority "${x.authority}"`);
      if (!DATE.test(x.date)) problems.push(`${where}: decision date "${x.date}" is not YYYY-MM-DD`);
      checkText(x.ref, `${where} decision`, problems, 160);
      checkSource(x.source, `${where} decision`, problems);
    }
    if (c.recall) {
      checkText(c.recall.text, `${where} recall`, problems);
      checkSource(c.recall.source, `${where} recall`, problems);
    }
  }
  for (const id of scrapers) if (!seenContact.has(id)) problems.push(`scraper "${id}" has no contact record (say so when nothing is sourced)`);

  // authorities
  for (const a of d.authorities) {
    const where = `authority "${a.id}"`;
    if (!ID.test(a.id)) problems.push(`${where}: id is not lowercase [a-z0-9-]`);
    checkText(a.name, `${where} name`, problems, 120);
    checkText(a.short, `${where} short name`, problems, 40);
    if (!COUNTRY.test(a.country)) problems.push(`${where}: country "${a.country}" is not ISO 3166-1 alpha-2`);
    for (const r of a.regions ?? []) if (!REGION.test(r)) problems.push(`${where}: bad region "${r}"`);
    if (!['private', 'public', 'all', 'federal'].includes(a.sector)) problems.push(`${where}: bad sector`);
    if (!a.laws.length) problems.push(`${where}: handles no law`);
    for (const l of a.laws) if (!LAW_IDS.includes(l)) problems.push(`${where}: bad law "${l}"`);
    if (!a.languages.length) problems.push(`${where}: no language`);
    for (const l of a.languages) if (!LANG.test(l)) problems.push(`${where}: bad language "${l}"`);
    if (a.form) {
      checkUrl(a.form.url, `${where} form`, problems);
      checkSource(a.form.source, `${where} form`, problems);
    }
    if (a.email) {
      if (!EMAIL.test(a.email.address)) problems.push(`${where}: e-mail "${a.email.address}" is not an address`);
      checkSource(a.email.source, `${where} e-mail`, problems);
    }
    if (a.postal) {
      checkLines(a.postal.lines, `${where} postal`, problems);
      checkSource(a.postal.source, `${where} postal`, problems);
    }
    for (const note of [a.form?.note, a.email?.note, a.postal?.note]) if (note !== undefined) checkText(note, `${where} note`, problems);
    if (!a.form && !a.email && !a.postal) problems.push(`${where}: no complaint channel`);
    const has = { webform: !!a.form, email: !!a.email, postal: !!a.postal };
    if (!has[a.preferred]) problems.push(`${where}: preferred channel "${a.preferred}" is missing`);
    checkText(a.conditions, `${where} conditions`, problems);
    checkSource(a.source, where, problems);
  }

  // laws
  const lawIds = d.laws.map((l) => l.id);
  for (const id of LAW_IDS) if (!lawIds.includes(id)) problems.push(`law "${id}" is missing`);
  if (new Set(lawIds).size !== lawIds.length) problems.push('duplicate law id');
  for (const law of d.laws) {
    const where = `law "${law.id}"`;
    checkText(law.name, `${where} name`, problems, 120);
    for (const p of law.protects) if (!JURISDICTION.test(p) || p === '*') problems.push(`${where}: bad jurisdiction "${p}"`);
    if (law.id !== 'none' && !law.protects.length) problems.push(`${where}: protects nobody`);
    if (!law.kinds.length) problems.push(`${where}: no request kind`);
    for (const k of law.kinds) {
      if (!REQUEST_KINDS.includes(k)) problems.push(`${where}: bad kind "${k}"`);
      const rule = law.rules[k];
      if (!rule) {
        problems.push(`${where}: no response rule for "${k}"`);
        continue;
      }
      if (!(rule.period.amount > 0 && Number.isInteger(rule.period.amount))) problems.push(`${where} "${k}": bad period`);
      if (rule.statutory && !rule.basis) problems.push(`${where} "${k}": a statutory period needs its legal basis`);
      if (rule.basis) checkCitation(rule.basis, `${where} "${k}" basis`, problems);
      if (rule.extendedTo && rule.extendedTo.unit !== rule.period.unit) problems.push(`${where} "${k}": extension in another unit`);
    }
    if (!law.languages.length) problems.push(`${where}: no letter language`);
    for (const l of law.languages) if (!LETTER_LANGUAGES.includes(l)) problems.push(`${where}: bad language "${l}"`);
    for (const s of law.onlyFor ?? []) if (!scrapers.has(s)) problems.push(`${where}: onlyFor unknown scraper "${s}"`);
    for (const [k, c] of Object.entries(law.cites)) checkCitation(c, `${where} cite "${k}"`, problems);
    if (law.complaint) checkCitation(law.complaint, `${where} complaint`, problems);
    law.sources.forEach((s, i) => checkSource(s, `${where} source #${i + 1}`, problems));
    if (law.id !== 'none' && !law.sources.length) problems.push(`${where}: no source`);
  }

  checkNoStruck(JSON.stringify([d.contacts, d.authorities, d.laws]), problems);
  return problems;
}
