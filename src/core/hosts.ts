/**
 * The registry's host table (PLATFORM_HOSTS) and what is made from it: which listed platform a hostname belongs to
 * (the classifier builds on it), and, at build time, the manifest's match patterns and the content script's exclude
 * globs (vite.config.ts). One table, so they cannot drift apart.
 */

export interface HostMatch {
  id: string;
  /** for a host matched by `*.parent`: the labels before `parent` (e.g. 'sam' in sam.tumblr.com); else '' */
  sub: string;
  /** for a host matched by `*.parent`: `parent`; else '' */
  parent: string;
}

export type HostLookup = (hostname: string) => HostMatch | null;

type HostTable = Readonly<Record<string, readonly string[]>>;

/** Every host of the table, in table order (no duplicates: the data lint gives each host one platform). */
export function allHosts(table: HostTable): string[] {
  return Object.values(table).flat();
}

/**
 * The content script's `exclude_globs`: every host more than one label below the parent of a `*.` host, with or
 * without a port or a trailing dot. A `*.x.com` match pattern matches every deeper subdomain too, but under a `*.`
 * entry only one label counts (deeper ones, `64.media.tumblr.com`, are the platform's infrastructure, where the
 * classifier says `other` and the content script has nothing to watch). The browser checks these against the page's
 * address before it runs the script, so no listed page pays for a host check. A glob's `*` matches any characters,
 * `/` included, so an address whose path holds such a host (`/a.b.tumblr.com/`) is left out too: a page of the
 * platform that loses its upload listeners, never an unlisted page that gains them.
 */
export function excludeGlobs(table: HostTable): string[] {
  const parents = allHosts(table).filter((h) => h.startsWith('*.')).map((h) => h.slice(2));
  return parents.flatMap((p) => [`https://*.*.${p}/*`, `https://*.*.${p}:*`, `https://*.*.${p}./*`, `https://*.*.${p}.:*`]);
}

/** The manifest's content-script matches and host permissions: `https://<host>/*` for every host. */
export function matchPatterns(table: HostTable): string[] {
  return allHosts(table).map((h) => `https://${h}/*`);
}

export function compileHostLookup(table: HostTable): HostLookup {
  const exact = new Map<string, string>();
  const wildcard = new Map<string, string>();
  for (const [id, hosts] of Object.entries(table)) {
    for (const h of hosts) {
      if (h.startsWith('*.')) wildcard.set(h.slice(2), id);
      else exact.set(h, id);
    }
  }
  return (host) => {
    const e = exact.get(host);
    if (e) return { id: e, sub: '', parent: '' };
    for (let i = host.indexOf('.'); i !== -1; i = host.indexOf('.', i + 1)) {
      const parent = host.slice(i + 1);
      const w = wildcard.get(parent);
      if (w) return { id: w, sub: host.slice(0, i), parent };
    }
    return null;
  };
}

export const MAX_URL_LENGTH = 65_536;

/** The lowercase hostname of an http(s) URL (a trailing dot removed), or null for anything else. Never throws. */
export function webHostname(input: unknown): { url: URL; host: string } | null {
  if (typeof input !== 'string' || input.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  return { url, host };
}
