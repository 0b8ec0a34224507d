/**
 * URL classifier: which listed platform a URL belongs to, and whether it is a person's profile, a single post or
 * anything else. Table-driven from the registry's routes (see `registry/rules-types.ts` for the route syntax). Pure:
 * no browser API, never throws.
 *
 * Beyond the documented captures, `:ref` matches an owner_item pair of numbers such as `-123_456` (VK's
 * `wall-123_456`, `photo123_456`), so such a post can be told apart from a handle that starts with the same word.
 * On a `*.example.com` host, only the first label below example.com names a handle or a country site: a deeper
 * subdomain (`64.media.example.com`) is the platform's infrastructure, and every URL on it is `other`; so is every
 * URL on a one-label subdomain that the platform's `subdomains` pattern, when it has one, does not accept.
 */
import type { Classification, PageKind } from './types';
import type { PlatformRules } from './registry/rules-types';
import { compileHostLookup, webHostname } from './hosts';

const NONE: Classification = Object.freeze({ platform: null, pageKind: null }) as Classification;
const DEFAULT_HANDLE = '[A-Za-z0-9._-]{1,64}';

type Capture = 'handle' | 'uid' | 'id' | 'num' | 'ref';
const DIGITS = /^[0-9]{1,30}$/;
const REF = /^-?[0-9]{1,20}_[0-9]{1,20}$/;
/** group key with no routes: every URL on such a host is `other` */
const NO_ROUTES = ' ';
interface SegmentMatcher {
  /** literal alternatives (lowercase); empty when the segment is a capture */
  literals: ReadonlySet<string> | null;
  /** literal prefix before a capture, e.g. 'id' in `id:uid` or '@' in `@:handle` (lowercase) */
  prefix: string;
  capture: Capture | null;
  optional: boolean;
  rest: boolean;
}
interface QueryMatcher {
  key: string;
  capture: Capture;
}
interface CompiledRoute {
  kind: PageKind;
  segments: SegmentMatcher[];
  query: QueryMatcher[];
  /** for routes on a `:handle.example.com` host: the handle is the first host label */
  hostHandle: boolean;
}
interface CompiledPlatform {
  id: string;
  handle: RegExp;
  reserved: ReadonlySet<string>;
  /** one-label subdomains of its `*.` hosts that take the general routes; null: every label */
  subdomains: RegExp | null;
  /** routes keyed by host pattern; '' holds the routes that apply to every host without its own group */
  routes: Map<string, CompiledRoute[]>;
}

export interface Classifier {
  classify(url: unknown): Classification;
  /** the platform id a hostname belongs to, or null */
  platformOfHost(hostname: string): string | null;
}

function parseSegment(token: string, where: string): SegmentMatcher {
  const optional = token.endsWith('?') && token.length > 1;
  const body = optional ? token.slice(0, -1) : token;
  if (body === '*') return { literals: null, prefix: '', capture: null, optional: false, rest: true };
  const alt = /^\(([^()]+)\)$/.exec(body);
  if (alt) {
    return {
      literals: new Set(alt[1]!.split('|').map((s) => s.toLowerCase())),
      prefix: '',
      capture: null,
      optional,
      rest: false,
    };
  }
  const cap = /^([^:]*):(handle|uid|id|num|ref)$/.exec(body);
  if (cap) return { literals: null, prefix: cap[1]!.toLowerCase(), capture: cap[2] as Capture, optional, rest: false };
  if (body.includes(':') || body.includes('(') || body === '') throw new Error(`bad route segment "${token}" in ${where}`);
  return { literals: new Set([body.toLowerCase()]), prefix: '', capture: null, optional, rest: false };
}

/** Parse one route line: `<kind> [host] <path>[?key=:capture&...]`. Throws on a malformed route (caught by tests). */
export function parseRoute(line: string, where = 'route'): { host: string; route: CompiledRoute } {
  const parts = line.trim().split(/\s+/);
  const kind = parts[0] as PageKind;
  if (kind !== 'profile' && kind !== 'post' && kind !== 'other') throw new Error(`bad kind in "${line}" (${where})`);
  let host = '';
  let pathAndQuery: string;
  if (parts.length === 3) {
    host = parts[1]!.toLowerCase();
    pathAndQuery = parts[2]!;
  } else if (parts.length === 2) {
    pathAndQuery = parts[1]!;
  } else throw new Error(`bad route "${line}" (${where})`);
  if (!pathAndQuery.startsWith('/')) throw new Error(`route path must start with / in "${line}" (${where})`);
  // a `?` before `key=` starts the query; any other `?` marks an optional segment
  const q = pathAndQuery.search(/\?(?=[A-Za-z0-9_.-]+=)/);
  const path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
  const queryString = q === -1 ? '' : pathAndQuery.slice(q + 1);
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => parseSegment(s, `${where}: ${line}`));
  segments.forEach((s, i) => {
    if (s.rest && i !== segments.length - 1) throw new Error(`* must be last in "${line}" (${where})`);
    if (s.optional && segments.slice(i + 1).some((n) => !n.optional && !n.rest)) {
      throw new Error(`optional segments must be trailing in "${line}" (${where})`);
    }
  });
  const query: QueryMatcher[] = queryString
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const m = /^([A-Za-z0-9_.-]+)=:(handle|uid|id|num|ref)$/.exec(pair);
      if (!m) throw new Error(`bad query matcher "${pair}" in "${line}" (${where})`);
      return { key: m[1]!, capture: m[2] as Capture };
    });
  const hostHandle = host.startsWith(':handle.');
  return { host, route: { kind, segments, query, hostHandle } };
}

