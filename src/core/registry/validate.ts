/**
 * Lints the registry data: the build refuses to finish and the unit tests fail when any rule here is broken.
 * Returns a list of problems, empty when the data is sound.
 */
import { parseRoute } from '../classify';
import { registrableDomain } from '../site';
import type { PlatformRules } from './rules-types';
import type { Evidence, EvidenceBasis, ExampleUrl, Grade, PlatformInfo, Scraper, ScraperStatus, Source } from './schema';

export interface RegistryData {
  rules: readonly PlatformRules[];
  platforms: readonly PlatformInfo[];
  examples: Readonly<Record<string, readonly ExampleUrl[]>>;
  scrapers: readonly Scraper[];
  evidence: readonly Evidence[];
}

const GRADES: readonly Grade[] = ['verified', 'secondary', 'vendor'];
const STATES: readonly ScraperStatus['state'][] = ['active', 'closed', 'withdrawn', 'frozen', 'unknown'];
const BASES: readonly EvidenceBasis[] = ['documented', 'claimed', 'accused'];
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const DATE = /^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY = /^([A-Z]{2}|EU)$/;
/** words that mark a fact as not checked; such text must never ship as a fact */
const UNCHECKED = /\b(unverified|unconfirmed|todo|tbd|fixme)\b|\?\?/i;
export const MIN_EXAMPLES = 8;

