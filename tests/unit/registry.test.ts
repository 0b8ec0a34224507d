/** The shipped registry: sound data, examples that prove the rules, and a manifest that reaches exactly its hosts. */
import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../src/core/classify';
import { excludeGlobs } from '../../src/core/hosts';
import { EXAMPLES } from '../../src/core/registry/examples';
import { EVIDENCE } from '../../src/core/registry/evidence';
import { PLATFORMS } from '../../src/core/registry/platforms';
import { PLATFORM_HOSTS, PLATFORM_RULES } from '../../src/core/registry/rules';
import { SCRAPERS } from '../../src/core/registry/scrapers';
import { validateRegistry } from '../../src/core/registry/validate';
import { REGISTRY_DATE, REGISTRY_VERSION } from '../../src/core/registry/meta';
import { classifyUrl } from '../../src/core/url';
import { manifestFor } from '../../vite.config';

const data = { rules: PLATFORM_RULES, platforms: PLATFORMS, examples: EXAMPLES, scrapers: SCRAPERS, evidence: EVIDENCE };

describe('registry data', () => {
  it('passes the data lint', () => {
    expect(validateRegistry(data)).toEqual([]);
  });

  it('has a version and a review date', () => {
    expect(REGISTRY_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d{1,2}$/);
    expect(REGISTRY_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the lint catches broken data (so a pass means something)', () => {
    const broken = {
      ...data,
      rules: [...data.rules, { id: 'Bad', hosts: ['Upper.Example'], routes: ['nonsense'] },
        { id: 'wide', hosts: ['*.co.uk', 'sam.tumblr.com', '*.wide.example'], subdomains: '(', routes: [] },
        { id: 'narrow', hosts: ['narrow.example'], subdomains: 'www', routes: [] },
        { id: 'sites', hosts: ['*.sites.example'], subdomains: '[a-z]{2}', routes: [] }],
      examples: { ...data.examples, sites: [{ url: 'https://fr.sites.example/', kind: 'other' }] },
      evidence: [...data.evidence, { scraper: 'nobody', platform: 'x', claim: 'UNVERIFIED claim', source: { url: 'nope', date: '2020-13', grade: 'rumour' } }],
    } as never;
    const problems = validateRegistry(broken).join('\n');
    for (const expected of ['not lowercase', 'is not a hostname', 'bad kind', 'unknown scraper', 'unchecked', 'does not parse', 'not YYYY', 'grade',
      '"*.co.uk" is not on a registrable domain', 'host "sam.tumblr.com" of "wide" is under "*.tumblr.com"',
      'subdomains pattern does not compile', 'a subdomains pattern without a *. host', 'no example URL on a subdomain of "*.wide.example"',
      'rules "sites": no example URL on a subdomain its subdomains pattern turns away']) {
      expect(problems).toContain(expected);
    }
  });
});

describe('every example URL against every platform', () => {
  const all = Object.entries(EXAMPLES).flatMap(([platform, xs]) => xs.map((x) => ({ platform, ...x })));

  it.each(all.map((x) => [x.platform, x.kind, x.url, x] as const))('%s %s %s', (_p, _k, _u, x) => {
    const got = classifyUrl(x.url);
    expect({ platform: got.platform, pageKind: got.pageKind }).toEqual({ platform: x.platform, pageKind: x.kind });
  });

  it('no platform’s rules claim another platform’s examples', () => {
    for (const rules of PLATFORM_RULES) {
      const alone = compileClassifier([rules]);
      for (const x of all.filter((e) => e.platform !== rules.id)) {
        expect(alone.classify(x.url).platform, `${rules.id} claims ${x.url}`).toBeNull();
      }
    }
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s manifest’s reach equals the registry', (target) => {
  // written independently of matchPatterns(), which the build uses
  const expected = [...new Set(PLATFORM_RULES.flatMap((r) => r.hosts))].map((h) => `https://${h}/*`).sort();
  const manifest = manifestFor(target) as { content_scripts: { matches: string[] }[]; host_permissions: string[] };
  it('content-script matches are the registry hosts, nothing more, nothing less', () => {
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(expected);
  });
  it('host permissions are the registry hosts, nothing more, nothing less', () => {
    expect([...manifest.host_permissions].sort()).toEqual(expected);
  });
});

describe('the README on hosts', () => {
  it('gives the host count and names every wildcard in the permissions table and every platform’s forms', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const row = readme.split('\n').find((l) => l.startsWith('| Host access to the ')) ?? '';
    const hosts = Object.values(PLATFORM_HOSTS).flat();
    expect(row).toContain(`| Host access to the ${hosts.length} hosts `);
    const forms = readme.slice(readme.indexOf('### Host forms recognised'));
    for (const w of hosts.filter((h) => h.startsWith('*.'))) {
      expect(row, w).toContain(`\`${w}\``);
      expect(forms, w).toContain(`\`${w}\``);
    }
    for (const p of PLATFORMS) expect(forms, p.name).toContain(`\n| ${p.name} | `);
  });
});

describe('every registry host', () => {
  const hosts = Object.entries(PLATFORM_HOSTS).flatMap(([id, hs]) => hs.map((h) => [id, h] as const));
  const globs = excludeGlobs(PLATFORM_HOSTS);
  it.each(hosts)('%s %s is that platform’s, for the classifier and the content script', (id, h) => {
    const host = h.startsWith('*.') ? `sam${h.slice(1)}` : h;
    expect(classifyUrl(`https://${host}/`).platform).toBe(id);
    expect(excluded(globs, `https://${host}/`)).toBe(false);
  });
});

/** Whether a URL matches one of `globs` as Chrome and Firefox match a content script's exclude_globs: against the
 * whole address, `*` any characters (`/` included), `?` one. */
function excluded(globs: string[], href: string): boolean {
  return globs.some((g) => new RegExp(`^${g.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/, '\\$&'))).join('')}$`).test(href));
}

describe('where the browser runs the content script: the manifest’s matches, less its exclude_globs', () => {
  const table = Object.values(PLATFORM_HOSTS).flat();
  const globs = excludeGlobs(PLATFORM_HOSTS);
  /** Where the browser runs the content script: the manifest's match patterns (`https://<host>/*`, any port), as
   * Chrome and Firefox match them: `*.x.com` is x.com and every subdomain of it, at any depth. */
  const manifestMatches = (u: URL) => u.protocol === 'https:' && table.some((h) => {
    const host = u.hostname;
    return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
  });

  it('excludes exactly the deeper subdomains of the registry’s `*.` hosts, with or without a port or a trailing dot', () => {
    const parents = table.filter((h) => h.startsWith('*.')).map((h) => h.slice(2));
    expect(globs).toHaveLength(parents.length * 4);
    for (const p of parents) {
      for (const deep of [`https://a.b.${p}/`, `https://a.b.c.${p}/x?y`, `https://a.b.${p}:8443/x`, `https://a.b.${p}./x`, `https://a.b.${p}.:8443/`]) expect(excluded(globs, deep), deep).toBe(true);
      for (const page of [`https://${p}/`, `https://sam.${p}/x`, `https://sam.${p}:8443/x`, `https://sam.${p}./x`, `https://www.${p}/a/b.c?d=e.f`]) expect(excluded(globs, page), page).toBe(false);
    }
  });

  it('with the manifest, agrees with classifyUrl on every example and every hostile URL, except deeper subdomains of `*.` hosts', () => {
    const urls = [
      ...Object.values(EXAMPLES).flatMap((xs) => xs.map((x) => x.url)),
      'https://www.instagram.com.evil.example/a', 'https://www.instagram.com@evil.example/a', 'javascript:alert(1)',
      'https://64.media.tumblr.com/abc/x.jpg', 'https://sam.tumblr.com/', 'https://a.b.medium.com/x', 'https://tumblr.com./',
      'https://www.instagram.com./sam', 'https://evil-tumblr.com/', 'https://tumblr.com.evil.example/', 'https://com/',
      'ftp://www.instagram.com/', 'data:text/html,x', 'https://xn--nstagram-ksb.com/', 'https://INSTAGRAM.COM/sam',
      'https://a.b.linkedin.com/in/sam', 'https://static.xx.facebook.com/rsrc.php', 'https://pinterest.de.evil.example/',
      'https://evilpinterest.de/', 'https://facebook.com.evil.example/', 'https://x.y.deviantart.com/', 'https://reddit.com./',
      'https://linkedin.com/', 'https://FR.LinkedIn.com/in/sam', 'https://sam.quora.com./', 'https://www.instagram.com:8443/sam',
      'https://a.b.t.me/x', 'https://sam.t.me/', 'https://t.me/sam', 'https://a.b.c.reddit.com/r/x',
      'https://a.b.reddit.com:8443/r/x', 'https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.facebook.com%2Fx.y',
    ];
    for (const u of urls) {
      let loc: URL | null = null;
      try {
        loc = new URL(u);
      } catch {
        // not a URL at all: no page can have this address
      }
      // under a `*.` host only one label counts for the content script: deeper ones are infrastructure, where the
      // classifier says `other` and the script has nothing to watch
      const host = loc?.hostname.replace(/\.$/, '') ?? '';
      const deep = table.some((h) => h.startsWith('*.') && host.endsWith(h.slice(1)) && host.slice(0, -h.length + 1).includes('.'));
      const c = classifyUrl(u);
      // a trailing dot is the same host to the classifier; the browser's match patterns are tested without it. The
      // globs are matched against the address as the browser writes it.
      const runs = !!loc && manifestMatches(new URL(u.replace(/\.(?=[/:]|$)/, ''))) && !excluded(globs, loc.href);
      expect(runs, u).toBe(c.platform !== null && !deep && loc?.protocol === 'https:');
      if (deep) expect(c.pageKind, u).toBe('other');
    }
  });
});