function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function testCapture(p: CompiledPlatform, capture: Capture, value: string): boolean {
  if (value === '') return false;
  switch (capture) {
    case 'handle':
      return p.handle.test(value) && !p.reserved.has(value.toLowerCase());
    case 'uid':
    case 'num':
      return DIGITS.test(value);
    case 'ref':
      return REF.test(value);
    case 'id':
      return value.length <= 256;
  }
}

/** Match path segments; returns the captured handle ('' if none) or null when the route does not match. */
function matchSegments(p: CompiledPlatform, route: CompiledRoute, segs: string[]): string | null {
  let handle = '';
  let j = 0;
  for (const m of route.segments) {
    if (m.rest) return handle;
    const s = segs[j];
    if (s === undefined) {
      if (m.optional) continue;
      return null;
    }
    let ok: boolean;
    if (m.literals) ok = m.literals.has(s.toLowerCase());
    else {
      ok = s.toLowerCase().startsWith(m.prefix) && testCapture(p, m.capture!, s.slice(m.prefix.length));
      if (ok && (m.capture === 'handle' || m.capture === 'uid')) handle = s.slice(m.prefix.length);
    }
    if (!ok) {
      if (m.optional) continue;
      return null;
    }
    j++;
  }
  return j === segs.length ? handle : null;
}

function compilePlatform(r: PlatformRules): CompiledPlatform {
  const p: CompiledPlatform = {
    id: r.id,
    handle: new RegExp(`^(?:${r.handle ?? DEFAULT_HANDLE})$`),
    reserved: new Set((r.reserved ?? []).map((s) => s.toLowerCase())),
    subdomains: r.subdomains === undefined ? null : new RegExp(`^(?:${r.subdomains})$`),
    routes: new Map(),
  };
  for (const line of r.routes) {
    const { host, route } = parseRoute(line, r.id);
    if (!p.routes.has(host)) p.routes.set(host, []);
    p.routes.get(host)!.push(route);
  }
  return p;
}

/**
 * A classifier for these rules. A platform's routes are compiled the first time one of its URLs is classified: the
 * worker starts afresh each time it wakes, usually to classify one tab's address, and compiling every platform's routes
 * first cost it a few milliseconds. A malformed route throws when its platform is first used (`classify` then answers
 * as for an unlisted URL); the registry's lint refuses one before the build (see registry/validate.ts and the tests).
 */
export function compileClassifier(rules: readonly PlatformRules[]): Classifier {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const platforms = new Map<string, CompiledPlatform>();
  const lookup = compileHostLookup(Object.fromEntries(rules.map((r) => [r.id, r.hosts])));

  function compiled(id: string): CompiledPlatform | undefined {
    let p = platforms.get(id);
    if (!p) {
      const r = byId.get(id);
      if (!r) return undefined;
      platforms.set(id, (p = compilePlatform(r)));
    }
    return p;
  }

  function platformFor(host: string): { p: CompiledPlatform; group: string; hostLabel: string } | null {
    const m = lookup(host);
    const p = m && compiled(m.id);
    if (!m || !p) return null;
    if (!m.parent) return { p, group: p.routes.has(host) ? host : '', hostLabel: '' };
    const key = `:handle.${m.parent}`;
    let group: string;
    if (m.sub.includes('.')) group = NO_ROUTES;
    else if (p.routes.has(key)) group = key;
    else group = p.subdomains && !p.subdomains.test(m.sub) ? NO_ROUTES : '';
    return { p, group, hostLabel: m.sub };
  }

  function classify(input: unknown): Classification {
    const web = webHostname(input);
    if (!web) return NONE;
    const { url, host } = web;
    const found = platformFor(host);
    if (!found) return NONE;
    const { p, group, hostLabel } = found;
    const routes = p.routes.get(group) ?? [];
    const segs = url.pathname.split('/').filter(Boolean).map(safeDecode);
    for (const route of routes) {
      let handle = matchSegments(p, route, segs);
      if (handle === null) continue;
      if (route.hostHandle) {
        if (!testCapture(p, 'handle', hostLabel)) continue;
        handle = hostLabel;
      }
      let queryOk = true;
      for (const q of route.query) {
        const v = url.searchParams.get(q.key);
        if (v === null || !testCapture(p, q.capture, v)) {
          queryOk = false;
          break;
        }
        if (q.capture === 'handle' || q.capture === 'uid') handle = v;
      }
      if (!queryOk) continue;
      return handle ? { platform: p.id, pageKind: route.kind, handle } : { platform: p.id, pageKind: route.kind };
    }
    return { platform: p.id, pageKind: 'other' };
  }

  return {
    classify(url: unknown): Classification {
      try {
        return classify(url);
      } catch {
        return NONE;
      }
    },
    platformOfHost(hostname: string): string | null {
      try {
        const h = String(hostname).toLowerCase().replace(/\.$/, '');
        return platformFor(h)?.p.id ?? null;
      } catch {
        return null;
      }
    },
  };
}