export function checkSource(s: Source | undefined, where: string, problems: string[]): void {
  if (!s || typeof s !== 'object') {
    problems.push(`${where}: no source`);
    return;
  }
  try {
    const u = new URL(s.url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') problems.push(`${where}: source is not a web URL: ${s.url}`);
  } catch {
    problems.push(`${where}: source URL does not parse: ${String(s.url)}`);
  }
  if (!DATE.test(String(s.date))) problems.push(`${where}: source date "${String(s.date)}" is not YYYY[-MM[-DD]]`);
  if (!GRADES.includes(s.grade)) problems.push(`${where}: grade "${String(s.grade)}" is not one of ${GRADES.join(', ')}`);
  if (s.undated !== undefined && (s.undated !== true || !/^\d{4}$/.test(String(s.date)))) {
    problems.push(`${where}: an undated source carries only the year it was consulted`);
  }
}

export function checkText(text: unknown, where: string, problems: string[], max = 600): void {
  if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}: empty text`);
  else {
    if (UNCHECKED.test(text)) problems.push(`${where}: text marks itself as unchecked: "${text}"`);
    if (text.length > max) problems.push(`${where}: text longer than ${max} characters`);
    if (/[<>]/.test(text)) problems.push(`${where}: text contains markup characters`);
  }
}

function unique(ids: string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
    seen.add(id);
    if (!ID.test(id)) problems.push(`${what} id "${id}" is not lowercase [a-z0-9-]`);
  }
}

export function validateRegistry(d: RegistryData): string[] {
  const problems: string[] = [];
  unique(d.rules.map((r) => r.id), 'rules', problems);
  unique(d.platforms.map((p) => p.id), 'platform', problems);
  unique(d.scrapers.map((s) => s.id), 'scraper', problems);

  const ruleIds = new Set(d.rules.map((r) => r.id));
  const platformIds = new Set(d.platforms.map((p) => p.id));
  const scraperIds = new Set(d.scrapers.map((s) => s.id));
  for (const id of ruleIds) if (!platformIds.has(id)) problems.push(`rules "${id}" has no platform entry`);
  for (const id of platformIds) if (!ruleIds.has(id)) problems.push(`platform "${id}" has no rules`);

  // hosts: lowercase, well-formed, claimed by one platform only
  const hostOwner = new Map<string, string>();
  for (const r of d.rules) {
    if (!r.hosts.length) problems.push(`rules "${r.id}": no hosts`);
    for (const h of r.hosts) {
      if (h !== h.toLowerCase()) problems.push(`rules "${r.id}": host "${h}" is not lowercase`);
      if (!HOST.test(h)) problems.push(`rules "${r.id}": host "${h}" is not a hostname`);
      const owner = hostOwner.get(h);
      if (owner) problems.push(`host "${h}" is claimed by "${owner}" and "${r.id}"`);
      hostOwner.set(h, r.id);
    }
    for (const line of r.routes) {
      try {
        const { host } = parseRoute(line, r.id);
        const bare = host.replace(/^:handle\./, '*.');
        if (host && !r.hosts.includes(bare)) problems.push(`rules "${r.id}": route host "${host}" is not one of its hosts`);
      } catch (e) {
        problems.push(String((e as Error).message));
      }
    }
    const wildcards = r.hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2));
    // a wildcard reaches one site's subdomains, never a public suffix's (`*.co.uk`) or a subdomain's own subdomains
    for (const parent of wildcards) {
      if (registrableDomain(parent) !== parent) problems.push(`rules "${r.id}": wildcard "*.${parent}" is not on a registrable domain`);
    }
    if (r.subdomains !== undefined) {
      try {
        new RegExp(r.subdomains);
      } catch {
        problems.push(`rules "${r.id}": subdomains pattern does not compile`);
      }
      if (!wildcards.length) problems.push(`rules "${r.id}": a subdomains pattern without a *. host`);
      if (r.routes.some((line) => /^\S+\s+:handle\./.test(line))) problems.push(`rules "${r.id}": subdomains and :handle. routes together`);
    }
    if (r.handle !== undefined) {
      try {
        new RegExp(r.handle);
      } catch {
        problems.push(`rules "${r.id}": handle pattern does not compile`);
      }
    }
    for (const w of r.reserved ?? []) if (w !== w.toLowerCase()) problems.push(`rules "${r.id}": reserved "${w}" is not lowercase`);
  }

  // no host may sit under another platform's wildcard
  for (const r of d.rules) {
    for (const w of r.hosts.filter((h) => h.startsWith('*.'))) {
      for (const [h, owner] of hostOwner) {
        if (owner !== r.id && (h === w.slice(2) || h.endsWith(w.slice(1)))) problems.push(`host "${h}" of "${owner}" is under "${w}" of "${r.id}"`);
      }
    }
  }

  // every wildcard is proven by an example on one of its subdomains, and a subdomains pattern by a label it turns away
  for (const r of d.rules) {
    const exampleHosts = (d.examples[r.id] ?? []).map((e) => URL.canParse(e.url) ? new URL(e.url).hostname : '');
    const labels: string[] = [];
    for (const w of r.hosts.filter((h) => h.startsWith('*.'))) {
      const under = exampleHosts.filter((h) => h.endsWith(w.slice(1)) && !r.hosts.includes(h));
      if (!under.length) problems.push(`rules "${r.id}": no example URL on a subdomain of "${w}"`);
      labels.push(...under.map((h) => h.slice(0, -w.length + 1)).filter((l) => !l.includes('.')));
    }
    if (r.subdomains !== undefined && labels.length) {
      let re: RegExp | null = null;
      try {
        re = new RegExp(`^(?:${r.subdomains})$`);
      } catch {
        // reported above
      }
      if (re && labels.every((l) => re.test(l))) problems.push(`rules "${r.id}": no example URL on a subdomain its subdomains pattern turns away`);
    }
  }

  for (const p of d.platforms) {
    checkText(p.name, `platform "${p.id}" name`, problems, 60);
    if (p.setting !== 'none-known') {
      checkText(p.setting.text, `platform "${p.id}" setting`, problems);
      if (p.setting.link !== undefined) {
        try {
          if (new URL(p.setting.link).protocol !== 'https:') problems.push(`platform "${p.id}": setting link is not https`);
        } catch {
          problems.push(`platform "${p.id}": setting link does not parse`);
        }
      }
      checkSource(p.setting.source, `platform "${p.id}" setting`, problems);
    } else if ((p.setting as unknown) !== 'none-known') problems.push(`platform "${p.id}": no setting and not 'none-known'`);
    const ex = d.examples[p.id] ?? [];
    if (ex.length < MIN_EXAMPLES) problems.push(`platform "${p.id}": ${ex.length} example URLs, needs at least ${MIN_EXAMPLES}`);
    const nonProfile = ex.filter((e) => e.kind !== 'profile').length;
    if (nonProfile * 2 < ex.length) problems.push(`platform "${p.id}": fewer than half of its examples are non-profiles`);
    if (!ex.some((e) => e.kind === 'profile')) problems.push(`platform "${p.id}": no profile example`);
  }
  for (const id of Object.keys(d.examples)) if (!platformIds.has(id)) problems.push(`examples for unknown platform "${id}"`);

  for (const s of d.scrapers) {
    checkText(s.name, `scraper "${s.id}" name`, problems, 80);
    checkText(s.what, `scraper "${s.id}" what`, problems);
    checkSource(s.whatSource, `scraper "${s.id}" what`, problems);
    if (!['face-search', 'dataset', 'other'].includes(s.kind)) problems.push(`scraper "${s.id}": bad kind "${s.kind}"`);
    if (s.entity) {
      checkText(s.entity.name, `scraper "${s.id}" entity`, problems, 200);
      if (!COUNTRY.test(s.entity.country)) problems.push(`scraper "${s.id}": entity country "${s.entity.country}" is not an ISO code`);
      checkSource(s.entity.source, `scraper "${s.id}" entity`, problems);
    }
    const status = s.status as ScraperStatus | undefined;
    if (!status || !STATES.includes(status.state)) problems.push(`scraper "${s.id}": status must be one of ${STATES.join(', ')}`);
    else if (status.state !== 'unknown') {
      // active, closed, withdrawn and frozen are claims about the service: they need a date and a source
      if (!status.asOf || !DATE.test(status.asOf)) problems.push(`scraper "${s.id}": status "${status.state}" needs asOf YYYY[-MM[-DD]]`);
      checkSource(status.source, `scraper "${s.id}" status`, problems);
    }
    if (status?.state === 'frozen' && s.kind !== 'dataset') problems.push(`scraper "${s.id}": only a dataset is a frozen snapshot`);
    s.record.forEach((a, i) => {
      const where = `scraper "${s.id}" record #${i + 1}`;
      if (a.type !== 'decision' && a.type !== 'action') problems.push(`${where}: type must be 'decision' or 'action'`);
      checkText(a.authority, `${where} authority`, problems, 200);
      checkText(a.ordered, `${where} ordered`, problems);
      if (!COUNTRY.test(a.country)) problems.push(`${where}: country "${a.country}" is not an ISO code`);
      if (!DATE.test(a.date)) problems.push(`${where}: date "${a.date}" is not YYYY[-MM[-DD]]`);
      checkSource(a.source, where, problems);
    });
  }

  const seenClaims = new Set<string>();
  d.evidence.forEach((e, i) => {
    const where = `evidence #${i + 1} (${e.scraper} → ${e.platform})`;
    if (!scraperIds.has(e.scraper)) problems.push(`${where}: unknown scraper`);
    if (!platformIds.has(e.platform)) problems.push(`${where}: unknown platform`);
    checkText(e.claim, where, problems);
    checkSource(e.source, where, problems);
    if (e.basis !== undefined && !BASES.includes(e.basis)) problems.push(`${where}: basis "${String(e.basis)}" is not one of ${BASES.join(', ')}`);
    const key = `${e.scraper}|${e.platform}|${e.claim}`;
    if (seenClaims.has(key)) problems.push(`${where}: duplicate`);
    seenClaims.add(key);
  });
  return problems;
}
